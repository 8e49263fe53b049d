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

import org.daolinet.sandbox.platform.SandboxActivator;
import org.daolinet.sandbox.runtime.BundleArchives;
import org.daolinet.sandbox.runtime.ComponentState;
import org.daolinet.sandbox.runtime.FelixRuntime;
import org.daolinet.sandbox.runtime.OarArchive;
import org.daolinet.sandbox.southbound.OpenFlowServer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The sandbox controller: an embedded OSGi framework with ONOS's API bundles, Karaf's shell, Pax Web, the
 * sandbox's own ONOS services and OpenFlow southbound, and the DaoliNet bundles of the .oar, unchanged.
 * <p>
 * Its state directory holds {@value #PID_FILE} (from the start), {@value #OPENFLOW_SOCKET} (switches connect
 * here), {@value #SHELL_SOCKET} (Karaf commands, see {@link ShellServer}) and, once REST answers and every
 * DaoliNet component is active, {@value #READY_FILE}. {@link #close()} removes all of them.
 */
public final class Sandbox implements AutoCloseable {

    /** This process's id. */
    public static final String PID_FILE = "controller.pid";
    /** Present while the controller is ready: REST answers and every DaoliNet component is active. */
    public static final String READY_FILE = "ready";
    /** Where switches connect: {@code ovs-vsctl set-controller BR unix:DIR/openflow.sock}. */
    public static final String OPENFLOW_SOCKET = "openflow.sock";
    /** Where Karaf commands are taken. */
    public static final String SHELL_SOCKET = "shell.sock";
    /** The REST path whose answer tells that REST is up. */
    public static final String PROBE_PATH = "/onos/daolinet/servers";

    private static final String SERVICES_BUNDLE = "org.daolinet.sandbox.services";
    private static final String ONOS_API = "org.onosproject.onos-api";
    private static final long START_TIMEOUT_MILLIS = 60_000;
    private static final long POLL_MILLIS = 50;
    private static final int PROBE_TIMEOUT_MILLIS = 2000;
    private static final int HTTP_OK = 200;

    private final SandboxOptions options;
    private final Consumer<String> log;
    private final AtomicBoolean closed = new AtomicBoolean();
    private FelixRuntime runtime;
    private ShellServer shell;
    private long readyMillis;

    private Sandbox(SandboxOptions options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    /**
     * Creates a controller that is not started yet.
     *
     * @param options options
     * @param log     where to report progress
     * @return the controller
     */
    public static Sandbox create(SandboxOptions options, Consumer<String> log) {
        return new Sandbox(options, log);
    }

    /**
     * Starts a controller and waits until it is ready.
     *
     * @param options options
     * @param log     where to report progress
     * @return the ready controller
     * @throws Exception if it does not start; what was started is stopped again
     */
    public static Sandbox start(SandboxOptions options, Consumer<String> log) throws Exception {
        Sandbox s = create(options, log);
        s.start();
        return s;
    }

    /**
     * Starts the controller and waits until it is ready. A {@link #close()} meanwhile, from another thread,
     * makes it fail.
     *
     * @throws Exception if it does not start; what was started is stopped again
     */
    public void start() throws Exception {
        try {
            run();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /**
     * Tells whether the controller was closed.
     *
     * @return true once {@link #close()} was called
     */
    public boolean isClosed() {
        return closed.get();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        Path dir = options.dir();
        Files.createDirectories(dir);
        claim(dir.resolve(PID_FILE));
        Files.deleteIfExists(dir.resolve(READY_FILE));
        FelixRuntime framework = FelixRuntime.start(dir.resolve("felix").toFile(), frameworkProperties(dir));
        synchronized (this) {
            runtime = framework;
            if (closed.get()) {
                framework.close();
                throw new IllegalStateException("closed while starting");
            }
        }
        List<String> appBundles;
        try (OarArchive oar = OarArchive.open(options.oar())) {
            installPlatform();
            appBundles = oar.featureBundles();
            for (String url : appBundles) {
                runtime.install(url, oar.open(url));
            }
        }
        Map<Bundle, BundleException> failures = runtime.startAll();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("bundles did not start: " + failures.entrySet().stream()
                    .map(e -> e.getKey().getSymbolicName() + ": " + e.getValue().getMessage())
                    .collect(Collectors.joining("; ")));
        }
        awaitComponents(appBundles);
        log.accept(String.format("DaoliNet components active after %d ms", millisSince(start)));
        ShellServer commands = new ShellServer(dir.resolve(SHELL_SOCKET), runtime, log);
        synchronized (this) {
            if (closed.get()) {
                throw new IllegalStateException("closed while starting");
            }
            shell = commands;
            commands.start();
        }
        awaitRest();
        readyMillis = millisSince(start);
        Files.writeString(dir.resolve(READY_FILE), restUrl() + "\n");
        log.accept(String.format("ready after %d ms: REST %s, switches unix:%s, shell unix:%s", readyMillis,
                                 restUrl(), dir.resolve(OPENFLOW_SOCKET), dir.resolve(SHELL_SOCKET)));
    }

    // one controller per directory: a live process named in the pid file keeps it
    private static void claim(Path pidFile) throws IOException {
        long me = ProcessHandle.current().pid();
        if (Files.exists(pidFile)) {
            String text = Files.readString(pidFile).trim();
            try {
                long other = Long.parseLong(text);
                Optional<ProcessHandle> p = ProcessHandle.of(other);
                if (other != me && p.isPresent() && p.get().isAlive()
                        && p.get().info().command().map(c -> c.contains("java")).orElse(true)) {
                    throw new IllegalStateException(pidFile.getParent() + " is in use by the sandbox controller"
                                                            + " with pid " + other);
                }
            } catch (NumberFormatException e) {
                // not a pid: a broken file from somebody else's run, replaced below
            }
        }
        Files.writeString(pidFile, me + "\n");
    }

    private Map<String, String> frameworkProperties(Path dir) throws IOException {
        // the "karaf" realm that the web bundle's web.xml names, as Karaf configures Pax Web's Jetty
        Path realm = dir.resolve("realm.properties");
        Files.deleteIfExists(realm);
        Files.createFile(realm, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(realm, options.user() + ": " + options.password() + ",admin,viewer\n");
        Path jetty = dir.resolve("jetty.xml");
        Files.writeString(jetty, "<Configure id=\"Server\" class=\"org.eclipse.jetty.server.Server\">\n"
                + " <Call name=\"addBean\"><Arg>\n"
                + "  <New class=\"org.eclipse.jetty.security.HashLoginService\">\n"
                + "   <Set name=\"name\">karaf</Set>\n"
                + "   <Set name=\"config\">" + xml(realm.toString()) + "</Set>\n"
                + "  </New>\n"
                + " </Arg></Call>\n"
                + "</Configure>\n");
        Map<String, String> p = new HashMap<>();
        p.put("org.osgi.service.http.port", String.valueOf(options.httpPort()));
        p.put("org.ops4j.pax.web.listening.addresses", options.httpHost());
        p.put("org.ops4j.pax.web.config.file", jetty.toString());
        p.put("javax.servlet.context.tempdir", dir.resolve("web").toString());
        p.put(SandboxActivator.OPENFLOW_SOCKET, dir.resolve(OPENFLOW_SOCKET).toString());
        return p;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Installs what ONOS provides under the application: the platform bundles, ONOS's in-memory storage
     * (onos-api's tests, as a fragment of onos-api) and the sandbox's services with the southbound.
     */
    private void installPlatform() throws Exception {
        File[] jars = options.bundles().listFiles((d, n) -> n.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IOException("no bundles in " + options.bundles());
        }
        Arrays.sort(jars);
        for (File jar : jars) {
            if (BundleArchives.isBundle(jar)) {
                runtime.install(jar);
            }
        }
        runtime.install("sandbox:onos-api-tests", BundleArchives.fragmentOf(
                "org.daolinet.sandbox.onos-api-tests", ONOS_API, options.onosApiTests()));
        // these classes load inside the framework only: here they are merely located
        runtime.install("sandbox:services", BundleArchives.fromPackages(
                SERVICES_BUNDLE, Map.of(Constants.BUNDLE_ACTIVATOR, SandboxActivator.class.getName()),
                SandboxActivator.class, OpenFlowServer.class));
    }

    private void awaitComponents(List<String> appBundles) throws Exception {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (true) {
            List<ComponentState> states = runtime.components(b -> appBundles.contains(b.getLocation()),
                                                             START_TIMEOUT_MILLIS);
            List<ComponentState> inactive = states.stream().filter(c -> !c.isActive()).collect(Collectors.toList());
            if (!states.isEmpty() && inactive.isEmpty()) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new TimeoutException("DaoliNet components not active after " + START_TIMEOUT_MILLIS
                                                   + " ms: " + inactive);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private void awaitRest() throws Exception {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        String probe = restBase() + PROBE_PATH;
        int status = 0;
        while (System.currentTimeMillis() < deadline) {
            status = get(probe, options.user(), options.password());
            if (status == HTTP_OK) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new TimeoutException("REST " + probe + " did not answer 200 within " + START_TIMEOUT_MILLIS
                                           + " ms (last status " + status + ")");
    }

    /**
     * Sends a GET and returns the status.
     *
     * @param url      URL
     * @param user     user, or null for no credentials
     * @param password password
     * @return HTTP status, or 0 if there was no answer
     */
    static int get(String url, String user, String password) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
            c.setConnectTimeout(PROBE_TIMEOUT_MILLIS);
            c.setReadTimeout(PROBE_TIMEOUT_MILLIS);
            // no keep-alive: the connection (and the JDK's keep-alive timer thread) ends with the request
            c.setRequestProperty("Connection", "close");
            if (user != null) {
                String basic = Base64.getEncoder().encodeToString((user + ":" + password)
                                                                          .getBytes(StandardCharsets.UTF_8));
                c.setRequestProperty("Authorization", "Basic " + basic);
            }
            try {
                return c.getResponseCode();
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return 0;
        }
    }

    private String restBase() {
        // a wildcard address is reached on the loopback
        String host = options.httpHost().equals("0.0.0.0") ? "127.0.0.1" : options.httpHost();
        return "http://" + host + ":" + options.httpPort();
    }

    /**
     * Returns the base URL of the DaoliNet REST API.
     *
     * @return URL ending in {@code /onos/daolinet/}
     */
    public String restUrl() {
        return restBase() + "/onos/daolinet/";
    }

    /**
     * Returns how long the controller took to become ready.
     *
     * @return milliseconds from start to ready
     */
    public long readyMillis() {
        return readyMillis;
    }

    /**
     * Returns the framework, for code that talks to the bundles.
     *
     * @return framework
     */
    public FelixRuntime runtime() {
        return runtime;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /**
     * Stops the controller: no longer ready, no more shell commands, the framework stopped (the application
     * deactivates and removes its rules, then the switches are disconnected), the files of the state
     * directory removed. Safe to call more than once.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Path dir = options.dir();
        delete(dir.resolve(READY_FILE));
        ShellServer commands;
        FelixRuntime framework;
        synchronized (this) {
            commands = shell;
            framework = runtime;
        }
        if (commands != null) {
            commands.close();
        }
        if (framework != null) {
            try {
                framework.close();
            } catch (Exception e) {
                log.accept("framework did not stop cleanly: " + e);
            }
        }
        delete(dir.resolve(OPENFLOW_SOCKET));
        delete(dir.resolve(SHELL_SOCKET));
        try {
            Path pid = dir.resolve(PID_FILE);
            String me = String.valueOf(ProcessHandle.current().pid());
            if (Files.exists(pid) && Files.readString(pid).trim().equals(me)) {
                Files.delete(pid);
            }
        } catch (IOException e) {
            log.accept("cannot remove " + PID_FILE + ": " + e.getMessage());
        }
    }

    private void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.accept("cannot remove " + file + ": " + e.getMessage());
        }
    }
}
