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
package org.daolinet.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.client.ApiException;
import org.junit.Before;
import org.junit.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Moving a Docker container between two servers' daemons: what the new one is created from, the
 * order (the old one goes only once the new one runs with the registration), and the way back when
 * the new one does not run.
 */
public class DockerMoveTest {

    private static final String S1 = "unix:///run/s1/docker.sock";
    private static final String S2 = "unix:///run/s2/docker.sock";
    private static final String OLD_ID = "0123456789abcdef0123";

    /** What the daemons did, in order: HOST METHOD PATH. */
    private final List<String> calls = new ArrayList<>();
    /** Containers per daemon, by name: their State.Status. */
    private final Map<String, Map<String, String>> daemons = new HashMap<>();
    private JsonNode created;
    /** What happens at start on the target: "run" (the driver moves the registration), "fail", "exit". */
    private String onStart = "run";
    /** Mounts of the old container's inspection: none unless a test sets them. */
    private JsonNode mounts;

    private ObjectNode registration;
    private boolean deregisteredByLeave;
    private final List<String> registryCalls = new ArrayList<>();

    @Before
    public void setUp() {
        daemons.put(S1, new HashMap<>(Map.of("web1", "running")));
        daemons.put(S2, new HashMap<>());
        registration = Verb.object().put("id", "ep-old").put("name", "web1").put("tenant", "default")
                .put("network", "d1").put("ip", "10.5.0.11").put("mac", "02:AA:BB:CC:DD:EE")
                .put("server", "of:01").put("portName", "dlep-old").put("vip", "100.64.0.7").put("port", 3);
    }

    private static JsonNode inspection() {
        ObjectNode inspect = Verb.object().put("Id", OLD_ID).put("Name", "/web1");
        ObjectNode config = inspect.putObject("Config").put("Hostname", OLD_ID.substring(0, 12))
                .put("Image", "daolinet/busybox").put("WorkingDir", "/srv").put("MacAddress", "02:aa:bb:cc:dd:ee");
        config.putArray("Env").add("FOO=bar").add("PATH=/bin");
        config.putArray("Cmd").add("sleep").add("3600");
        config.putObject("Labels").put("team", "blue");
        ObjectNode host = inspect.putObject("HostConfig").put("NetworkMode", "d1").put("Memory", 67108864L);
        host.putObject("RestartPolicy").put("Name", "on-failure").put("MaximumRetryCount", 3);
        host.putArray("Binds").add("data:/data");
        host.putObject("PortBindings").putArray("80/tcp").addObject().put("HostIp", "").put("HostPort", "8080");
        inspect.putObject("NetworkSettings").putObject("Networks").putObject("d1").put("IPAddress", "10.5.0.11")
                .put("MacAddress", "02:aa:bb:cc:dd:ee");
        return inspect;
    }

    private final DockerMove.Docker docker = (host, method, path, body) -> {
        calls.add(host + " " + method + " " + path);
        Map<String, String> containers = daemons.get(host);
        String name = path.replaceAll("^/containers/(create\\?name=)?([^/?]+).*$", "$2");
        String call = path.startsWith("/containers/create?") ? "create" : method.equals("DELETE") ? "remove"
                : path.substring(path.lastIndexOf('/') + 1);
        switch (call) {
            case "create":
                if (containers.containsKey(name)) {
                    throw new ApiException(0, "Conflict. The container name \"/" + name + "\" is already in use");
                }
                created = body;
                containers.put(name, "created");
                return Verb.object().put("Id", "new");
            case "start":
                if (onStart.equals("fail")) {
                    throw new ApiException(0, "failed to create endpoint web1 on network d1: daolinet: refused");
                }
                // the daolinet driver of the target server joins it and moves the registration
                registration.put("server", "of:02").put("portName", "dlep-new");
                containers.put(name, onStart.equals("exit") ? "exited" : "running");
                if (onStart.equals("exit")) {
                    // and its Leave deregisters it when it ends
                    deregisteredByLeave = true;
                    registration = null;
                }
                return null;
            case "json":
                if (!containers.containsKey(name)) {
                    throw new ApiException(0, "No such container: " + name);
                }
                if (host.equals(S1)) {
                    ObjectNode inspect = (ObjectNode) inspection();
                    if (mounts != null) {
                        inspect.set("Mounts", mounts);
                    }
                    return inspect;
                }
                ObjectNode state = Verb.object();
                state.putObject("State").put("Status", containers.get(name))
                        .put("Running", containers.get(name).equals("running")).put("ExitCode", 1);
                return state;
            case "remove":
                containers.remove(name);
                return null;
            default:
                throw new AssertionError("unexpected call " + method + " " + path);
        }
    };

