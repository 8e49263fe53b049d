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
import org.daolinet.api.NetworkKey;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Tests of daolinet-containers, daolinet-container-add and daolinet-container-remove.
 */
public class ContainerCommandsTest extends CommandTestBase {

    private Network web;
    private Network db;
    private Container a;
    private Container b;
    private Container c;

    @Before
    public void setUp() {
        f.addServer(1);
        f.addServer(2);
        web = f.addNetwork(null, "web", "10.1.0.0/24");
        db = f.addNetwork("acme", "db", "10.1.0.0/24");
        a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        b = f.addContainer("b", web.key(), "10.1.0.3", 2, 6);
        c = f.addContainer("c", db.key(), "10.1.0.2", 2, 7);
    }

    private static ContainerAddCommand add(String tenant, String id, String name, String network, String ip,
                                           String mac, String server, String portName) {
        ContainerAddCommand command = new ContainerAddCommand();
        command.tenant = tenant;
        command.id = id;
        command.name = name;
        command.network = network;
        command.ip = ip;
        command.mac = mac;
        command.server = server;
        command.portName = portName;
        return command;
    }

    /** A valid registration of container d in default/web on s1. */
    private static ContainerAddCommand addD() {
        return add(null, "id-d", "d", "web", "10.1.0.4", "02:00:00:00:0d:04", "s1", "veth-d");
    }

    private static ContainerRemoveCommand remove(String tenant, String container) {
        ContainerRemoveCommand command = new ContainerRemoveCommand();
        command.tenant = tenant;
        command.container = container;
        return command;
    }

    private static ContainersListCommand list(String tenant, String network, String server) {
        ContainersListCommand command = new ContainersListCommand();
        command.tenant = tenant;
        command.network = network;
        command.server = server;
        return command;
    }

