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
package org.daolinet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.api.Server;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;

import java.util.List;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Tests of daolinet-servers, daolinet-server-add and daolinet-server-remove.
 */
public class ServerCommandsTest extends CommandTestBase {

    private Server s1;
    private Server s2;

    @Before
    public void setUp() {
        s1 = f.addServer(1);
        s2 = f.addServer(2);
    }

    private static ServerAddCommand add(String name, String deviceId, String uplink, String ip, String mac) {
        ServerAddCommand command = new ServerAddCommand();
        command.name = name;
        command.deviceId = deviceId;
        command.uplinkPort = uplink;
        command.ip = ip;
        command.mac = mac;
        return command;
    }

    private static ServerAddCommand addS3() {
        return add("s3", "of:0000000000000003", "eth3", "192.168.0.3", "52:54:00:00:00:03");
    }

    private static ServerRemoveCommand remove(String server) {
        ServerRemoveCommand command = new ServerRemoveCommand();
        command.server = server;
        return command;
    }

    @Test
    public void listsServersAsTable() {
        ok(addS3());
        Output output = ok(new ServersListCommand());
        List<String> lines = output.lines();
        assertEquals(4, lines.size());
        assertEquals(List.of("NAME", "DEVICE", "ID", "UPLINK", "UPLINK", "PORT", "IP", "MAC"), cells(lines.get(0)));
        // sorted by name; the fixture's bridges report their uplinks as port 100, s3's has not
        assertEquals(List.of("s1", "of:0000000000000001", "eth1", "100", "192.168.0.1", "52:54:00:00:00:01"),
                     cells(lines.get(1)));
        assertEquals(List.of("s2", "of:0000000000000002", "eth2", "100", "192.168.0.2", "52:54:00:00:00:02"),
                     cells(lines.get(2)));
        assertEquals(List.of("s3", "of:0000000000000003", "eth3", "-", "192.168.0.3", "52:54:00:00:00:03"),
                     cells(lines.get(3)));
    }

    @Test
    public void listShowsUplinkOnceReported() {
        ok(addS3());
        f.devices.addPort(device(3), 7, "eth3");
        assertEquals("7", row(ok(new ServersListCommand()), "s3").get(3));
    }

    @Test
    public void listsServersAsJson() {
        JsonNode json = runJson(new ServersListCommand()).json();
        assertThat(json.isArray(), is(true));
        assertEquals(2, json.size());
        JsonNode first = json.get(0);
        assertEquals("s1", first.get("name").asText());
        assertEquals("of:0000000000000001", first.get("deviceId").asText());
        assertEquals("eth1", first.get("uplinkPort").asText());
        assertEquals("192.168.0.1", first.get("ip").asText());
        assertEquals("52:54:00:00:00:01", first.get("mac").asText());
        assertEquals("s2", json.get(1).get("name").asText());
    }

    @Test
    public void listsNoServersAsEmptyJsonArray() {
        ok(remove("s1"));
        ok(remove("s2"));
        JsonNode json = runJson(new ServersListCommand()).json();
        assertThat(json.isArray(), is(true));
        assertEquals(0, json.size());
    }

    @Test
    public void addsServer() {
        Output output = ok(addS3());
        Server s3 = f.servers.serverByName("s3");
        assertEquals(device(3), s3.deviceId());
        assertEquals("eth3", s3.uplinkPort());
        assertEquals(IpAddress.valueOf("192.168.0.3"), s3.ip());
        assertEquals(MacAddress.valueOf("52:54:00:00:00:03"), s3.mac());
        assertEquals(List.of("Added server s3: deviceId=of:0000000000000003, uplinkPort=eth3, "
                                     + "ip=192.168.0.3, mac=52:54:00:00:00:03"), output.lines());
    }

    @Test
    public void addsServerWithJsonOutput() {
        JsonNode json = runJson(addS3()).json();
        assertEquals("s3", json.get("name").asText());
        assertEquals("of:0000000000000003", json.get("deviceId").asText());
        assertEquals("eth3", json.get("uplinkPort").asText());
        assertEquals("192.168.0.3", json.get("ip").asText());
        assertEquals("52:54:00:00:00:03", json.get("mac").asText());
        assertEquals(f.servers.serverByName("s3").deviceId(), device(3));
    }

    @Test
    public void addingTheSameServerAgainIsHarmless() {
        ok(addS3());
        Output again = ok(addS3());
        assertThat(again.out, containsString("Added server s3"));
        assertEquals(3, f.servers.servers().size());
    }