    private final DockerMove.Registrations registry = new DockerMove.Registrations() {
        @Override
        public JsonNode container(String id) {
            return registration == null ? null : registration.deepCopy();
        }

        @Override
        public String deviceId(String server) {
            return server.equals("s1") ? "of:01" : "of:02";
        }

        @Override
        public void move(String id, String server, String portName) {
            registryCalls.add("move " + id + " " + server + " " + portName);
            registration.put("server", deviceId(server)).put("portName", portName);
        }

        @Override
        public void register(JsonNode container) {
            registryCalls.add("register " + container);
            registration = (ObjectNode) container.deepCopy();
        }
    };

    private JsonNode move() {
        return move(false);
    }

    private JsonNode move(boolean emptyVolumes) {
        return new DockerMove(docker, registry, emptyVolumes).move(registration.deepCopy(), "s1", S1, "s2", S2);
    }

    /** A named and an anonymous local volume, a network-storage volume and a bind mount. */
    private static JsonNode volumes() {
        ObjectNode holder = Verb.object();
        holder.putArray("Mounts")
                .add(Verb.object().put("Type", "volume").put("Name", "data").put("Driver", "local")
                             .put("Destination", "/data"))
                .add(Verb.object().put("Type", "bind").put("Source", "/srv/conf").put("Destination", "/conf"))
                .add(Verb.object().put("Type", "volume").put("Name", "shared").put("Driver", "nfs-plugin")
                             .put("Destination", "/shared"))
                .add(Verb.object().put("Type", "volume").put("Name", "9f".repeat(32)).put("Driver", "local")
                             .put("Destination", "/cache"));
        return holder.get("Mounts");
    }

    @Test
    public void aContainerWithLocalVolumesStaysUnlessTheirLossIsAccepted() {
        mounts = volumes();
        try {
            move();
            fail("moved a container whose local volumes would be empty on the new server");
        } catch (ApiException e) {
            assertThat(e.getMessage(), containsString("web1 stays on s1: its local volumes (data at /data, "
                    + "anonymous at /cache) would be re-created empty on s2"));
            assertThat(e.getMessage(), containsString("--empty-volumes"));
        }
        // nothing was asked of the target, nothing of DaoliNet
        assertTrue(calls.toString(), calls.stream().noneMatch(c -> c.startsWith(S2)));
        assertTrue(registryCalls.isEmpty());
        assertEquals("running", daemons.get(S1).get("web1"));
        assertEquals("of:01", registration.path("server").asText());

        JsonNode moved = move(true);
        assertEquals("of:02", moved.path("server").asText());
        assertFalse(daemons.get(S1).containsKey("web1"));
    }

    @Test
    public void onlyLocalVolumesAreLeftBehind() {
        ObjectNode inspect = Verb.object();
        inspect.set("Mounts", volumes());
        assertEquals(List.of("data at /data", "anonymous at /cache"), DockerMove.localVolumes(inspect));
        // a driver Docker did not name is its default, local
        ((ObjectNode) inspect.get("Mounts").get(0)).remove("Driver");
        assertEquals(List.of("data at /data", "anonymous at /cache"), DockerMove.localVolumes(inspect));
        assertEquals(List.of(), DockerMove.localVolumes(Verb.object()));
    }