    private static Set<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.get("name").asText())
                .collect(Collectors.toSet());
    }

    private static Set<String> firstCells(Output output) {
        return output.lines().stream().skip(1).map(l -> cells(l).get(0)).collect(Collectors.toSet());
    }

    @Test
    public void listsContainersAsTable() {
        ok(addD());
        Output output = ok(list(null, null, null));
        List<String> lines = output.lines();
        assertEquals(5, lines.size());
        assertEquals(List.of("NAME", "ID", "NETWORK", "IP", "MAC", "SERVER", "PORT", "PORT", "NO", "VIP"),
                     cells(lines.get(0)));
        // sorted by tenant, then name
        assertEquals(List.of("c", "a", "b", "d"),
                     lines.stream().skip(1).map(l -> cells(l).get(0)).collect(Collectors.toList()));
        assertEquals(List.of("a", "id-a", "default/web", "10.1.0.2", a.mac().toString(), "s1", "veth-a", "5",
                             a.vip().toString()), row(output, "a"));
        assertEquals(List.of("c", "id-c", "acme/db", "10.1.0.2", c.mac().toString(), "s2", "veth-c", "7",
                             c.vip().toString()), row(output, "c"));
        // d's bridge port has not been reported yet
        Container d = f.containers.container("id-d");
        assertEquals(List.of("d", "id-d", "default/web", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d", "-",
                             d.vip().toString()), row(output, "d"));
    }

    @Test
    public void listShowsPortNumberOnceReported() {
        ok(addD());
        f.devices.addPort(device(1), 42, "veth-d");
        assertEquals("42", row(ok(list(null, null, null)), "d").get(7));
    }

    @Test
    public void filtersByTenantNetworkAndServer() {
        assertEquals(Set.of("c"), firstCells(ok(list("acme", null, null))));
        assertEquals(Set.of("a", "b"), firstCells(ok(list(null, "web", null))));
        assertEquals(Set.of("c"), firstCells(ok(list(null, "acme/db", null))));
        assertEquals(Set.of("c"), firstCells(ok(list("acme", "db", null))));
        assertEquals(Set.of("b", "c"), firstCells(ok(list(null, null, "s2"))));
        assertEquals(Set.of("b", "c"), firstCells(ok(list(null, null, "of:0000000000000002"))));
        assertEquals(Set.of("b"), firstCells(ok(list(null, "web", "s2"))));
        assertEquals(Set.of("b"), firstCells(ok(list("default", null, "s2"))));
        assertEquals(Set.of(), firstCells(ok(list("nobody", null, null))));
    }

    @Test
    public void listsContainersAsJson() {
        JsonNode json = runJson(list(null, null, null)).json();
        assertThat(json.isArray(), is(true));
        assertEquals(3, json.size());
        JsonNode first = json.get(0);
        assertEquals("id-c", first.get("id").asText());
        assertEquals("c", first.get("name").asText());
        assertEquals("acme", first.get("tenant").asText());
        assertEquals("db", first.get("network").asText());
        assertEquals("10.1.0.2", first.get("ip").asText());
        assertEquals(c.mac().toString(), first.get("mac").asText());
        assertEquals("of:0000000000000002", first.get("server").asText());
        assertEquals("veth-c", first.get("portName").asText());
        assertEquals(c.vip().toString(), first.get("vip").asText());

        assertEquals(Set.of("a", "b"), names(runJson(list(null, "web", null)).json()));
        assertEquals(Set.of("b", "c"), names(runJson(list(null, null, "s2")).json()));
    }

    @Test
    public void rejectsBadFilters() {
        assertRejected(list(null, "nonet", null), "network");
        assertRejected(list(null, "bad net", null), "network");
        assertRejected(list("bad tenant", null, null), "tenant");
        assertRejected(list("other", "acme/db", null), "tenant");
        assertRejected(list(null, null, "s9"), "server");
        assertRejected(list(null, null, "of:1"), "server");
    }

    @Test
    public void addsContainer() {
        Output output = ok(addD());
        Container d = f.containers.container("id-d");
        assertThat(d, notNullValue());
        assertEquals("d", d.name());
        assertEquals(web.key(), d.network());
        assertEquals(IpAddress.valueOf("10.1.0.4"), d.ip());
        assertEquals(MacAddress.valueOf("02:00:00:00:0D:04"), d.mac());
        assertEquals(device(1), d.server());
        assertEquals("veth-d", d.portName());
        assertThat(d.vip(), notNullValue());
        assertEquals(List.of("Added container d: id=id-d, network=default/web, ip=10.1.0.4, mac=02:00:00:00:0D:04, "
                                     + "server=of:0000000000000001, portName=veth-d, vip=" + d.vip()),
                     output.lines());
    }

    @Test
    public void addsContainerInTenantOnServerGivenByDeviceIdAsJson() {
        JsonNode json = runJson(add("acme", "id-e", "e", "db", "10.1.0.5", "02:00:00:00:0E:05",
                                    "of:0000000000000002", "veth-e")).json();
        Container e = f.containers.container("id-e");
        assertEquals(NetworkKey.of("acme", "db"), e.network());
        assertEquals(device(2), e.server());
        assertEquals("id-e", json.get("id").asText());
        assertEquals("e", json.get("name").asText());
        assertEquals("acme", json.get("tenant").asText());
        assertEquals("db", json.get("network").asText());
        assertEquals("10.1.0.5", json.get("ip").asText());
        assertEquals("02:00:00:00:0E:05", json.get("mac").asText());
        assertEquals("of:0000000000000002", json.get("server").asText());
        assertEquals("veth-e", json.get("portName").asText());
        assertEquals(e.vip().toString(), json.get("vip").asText());
    }

    @Test
    public void addsContainerToTenantSlashNetwork() {
        ok(add(null, "id-e", "e", "acme/db", "10.1.0.5", "02:00:00:00:0E:05", "s2", "veth-e"));
        assertEquals("acme", f.containers.container("id-e").tenant());
    }

    @Test
    public void addingTheSameContainerAgainIsHarmless() {
        ok(addD());
        Container d = f.containers.container("id-d");
        Output again = ok(addD());
        assertThat(again.out, containsString("vip=" + d.vip()));
        assertEquals(d, f.containers.container("id-d"));
    }

    @Test
    public void rejectsBadNames() {
        assertRejected(add(null, "id d", "d", "web", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d"), "id");
        assertRejected(add(null, "i".repeat(65), "d", "web", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d"), "id");
        assertRejected(add(null, "id-d", "d!", "web", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d"), "name");
        assertRejected(add(null, "id-d", "", "web", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d"), "name");
        assertRejected(add(null, "id-d", "d", "w eb", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d"), "network");
        assertRejected(add("a cme", "id-d", "d", "db", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d"), "tenant");
        assertRejected(add(null, "id-d", "d", "web", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth:d"), "portName");
        assertRejected(add(null, "id-d", "d", "web", "10.1.0.4", "02:00:00:00:0D:04", "s 1", "veth-d"), "server");
        assertRejected(add(null, "id-d", "d", "web", "10.1.0.4", "02:00:00:00:0D:04", "of:1", "veth-d"), "server");
    }

    @Test
    public void rejectsContradictoryTenant() {
        assertRejected(add("other", "id-d", "d", "acme/db", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d"),
                       "tenant");
    }

    @Test
    public void rejectsMalformedAddresses() {
        assertRejected(add(null, "id-d", "d", "web", "10.1.0", "02:00:00:00:0D:04", "s1", "veth-d"), "ip");
        assertRejected(add(null, "id-d", "d", "web", "fd00::4", "02:00:00:00:0D:04", "s1", "veth-d"), "ip");
        assertRejected(add(null, "id-d", "d", "web", "999.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d"), "ip");
        assertRejected(add(null, "id-d", "d", "web", "", "02:00:00:00:0D:04", "s1", "veth-d"), "ip");
        assertRejected(add(null, "id-d", "d", "web", "10.1.0.4", "02:00:00:0d:04", "s1", "veth-d"), "mac");
        assertRejected(add(null, "id-d", "d", "web", "10.1.0.4", "zz:00:00:00:0d:04", "s1", "veth-d"), "mac");
        assertRejected(add(null, "id-d", "d", "web", "10.1.0.4", "00:00:00:00:00:00", "s1", "veth-d"), "mac");
    }

    @Test
    public void rejectsIpOutsideItsNetwork() {
        String error = assertRejected(add(null, "id-d", "d", "web", "10.2.0.4", "02:00:00:00:0D:04", "s1",
                                          "veth-d"), "ip");
        assertThat(error, containsString("outside 10.1.0.0/24"));
        assertRejected(add(null, "id-d", "d", "web", "10.1.0.0", "02:00:00:00:0D:04", "s1", "veth-d"), "ip");
        assertRejected(add(null, "id-d", "d", "web", "10.1.0.255", "02:00:00:00:0D:04", "s1", "veth-d"), "ip");
    }

    @Test
    public void rejectsGatewayIp() {
        String error = assertRejected(add(null, "id-d", "d", "web", "10.1.0.1", "02:00:00:00:0D:04", "s1",
                                          "veth-d"), "ip");
        assertThat(error, containsString("gateway"));
    }

    @Test
    public void rejectsTakenIp() {
        String error = assertRejected(add(null, "id-d", "d", "web", "10.1.0.2", "02:00:00:00:0D:04", "s1",
                                          "veth-d"), "ip");
        assertThat(error, containsString("id-a"));
        // c holds 10.1.0.2 too, in tenant acme: addresses are unique per tenant only
        assertEquals(IpAddress.valueOf("10.1.0.2"), c.ip());
        ok(addD());
    }

    @Test
    public void rejectsMulticastMac() {
        String error = assertRejected(add(null, "id-d", "d", "web", "10.1.0.4", "01:00:5E:01:02:03", "s1",
                                          "veth-d"), "mac");
        assertThat(error, containsString("unicast"));
        assertRejected(add(null, "id-d", "d", "web", "10.1.0.4", "FF:FF:FF:FF:FF:FF", "s1", "veth-d"), "mac");
    }

    @Test
    public void rejectsDuplicateMac() {
        String error = assertRejected(add(null, "id-d", "d", "web", "10.1.0.4", a.mac().toString(), "s1",
                                          "veth-d"), "mac");
        assertThat(error, containsString("id-a"));
        assertRejected(add(null, "id-d", "d", "web", "10.1.0.4", web.gatewayMac().toString(), "s1", "veth-d"),
                       "mac");
        // the name, IP and port claims taken before the MAC clashed were given back
        ok(addD());
    }

    @Test
    public void rejectsUnknownNetwork() {
        assertRejected(add(null, "id-d", "d", "db", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d"), "network");
        assertRejected(add("acme", "id-d", "d", "web", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d"),
                       "network");
    }

    @Test
    public void rejectsUnknownServer() {
        assertRejected(add(null, "id-d", "d", "web", "10.1.0.4", "02:00:00:00:0D:04", "s9", "veth-d"), "server");
        assertRejected(add(null, "id-d", "d", "web", "10.1.0.4", "02:00:00:00:0D:04", "of:0000000000000009",
                           "veth-d"), "server");
    }

    @Test
    public void rejectsDuplicateIdName() {
        String id = assertRejected(add(null, "id-a", "d", "web", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d"),
                                   "id");
        assertThat(id, containsString("already registered"));
        assertRejected(add(null, "id-d", "a", "web", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d"), "name");
        assertRejected(add(null, "id-d", "d", "web", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-a"), "portName");
        // a name is unique in its tenant only
        ok(add("acme", "id-d", "a", "db", "10.1.0.4", "02:00:00:00:0D:04", "s1", "veth-d"));
    }

    @Test
    public void removesContainerById() {
        Output output = ok(remove(null, "id-a"));
        assertThat(f.containers.container("id-a"), nullValue());
        assertEquals(List.of("Removed container a: id=id-a, network=default/web, ip=10.1.0.2, mac=" + a.mac()
                                     + ", server=of:0000000000000001, portName=veth-a, vip=" + a.vip()),
                     output.lines());
        // its VIP was released
        assertThat(f.vips.owner(a.vip()), nullValue());
    }

    @Test
    public void removesContainerByNameAsJson() {
        JsonNode json = runJson(remove(null, "b")).json();
        assertEquals("id-b", json.get("id").asText());
        assertEquals(b.vip().toString(), json.get("vip").asText());
        assertThat(f.containers.container("id-b"), nullValue());
    }

    @Test
    public void removesContainerByNameInTenant() {
        ok(remove("acme", "c"));
        assertThat(f.containers.container("id-c"), nullValue());
        assertEquals(2, f.containers.containers().size());
    }

    @Test
    public void rejectsRemovingUnknownContainer() {
        assertRejected(remove(null, "zz"), "container");
        // c is in tenant acme, not in the default tenant
        assertRejected(remove(null, "c"), "container");
        // an id of another tenant's container is not taken when a tenant is given
        assertRejected(remove("acme", "id-a"), "container");
        assertRejected(remove(null, "bad id"), "container");
        assertRejected(remove("bad tenant", "a"), "tenant");
    }
}
