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

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An ONOS application archive (.oar) as ONOS reads it: {@code app.xml} at the top, and the bundles and the
 * Karaf features file under {@code m2/}, laid out as in a Maven repository.
 */
public final class OarArchive implements Closeable {

    private static final String APP_XML = "app.xml";
    private static final String M2 = "m2/";
    private static final String MVN = "mvn:";

    private final File file;
    private final ZipFile zip;
    private final Element app;

    private OarArchive(File file, ZipFile zip, Element app) {
        this.file = file;
        this.zip = zip;
        this.app = app;
    }

    /**
     * Opens an archive.
     *
     * @param file the .oar file
     * @return the archive
     * @throws IOException if the file is not an archive with a readable app.xml
     */
    public static OarArchive open(File file) throws IOException {
        ZipFile zip = new ZipFile(file);
        try {
            Element app = parse(zip, APP_XML).getDocumentElement();
            if (!"app".equals(app.getTagName())) {
                throw new IOException(file + ": app.xml has root <" + app.getTagName() + ">, not <app>");
            }
            return new OarArchive(file, zip, app);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /**
     * Returns the application name (the {@code name} attribute of app.xml).
     *
     * @return application name
     */
    public String name() {
        return attribute("name");
    }

    /**
     * Returns an attribute of app.xml's {@code <app>} element: {@code version}, {@code title},
     * {@code category}, {@code origin}, {@code url}, {@code apps}, {@code features}, {@code featuresRepo}.
     *
     * @param name attribute name
     * @return value; empty if the attribute is absent
     */
    public String attribute(String name) {
        return app.getAttribute(name);
    }

    /**
     * Returns the application's description (app.xml's {@code <description>}).
     *
     * @return description, trimmed; empty if there is none
     */
    public String description() {
        List<String> texts = childTexts(app, "description");
        return texts.isEmpty() ? "" : texts.get(0);
    }

    /**
     * Returns the Maven URLs of the artifacts app.xml names.
     *
     * @return artifact URLs, in app.xml order
     */
    public List<String> artifacts() {
        return childTexts(app, "artifact");
    }

    /**
     * Returns the Maven URLs of the bundles of the application's features, read from the features file
     * inside the archive that app.xml's {@code featuresRepo} names.
     *
     * @return bundle URLs, in features file order
     * @throws IOException if the features file is missing or unreadable, or names none of app.xml's features
     */
    public List<String> featureBundles() throws IOException {
        List<String> bundles = new ArrayList<>();
        for (Element feature : features()) {
            bundles.addAll(childTexts(feature, "bundle"));
        }
        return bundles;
    }

    /**
     * Returns the features that the application's features depend on, which ONOS provides
     * (such as {@code onos-api}).
     *
     * @return names of the required features
     * @throws IOException if the features file is missing or unreadable, or names none of app.xml's features
     */
    public List<String> requiredFeatures() throws IOException {
        List<String> required = new ArrayList<>();
        for (Element feature : features()) {
            required.addAll(childTexts(feature, "feature"));
        }
        return required;
    }

    /**
     * Tells whether the archive holds the artifact of a Maven URL.
     *
     * @param mvnUrl Maven URL ({@code mvn:group/artifact/version[/type[/classifier]]})
     * @return true if it does
     */
    public boolean contains(String mvnUrl) {
        return zip.getEntry(entryName(mvnUrl)) != null;
    }

    /**
     * Opens the artifact of a Maven URL.
     *
     * @param mvnUrl Maven URL ({@code mvn:group/artifact/version[/type[/classifier]]})
     * @return its content; the caller closes it
     * @throws IOException if the archive does not hold it
     */
    public InputStream open(String mvnUrl) throws IOException {
        ZipEntry entry = zip.getEntry(entryName(mvnUrl));
        if (entry == null) {
            throw new IOException(file + " holds no " + entryName(mvnUrl) + " for " + mvnUrl);
        }
        return zip.getInputStream(entry);
    }

    /**
     * Returns where ONOS's archive layout puts the artifact of a Maven URL.
     *
     * @param mvnUrl Maven URL ({@code mvn:group/artifact/version[/type[/classifier]]})
     * @return entry name under {@code m2/}
     * @throws IllegalArgumentException if the URL is not of that form
     */
    public static String entryName(String mvnUrl) {
        String[] f = mvnUrl.startsWith(MVN) ? mvnUrl.substring(MVN.length()).split("/") : new String[0];
        if (f.length < 3 || f.length > 5) {
            throw new IllegalArgumentException("not a mvn:group/artifact/version[/type[/classifier]] URL: " + mvnUrl);
        }
        String type = f.length > 3 ? f[3] : "jar";
        String classifier = f.length > 4 ? "-" + f[4] : "";
        return M2 + f[0].replace('.', '/') + "/" + f[1] + "/" + f[2] + "/" + f[1] + "-" + f[2] + classifier
                + "." + type;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private List<Element> features() throws IOException {
        String repo = attribute("featuresRepo");
        Element root = parse(zip, entryName(repo)).getDocumentElement();
        List<Element> selected = new ArrayList<>();
        for (String name : attribute("features").split(",")) {
            for (Element feature : children(root, "feature")) {
                if (feature.getAttribute("name").equals(name.trim())) {
                    selected.add(feature);
                }
            }
        }
        if (selected.isEmpty()) {
            throw new IOException(file + ": " + repo + " defines none of the features '" + attribute("features")
                                          + "' that app.xml names");
        }
        return selected;
    }

    private static Document parse(ZipFile zip, String entryName) throws IOException {
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            throw new IOException(zip.getName() + " holds no " + entryName);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(zip.getName() + ": cannot parse " + entryName + ": " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element && ((Element) n).getTagName().equals(tag)) {
                found.add((Element) n);
            }
        }
        return found;
    }

    private static List<String> childTexts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        children(parent, tag).forEach(e -> texts.add(e.getTextContent().trim()));
        return texts;
    }
}
