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
package org.daolinet.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * What the sandbox controller runs with: its state directory, where REST listens and for whom, and where
 * the bundles come from.
 * <pre>
 * --dir DIR               state directory (controller.pid, ready, controller.log, openflow.sock, shell.sock)
 * --http HOST:PORT        REST address (default 127.0.0.1:8181)
 * --user NAME             REST user (default $DAOLI_SANDBOX_USER, else onos)
 * --password SECRET       REST password (default $DAOLI_SANDBOX_PASSWORD, else rocks)
 * --bundles DIR           platform bundles (default: where this build copied them)
 * --oar FILE              the application archive (default: the one this build used)
 * --onos-api-tests FILE   ONOS's onos-api tests jar, whose in-memory storage the sandbox uses
 * </pre>
 */
public final class SandboxOptions {

    /** Environment variable with the default REST user. */
    public static final String USER_ENV = "DAOLI_SANDBOX_USER";
    /** Environment variable with the default REST password. */
    public static final String PASSWORD_ENV = "DAOLI_SANDBOX_PASSWORD";

    private static final String BUILD_PROPERTIES = "sandbox-build.properties";
    private static final int MAX_PORT = 65535;

    private Path dir;
    private String httpHost = "127.0.0.1";
    private int httpPort = 8181;
    private String user;
    private String password;
    private File bundles;
    private File oar;
    private File onosApiTests;

    private SandboxOptions() {
    }

    /**
     * Parses command line options.
     *
     * @param args command line
     * @param env  environment variables
     * @return options
     * @throws IllegalArgumentException naming the option, if an option is unknown, missing or bad
     */
    public static SandboxOptions parse(String[] args, Map<String, String> env) {
        SandboxOptions o = new SandboxOptions();
        Properties build = buildProperties();
        o.user = env.getOrDefault(USER_ENV, "onos");
        o.password = env.getOrDefault(PASSWORD_ENV, "rocks");
        o.bundles = fileOrNull(build.getProperty("bundles"));
        o.oar = fileOrNull(build.getProperty("oar"));
        o.onosApiTests = fileOrNull(build.getProperty("onosApiTests"));
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + ": missing value");
            }
            String value = args[++i];
            switch (name) {
                case "--dir":
                    o.dir = Path.of(value).toAbsolutePath();
                    break;
                case "--http":
                    o.http(value);
                    break;
                case "--user":
                    o.user = value;
                    break;
                case "--password":
                    o.password = value;
                    break;
                case "--bundles":
                    o.bundles = new File(value);
                    break;
                case "--oar":
                    o.oar = new File(value);
                    break;
                case "--onos-api-tests":
                    o.onosApiTests = new File(value);
                    break;
                default:
                    throw new IllegalArgumentException(name + ": unknown option");
            }
        }
        o.validate();
        return o;
    }

    private void http(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--http: '" + value + "' is not HOST:PORT");
        }
        try {
            httpPort = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--http: '" + value + "' has no port number", e);
        }
        if (httpPort < 1 || httpPort > MAX_PORT) {
            throw new IllegalArgumentException("--http: port " + httpPort + " is out of range");
        }
        httpHost = value.substring(0, colon);
    }

    private void validate() {
        if (dir == null) {
            throw new IllegalArgumentException("--dir: missing (the sandbox's state directory)");
        }
        // the realm file lists "user: password,role,..." and Jetty splits at these characters
        for (String[] credential : new String[][]{{"--user", user}, {"--password", password}}) {
            String v = credential[1];
            if (v.isEmpty() || v.chars().anyMatch(c -> c == ',' || c == ':' || Character.isWhitespace(c)
                    || Character.isISOControl(c))) {
                throw new IllegalArgumentException(credential[0] + ": must be non-empty, without commas, colons"
                                                           + " or white space");
            }
        }
        requireFile("--bundles", bundles, true);
        requireFile("--oar", oar, false);
        requireFile("--onos-api-tests", onosApiTests, false);
    }

    private static void requireFile(String option, File f, boolean directory) {
        if (f == null) {
            throw new IllegalArgumentException(option + ": missing, and this build recorded none");
        }
        if (directory ? !f.isDirectory() : !f.isFile()) {
            throw new IllegalArgumentException(option + ": " + f + " is no " + (directory ? "directory" : "file"));
        }
    }

    private static Properties buildProperties() {
        Properties p = new Properties();
        try (InputStream in = SandboxOptions.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(BUILD_PROPERTIES + " cannot be read", e);
        }
        return p;
    }

    private static File fileOrNull(String path) {
        // an unfiltered placeholder means the build did not record it
        return path == null || path.isEmpty() || path.startsWith("${") ? null : new File(path);
    }

    /**
     * Returns the state directory.
     *
     * @return absolute path
     */
    public Path dir() {
        return dir;
    }

    /**
     * Returns the address REST listens on.
     *
     * @return host name or address
     */
    public String httpHost() {
        return httpHost;
    }

    /**
     * Returns the port REST listens on.
     *
     * @return port
     */
    public int httpPort() {
        return httpPort;
    }

    /**
     * Returns the REST user.
     *
     * @return user name
     */
    public String user() {
        return user;
    }

    /**
     * Returns the REST user's password.
     *
     * @return password
     */
    public String password() {
        return password;
    }

    /**
     * Returns the directory of the platform bundles.
     *
     * @return directory
     */
    public File bundles() {
        return bundles;
    }

    /**
     * Returns the application archive.
     *
     * @return .oar file
     */
    public File oar() {
        return oar;
    }

    /**
     * Returns ONOS's onos-api tests jar.
     *
     * @return jar
     */
    public File onosApiTests() {
        return onosApiTests;
    }
}