    @Test
    public void removesServerByName() {
        Output output = ok(remove("s2"));
        assertThat(f.servers.server(device(2)), nullValue());
        assertEquals(List.of("Removed server s2: deviceId=of:0000000000000002, uplinkPort=eth2, "
                                     + "ip=192.168.0.2, mac=52:54:00:00:00:02"), output.lines());
    }

    @Test
    public void removesServerByDeviceIdWithJsonOutput() {
        JsonNode json = runJson(remove("of:0000000000000001")).json();
        assertEquals("s1", json.get("name").asText());
        assertThat(f.servers.server(device(1)), nullValue());
        assertEquals(s2, f.servers.serverByName("s2"));
    }

    @Test
    public void rejectsBadNames() {
        assertRejected(add("bad name", "of:0000000000000003", "eth3", "192.168.0.3", "52:54:00:00:00:03"), "name");
        assertRejected(add("s/3", "of:0000000000000003", "eth3", "192.168.0.3", "52:54:00:00:00:03"), "name");
        assertRejected(add("x".repeat(65), "of:0000000000000003", "eth3", "192.168.0.3", "52:54:00:00:00:03"),
                       "name");
        assertRejected(add("s3", "of:0000000000000003", "eth 3", "192.168.0.3", "52:54:00:00:00:03"), "uplinkPort");
        assertRejected(add("s3", "of:0000000000000003", "", "192.168.0.3", "52:54:00:00:00:03"), "uplinkPort");
        // 64 characters is the longest name
        ok(add("x".repeat(64), "of:0000000000000003", "eth3", "192.168.0.3", "52:54:00:00:00:03"));
    }

    @Test
    public void rejectsBadDeviceIds() {
        assertRejected(add("s3", "of:3", "eth3", "192.168.0.3", "52:54:00:00:00:03"), "deviceId");
        assertRejected(add("s3", "of:000000000000000G", "eth3", "192.168.0.3", "52:54:00:00:00:03"), "deviceId");
        assertRejected(add("s3", "rest:0000000000000003", "eth3", "192.168.0.3", "52:54:00:00:00:03"), "deviceId");
    }

    @Test
    public void rejectsBadAddresses() {
        assertRejected(add("s3", "of:0000000000000003", "eth3", "192.168.0", "52:54:00:00:00:03"), "ip");
        assertRejected(add("s3", "of:0000000000000003", "eth3", "fd00::3", "52:54:00:00:00:03"), "ip");
        assertRejected(add("s3", "of:0000000000000003", "eth3", "192.168.0.3", "52:54:00:00:03"), "mac");
        String multicast = assertRejected(add("s3", "of:0000000000000003", "eth3", "192.168.0.3",
                                              "01:00:5E:00:00:03"), "mac");
        assertThat(multicast, containsString("unicast"));
        assertRejected(add("s3", "of:0000000000000003", "eth3", "192.168.0.3", "FF:FF:FF:FF:FF:FF"), "mac");
        assertRejected(add("s3", "of:0000000000000003", "eth3", "192.168.0.3", "00:00:00:00:00:00"), "mac");
    }

    @Test
    public void rejectsDuplicates() {
        String name = assertRejected(add("s1", "of:0000000000000003", "eth3", "192.168.0.3",
                                         "52:54:00:00:00:03"), "name");
        assertThat(name, containsString("already"));
        assertRejected(add("s3", "of:0000000000000001", "eth3", "192.168.0.3", "52:54:00:00:00:03"), "deviceId");
        assertRejected(add("s3", "of:0000000000000003", "eth3", "192.168.0.1", "52:54:00:00:00:03"), "ip");
        // the rejected attempts left no claims behind
        ok(addS3());
    }

    @Test
    public void rejectsRemovingUnknownOrMalformedServer() {
        assertRejected(remove("s9"), "server");
        assertRejected(remove("of:0000000000000009"), "server");
        assertRejected(remove("of:9"), "server");
        assertRejected(remove("bad name"), "server");
    }

    @Test
    public void rejectsRemovingServerThatHostsContainers() {
        Network web = f.addNetwork(null, "web", "10.1.0.0/24");
        Container a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        String error = assertRejected(remove("s1"), "deviceId");
        assertThat(error, containsString("still hosts 1 containers"));
        assertEquals(s1, f.servers.server(device(1)));
        f.containers.removeContainer(a.id());
        ok(remove("s1"));
    }
}
