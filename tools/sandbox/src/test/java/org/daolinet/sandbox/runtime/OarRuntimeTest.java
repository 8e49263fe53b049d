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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.daolinet.sandbox.doubles.OnosDoubles;
import org.daolinet.sandbox.platform.SandboxCoreService;
import org.daolinet.sandbox.probe.ApiDocProbe;
import org.daolinet.sandbox.probe.RegistrySeed;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Runs the DaoliNet application the way ONOS installs it: the bundles named by the features file inside the
 * built .oar, on the ONOS API bundles and their third-party bundles, in an OSGi framework with Felix SCR and
 * Karaf's shell. ONOS core services that need a whole ONOS come from {@link OnosDoubles}.
 */
public class OarRuntimeTest {

    private static final long TIMEOUT_MILLIS = 10_000;
    private static final String APP_NAME = "org.daolinet.app";
    private static final String ONOS_API = "org.onosproject.onos-api";
    private static final String TEST_BUNDLE = "org.daolinet.sandbox.test-fixtures";
    private static final String WEB_CONTEXT = "/onos/daolinet";

    private FelixRuntime runtime;
    private OarArchive oar;

    @Before
    public void setUp() throws Exception {
        runtime = FelixRuntime.start(new File(property("sandbox.work")), Map.of());
        oar = OarArchive.open(new File(property("sandbox.oar")));
    }