    @Test
    public void recreatesTheContainerFromItsInspection() {
        JsonNode moved = move();
        assertEquals("of:02", moved.path("server").asText());
        assertEquals("ep-old", moved.path("id").asText());
        assertEquals("daolinet/busybox", created.path("Image").asText());
        assertEquals("[\"sleep\",\"3600\"]", created.path("Cmd").toString());
        assertEquals("[\"FOO=bar\",\"PATH=/bin\"]", created.path("Env").toString());
        assertEquals("blue", created.path("Labels").path("team").asText());
        assertEquals("/srv", created.path("WorkingDir").asText());
        assertFalse("Docker's own host name is chosen anew", created.has("Hostname"));
        JsonNode host = created.path("HostConfig");
        assertEquals("d1", host.path("NetworkMode").asText());
        assertEquals(67108864L, host.path("Memory").asLong());
        assertEquals("on-failure", host.path("RestartPolicy").path("Name").asText());
        assertEquals("data:/data", host.path("Binds").path(0).asText());
        assertEquals("8080", host.path("PortBindings").path("80/tcp").path(0).path("HostPort").asText());
        JsonNode endpoint = created.path("NetworkingConfig").path("EndpointsConfig").path("d1");
        assertEquals("10.5.0.11", endpoint.path("IPAMConfig").path("IPv4Address").asText());
        assertEquals("02:aa:bb:cc:dd:ee", endpoint.path("MacAddress").asText());
        assertEquals("02:aa:bb:cc:dd:ee", created.path("MacAddress").asText());
    }

    @Test
    public void removesTheOldContainerOnlyOnceTheNewOneRuns() {
        move();
        int started = calls.indexOf(S2 + " POST /containers/web1/start");
        int removed = calls.indexOf(S1 + " DELETE /containers/web1?force=true");
        assertTrue(calls.toString(), started >= 0 && removed > started);
        assertFalse(daemons.get(S1).containsKey("web1"));
        assertEquals("running", daemons.get(S2).get("web1"));
        assertTrue("DaoliNet was not touched: the driver moved the registration", registryCalls.isEmpty());
    }

    @Test
    public void aContainerThatCannotBeCreatedThereStays() {
        daemons.get(S2).put("web1", "running");
        try {
            move();
            fail("moved onto a taken name");
        } catch (ApiException e) {
            assertThat(e.getMessage(), containsString("creating web1 on s2 failed, it stays on s1: Conflict."));
        }
        assertEquals("running", daemons.get(S1).get("web1"));
        assertEquals("of:01", registration.path("server").asText());
    }

    @Test
    public void aContainerThatDoesNotStartThereStays() {
        onStart = "fail";
        try {
            move();
            fail("moved although the new one did not start");
        } catch (ApiException e) {
            assertThat(e.getMessage(), containsString("starting web1 on s2 failed, it stays on s1"));
        }
        assertEquals("running", daemons.get(S1).get("web1"));
        assertFalse("the new one is removed", daemons.get(S2).containsKey("web1"));
        assertEquals("of:01", registration.path("server").asText());
        assertTrue(registryCalls.isEmpty());
    }

    @Test
    public void aContainerThatEndsAtOnceThereGetsItsRegistrationBack() {
        onStart = "exit";
        try {
            move();
            fail("moved although the new one ended");
        } catch (ApiException e) {
            assertThat(e.getMessage(), containsString("it stays on s1"));
        }
        assertTrue(deregisteredByLeave);
        assertEquals("running", daemons.get(S1).get("web1"));
        assertFalse(daemons.get(S2).containsKey("web1"));
        assertEquals("of:01", registration.path("server").asText());
        assertEquals("dlep-old", registration.path("portName").asText());
        assertNull("a new registration gets a new VIP from DaoliNet", registration.get("vip"));
    }

    @Test
    public void aContainerWithoutItsDaoliNetAddressesIsRefused() {
        registration.put("ip", "10.5.0.99");
        try {
            move();
            fail("moved a container whose addresses Docker does not have");
        } catch (ApiException e) {
            assertThat(e.getMessage(), containsString("has no Docker network with IP 10.5.0.99"));
        }
        assertTrue(daemons.get(S2).isEmpty());
    }
}
