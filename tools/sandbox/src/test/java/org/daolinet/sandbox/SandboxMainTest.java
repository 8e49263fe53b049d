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

import org.junit.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The sandbox controller as SandboxMain runs it, without any switch: REST with BASIC auth, Karaf commands
 * over the shell socket (DaoliNet's and ONOS's, with a live configuration change), and a stop that leaves no
 * file, socket or thread behind.
 */
public class SandboxMainTest {

    private static final String SERVER = "{\"deviceId\":\"of:0000000000000001\",\"name\":\"s1\","
            + "\"uplinkPort\":\"eth1\",\"ip\":\"192.168.100.1\",\"mac\":\"52:54:00:00:01:01\"}";
    private static final long THREAD_WAIT_MILLIS = 10_000;

    @Test
    public void servesRestAndShellThenStopsCleanly() throws Exception {
        Path dir = Path.of(property("sandbox.dir"));
        int port = freePort();
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        SandboxOptions options = SandboxOptions.parse(new String[]{
                "--dir", dir.toString(), "--http", "127.0.0.1:" + port, "--bundles", property("sandbox.bundles"),
                "--oar", property("sandbox.oar"), "--onos-api-tests", property("sandbox.onosApiTests")}, Map.of());
        List<String> log = new ArrayList<>();

        Sandbox sandbox = Sandbox.start(options, line -> {
            log.add(line);
            System.out.println("[sandbox] " + line);
        });
        String api = "http://127.0.0.1:" + port + "/onos/daolinet";
        try {
            System.out.println("ready after " + sandbox.readyMillis() + " ms");
            assertEquals(api + "/\n", Files.readString(dir.resolve(Sandbox.READY_FILE)));
            assertEquals(String.valueOf(ProcessHandle.current().pid()),
                         Files.readString(dir.resolve(Sandbox.PID_FILE)).trim());
            assertTrue("switches' socket", Files.exists(dir.resolve(Sandbox.OPENFLOW_SOCKET)));

            // REST: the web bundle's BASIC auth against the "karaf" realm
            assertEquals(200, Sandbox.get(api + "/servers", "onos", "rocks"));
            assertEquals(401, Sandbox.get(api + "/servers", null, null));
            assertEquals(401, Sandbox.get(api + "/servers", "onos", "wrong"));
            assertEquals(201, post(api + "/servers", SERVER));

            // the shell: DaoliNet's command sees what REST registered
            ShellClient.Answer servers = shell(dir, "daolinet-servers");
            assertEquals(servers.text(), 0, servers.exit());
            assertThat(servers.text(), containsString("s1"));
            assertThat(servers.text(), containsString("of:0000000000000001"));

            // ONOS's cfg command on ConfigAdmin: a change reaches the component at once
            ShellClient.Answer cfg = shell(dir, "cfg get org.daolinet.impl.RoutingManager");
            assertEquals(cfg.text(), 0, cfg.exit());
            assertThat(cfg.text(), containsString("name=idleTimeout, type=integer, value=10"));
            assertEquals(0, shell(dir, "cfg set org.daolinet.impl.RoutingManager idleTimeout 5").exit());
            assertThat(shell(dir, "cfg get org.daolinet.impl.RoutingManager idleTimeout").text(),
                       containsString("value=5, defaultValue=10"));
            assertEquals("what the component's modified method was given", "5", awaitProperty(
                    sandbox, "org.daolinet.impl.RoutingManager", "idleTimeout", "5"));
            ShellClient.Answer bad = shell(dir, "cfg set org.daolinet.impl.RoutingManager idleTimeout soon");
            assertEquals(1, bad.exit());
            assertThat(bad.text(), containsString("Invalid INTEGER value 'soon'"));

            ShellClient.Answer unknown = shell(dir, "daolinet-nosuch");
            assertEquals(1, unknown.exit());
            assertThat(unknown.text(), containsString("Command not found"));
            assertEquals("no switch connected", "", shell(dir, "devices").text());
        } finally {
            sandbox.close();
        }

        for (String file : List.of(Sandbox.READY_FILE, Sandbox.PID_FILE, Sandbox.SHELL_SOCKET,
                                   Sandbox.OPENFLOW_SOCKET)) {
            assertFalse(file + " removed", Files.exists(dir.resolve(file)));
        }
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            fail("REST port " + port + " still taken: " + e.getMessage());
        }
        List<String> left = threadsLeft(before);
        assertTrue("threads left after the stop: " + left, left.isEmpty());
    }

    // ConfigAdmin hands a change to SCR on its own thread
    private static String awaitProperty(Sandbox sandbox, String component, String name, String expected)
            throws Exception {
        long deadline = System.currentTimeMillis() + THREAD_WAIT_MILLIS;
        Object value;
        do {
            value = sandbox.runtime().componentProperties(component, THREAD_WAIT_MILLIS).get(name);
            if (expected.equals(String.valueOf(value))) {
                break;
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < deadline);
        return String.valueOf(value);
    }

    private static ShellClient.Answer shell(Path dir, String command) throws IOException {
        ShellClient.Answer a = ShellClient.run(dir.resolve(Sandbox.SHELL_SOCKET), command);
        System.out.println("$ " + command + " -> exit=" + a.exit() + "\n" + a.text());
        return a;
    }

    private static int post(String url, String json) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Connection", "close");
        c.setRequestProperty("Content-Type", "application/json");
        c.setRequestProperty("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("onos:rocks".getBytes(StandardCharsets.UTF_8)));
        try (OutputStream out = c.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return c.getResponseCode();
        } finally {
            c.disconnect();
        }
    }

    // threads started since, still alive after a while: the framework's, the bundles' and the sandbox's must end
    private static List<String> threadsLeft(Set<Thread> before) throws InterruptedException {
        long deadline = System.currentTimeMillis() + THREAD_WAIT_MILLIS;
        List<String> left;
        do {
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.isAlive() && !before.contains(t))
                    .map(Thread::getName).sorted().collect(Collectors.toList());
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        return left;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isEmpty() || value.startsWith("${")) {
            fail("system property " + name + " is not set: run the test through Maven");
        }
        return value;
    }
}
