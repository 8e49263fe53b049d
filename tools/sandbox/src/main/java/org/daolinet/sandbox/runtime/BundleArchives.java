/*
 * Copyright 2026-present the DaoliNet for ONOS authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.daolinet.sandbox.runtime;

import org.osgi.framework.Constants;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds bundles in memory: code of the host's class path that must run inside the framework, and plain
 * jars that must share the class space of an installed bundle.
 */
public final class BundleArchives {

    private static final String META_INF = "META-INF/";

    private BundleArchives() {
    }

    /**
     * Tells whether a jar is an OSGi bundle, that is, has a symbolic name.
     *
     * @param jar jar file
     * @return true if it is a bundle
     * @throws IOException if the jar cannot be read
     */
    public static boolean isBundle(File jar) throws IOException {
        try (JarFile jf = new JarFile(jar)) {
            Manifest mf = jf.getManifest();
            return mf != null && mf.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) != null;
        }
    }

    /**
     * Builds a bundle from whole packages of the host's class path. The bundle imports every package
     * dynamically, so its classes link against whatever the framework's bundles export (the ONOS and DaoliNet
     * APIs) rather than the host's copies of them.
     *
     * @param symbolicName bundle symbolic name
     * @param headers      further manifest headers, such as {@code Bundle-Activator}
     * @param anchors      one class of each package to include; the package's classes, nested ones included,
     *                     but not its sub-packages
     * @return the bundle jar
     * @throws IOException if a package cannot be read
     */
    public static byte[] fromPackages(String symbolicName, Map<String, String> headers, Class<?>... anchors)
            throws IOException {
        Manifest mf = manifest(symbolicName);
        mf.getMainAttributes().putValue(Constants.DYNAMICIMPORT_PACKAGE, "*");
        headers.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, mf)) {
            for (Class<?> anchor : anchors) {
                copyPackage(anchor, jar);
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Turns a plain jar into a fragment of a bundle: its classes join the host bundle's class space, so they
     * can use the host's package-private types and are seen by every importer of the host's packages.
     *
     * @param symbolicName fragment symbolic name
     * @param host         symbolic name of the host bundle
     * @param jar          plain jar
     * @return the fragment jar
     * @throws IOException if the jar cannot be read
     */
    public static byte[] fragmentOf(String symbolicName, String host, File jar) throws IOException {
        Manifest mf = manifest(symbolicName);
        mf.getMainAttributes().putValue(Constants.FRAGMENT_HOST, host);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarFile in = new JarFile(jar); JarOutputStream out = new JarOutputStream(bytes, mf)) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                // the jar's own manifest and signatures do not describe the fragment
                if (e.isDirectory() || e.getName().startsWith(META_INF)) {
                    continue;
                }
                try (InputStream data = in.getInputStream(e)) {
                    add(out, e.getName(), data);
                }
            }
        }
        return bytes.toByteArray();
    }

    private static Manifest manifest(String symbolicName) {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        a.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        a.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        return mf;
    }

    private static void copyPackage(Class<?> anchor, JarOutputStream jar) throws IOException {
        String dir = anchor.getPackageName().replace('.', '/') + "/";
        File source = codeSource(anchor);
        if (source.isDirectory()) {
            Path root = source.toPath();
            try (Stream<Path> files = Files.list(root.resolve(dir))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                    try (InputStream data = Files.newInputStream(file)) {
                        add(jar, dir + file.getFileName(), data);
                    }
                }
            }
            return;
        }
        try (JarFile in = new JarFile(source)) {
            List<JarEntry> entries = in.stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(dir)
                            && e.getName().indexOf('/', dir.length()) < 0)
                    .collect(Collectors.toList());
            for (JarEntry e : entries) {
                try (InputStream data = in.getInputStream(e)) {
                    add(jar, e.getName(), data);
                }
            }
        }
    }

    private static File codeSource(Class<?> anchor) throws IOException {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IOException("no class path location for " + anchor.getName());
        }
        try {
            return new File(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("bad class path location " + source.getLocation(), e);
        }
    }

    private static void add(JarOutputStream jar, String name, InputStream data) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        data.transferTo(jar);
        jar.closeEntry();
    }
}