    @After
    public void tearDown() throws Exception {
        if (oar != null) {
            oar.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    /**
     * Installs the application from its .oar, checks that every bundle and every DaoliNet component is active,
     * then registers a container through the admin service and finds it with the CLI.
     *
     * @throws Exception on failure
     */
    @Test
    public void applicationRunsFromItsOar() throws Exception {
        long start = System.nanoTime();
        assertEquals("app.xml name", APP_NAME, oar.name());
        List<String> appBundles = oar.featureBundles();
        assertThat(oar.requiredFeatures(), hasItem("onos-api"));
        assertThat(appBundles, hasItem(startsWith("mvn:org.daolinet/daolinet-app/")));
        assertThat(appBundles, hasItem(startsWith("mvn:org.daolinet/daolinet-cli/")));
        assertThat(appBundles, hasItem(startsWith("mvn:org.daolinet/daolinet-web/")));
        for (String url : appBundles) {
            assertTrue("app.xml lists feature bundle " + url, oar.artifacts().contains(url));
            assertTrue("the .oar holds " + url, oar.contains(url));
        }

        installPlatform();
        for (String url : appBundles) {
            runtime.install(url, oar.open(url));
        }
        long installed = System.nanoTime();
        Map<Bundle, BundleException> failures = runtime.startAll();
        long started = System.nanoTime();
        failures.forEach((b, e) -> System.out.println("FAILED to start " + b.getSymbolicName() + ": " + e));
        assertTrue("bundles failed to start: " + failures.keySet(), failures.isEmpty());
        assertAllBundlesUp();

        List<ComponentState> components = awaitActive(appBundles);
        long active = System.nanoTime();
        System.out.println("DaoliNet components:");
        components.forEach(c -> System.out.println("  " + c));
        assertEquals("components declared by the DaoliNet bundles", declaredComponents(appBundles),
                     components.size());
        List<ComponentState> inactive = components.stream().filter(c -> !c.isActive()).collect(Collectors.toList());
        assertTrue("inactive DaoliNet components:\n" + inactive, inactive.isEmpty());

        // the application id the code registers is the name ONOS knows the .oar by
        assertThat(runtime.shell("app-ids", TIMEOUT_MILLIS).out(), containsString("name=" + APP_NAME));

        checkContainerCommand();
        checkApiDocument();
        System.out.printf("%d bundles ACTIVE or RESOLVED, %d DaoliNet components ACTIVE; installed after %d ms,"
                                  + " started after %d ms, components active after %d ms, all checks done after"
                                  + " %d ms%n", runtime.bundles().size(), components.size(), millis(start, installed),
                          millis(start, started), millis(start, active), millis(start, System.nanoTime()));
    }

    /**
     * Registers a container inside the framework and lists it with daolinet-containers, as a table and as JSON.
     */
    @SuppressWarnings("unchecked")
    private void checkContainerCommand() throws Exception {
        Supplier<Map<String, String>> seed = (Supplier<Map<String, String>>)
                runtime.newInstance(runtime.bundle(TEST_BUNDLE), RegistrySeed.class.getName());
        Map<String, String> container = seed.get();
        assertThat("VIP allocated", container.get("vip"), startsWith("100."));

        ShellOutput listed = runtime.shell("daolinet-containers", TIMEOUT_MILLIS);
        assertEquals("standard error of daolinet-containers", "", listed.err());
        String table = listed.out();
        System.out.println("daolinet-containers:\n" + table);
        for (String field : List.of("name", "id", "ip", "mac", "vip")) {
            assertThat(field, table, containsString(container.get(field)));
        }

        String json = runtime.shell("daolinet-containers -j", TIMEOUT_MILLIS).out();
        System.out.println("daolinet-containers -j:\n" + json);
        JsonNode array = new ObjectMapper().readTree(json);
        assertTrue("JSON array", array.isArray());
        assertEquals("containers", 1, array.size());
        for (String field : List.of("id", "name", "tenant", "network", "ip", "mac", "server", "vip")) {
            assertEquals(field, container.get(field), array.get(0).path(field).asText());
        }

        // a rejected request is reported on standard error, naming what is wrong, and prints nothing else
        ShellOutput rejected = runtime.shell("daolinet-containers -t acme -n nosuch", TIMEOUT_MILLIS);
        System.out.println("daolinet-containers -t acme -n nosuch:\n" + rejected);
        assertEquals("standard output of a rejected request", "", rejected.out());
        assertThat(rejected.err(), containsString("acme/nosuch"));
    }

    /**
     * Reads the OpenAPI document the web bundle registered (from its WEB-INF/classes) with ONOS's
     * API documentation service.
     */
    @SuppressWarnings("unchecked")
    private void checkApiDocument() throws Exception {
        Function<String, String> docs = (Function<String, String>)
                runtime.newInstance(runtime.bundle(TEST_BUNDLE), ApiDocProbe.class.getName());
        String json = docs.apply(WEB_CONTEXT);
        assertTrue("API document registered under " + WEB_CONTEXT, json != null);
        JsonNode paths = new ObjectMapper().readTree(json).path("paths");
        for (String path : List.of("/servers", "/networks", "/containers")) {
            assertTrue("API document describes " + path, paths.has(path));
        }
    }

    /**
     * Installs what ONOS provides under the application: the ONOS API bundles with their third-party bundles,
     * SCR, ConfigAdmin and Karaf's shell; ONOS's test adapters as a fragment of onos-api; the core service
     * doubles.
     */
    private void installPlatform() throws Exception {
        File[] jars = new File(property("sandbox.bundles")).listFiles((d, n) -> n.endsWith(".jar"));
        assertTrue("no bundles in " + property("sandbox.bundles"), jars != null && jars.length > 0);
        Arrays.sort(jars);
        for (File jar : jars) {
            if (BundleArchives.isBundle(jar)) {
                runtime.install(jar);
            } else {
                System.out.println("not a bundle, left out: " + jar.getName());
            }
        }
        runtime.install("sandbox:onos-api-tests", BundleArchives.fragmentOf(
                "org.daolinet.sandbox.onos-api-tests", ONOS_API, new File(property("sandbox.onosApiTests"))));
        runtime.install("sandbox:test-fixtures", BundleArchives.fromPackages(
                TEST_BUNDLE, Map.of(Constants.BUNDLE_ACTIVATOR, OnosDoubles.class.getName()),
                OnosDoubles.class, SandboxCoreService.class, RegistrySeed.class));
    }

    private void assertAllBundlesUp() {
        List<String> down = new ArrayList<>();
        for (Bundle b : runtime.bundles()) {
            int expected = FelixRuntime.isFragment(b) ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (b.getState() != expected) {
                down.add(b.getSymbolicName() + " " + b.getVersion() + " state " + b.getState());
            }
        }
        assertTrue("bundles not ACTIVE (fragments: RESOLVED): " + down, down.isEmpty());
    }

    /**
     * Waits until every component of the application's bundles is active, or the timeout passes.
     */
    private List<ComponentState> awaitActive(List<String> appBundles) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (true) {
            List<ComponentState> components =
                    runtime.components(b -> appBundles.contains(b.getLocation()), TIMEOUT_MILLIS);
            if (components.stream().allMatch(ComponentState::isActive) || System.currentTimeMillis() > deadline) {
                return components;
            }
            Thread.sleep(50);
        }
    }

    /**
     * Counts the component descriptors the application's bundles declare in their manifests.
     */
    private int declaredComponents(List<String> appBundles) {
        int count = 0;
        for (Bundle b : runtime.bundles()) {
            String header = b.getHeaders().get("Service-Component");
            if (appBundles.contains(b.getLocation()) && header != null) {
                count += header.split(",").length;
            }
        }
        assertFalse("the DaoliNet bundles declare no components", count == 0);
        return count;
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isEmpty() || value.startsWith("${")) {
            fail("system property " + name + " is not set: run the test through Maven");
        }
        return value;
    }
}
