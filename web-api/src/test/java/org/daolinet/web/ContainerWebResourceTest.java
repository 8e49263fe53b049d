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
package org.daolinet.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;

import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * REST tests of {@code /containers}. Servers s1 and s2 are registered; network web
 * (10.1.0.0/24) of the default tenant and network db of tenant t2 share a subnet.
 */
public class ContainerWebResourceTest extends DaoliNetResourceTest {

    private static final String CONTAINERS = "containers";
    private static final IpPrefix VIP_POOL = IpPrefix.valueOf("100.64.0.0/10");

    private Network web;

    @Before
    public void setUpNetworks() {
        f.addServer(1);
        f.addServer(2);
        web = f.addNetwork(null, "web", "10.1.0.0/24");
        f.addNetwork("t2", "db", "10.1.0.0/24");
    }

    /**
     * Returns the JSON of a container of network web with id "id-NAME", port "veth-NAME" and a
     * MAC made of its IP.
     *
     * @param name   container name
     * @param ip     IP
     * @param server server name or device id
     * @return JSON
     */
    private static ObjectNode container(String name, String ip, String server) {
        byte[] octets = IpAddress.valueOf(ip).toOctets();
        return MAPPER.createObjectNode()
                .put("id", "id-" + name)
                .put("name", name)
                .put("network", "web")
                .put("ip", ip)
                .put("mac", String.format("02:00:%02x:%02x:%02x:%02x",
                                          octets[0], octets[1], octets[2], octets[3]))
                .put("server", server)
                .put("portName", "veth-" + name);
    }

    /**
     * Returns the JSON of a container of network db of tenant t2; its MAC differs from that of
     * a web container of the same IP.
     *
     * @param name   container name
     * @param ip     IP
     * @param server server name or device id
     * @return JSON
     */
    private static ObjectNode t2Container(String name, String ip, String server) {
        ObjectNode json = container(name, ip, server).put("tenant", "t2").put("network", "db");
        return json.put("mac", json.get("mac").asText().replaceFirst("^02", "06"));
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(c -> names.add(c.get("tenant").asText() + "/" + c.get("name").asText()));
        return names;
    }

    private List<String> listed(String... query) {
        return names(body(get(CONTAINERS, query), 200).get(CONTAINERS));
    }

    @Test
    public void createsGetsListsAndDeletes() {
        assertThat(body(get(CONTAINERS), 200).get(CONTAINERS).size(), is(0));

        f.devices.addPort(device(1), 5, "veth-a");
        Response created = post(CONTAINERS, container("a", "10.1.0.2", "s1"));
        JsonNode a = body(created, 201);
        Container stored = f.containers.container("id-a");
        assertThat(a.get("id").asText(), is("id-a"));
        assertThat(a.get("name").asText(), is("a"));
        assertThat(a.get("tenant").asText(), is("default"));
        assertThat(a.get("network").asText(), is("web"));
        assertThat(a.get("ip").asText(), is("10.1.0.2"));
        assertThat(a.get("mac").asText().toLowerCase(), is("02:00:0a:01:00:02"));
        assertThat(a.get("server").asText(), is("of:0000000000000001"));
        assertThat(a.get("portName").asText(), is("veth-a"));
        assertThat(a.get("vip").asText(), is(stored.vip().toString()));
        assertThat(VIP_POOL.contains(stored.vip()), is(true));
        assertThat(a.get("port").asLong(), is(5L));
        assertThat(created.getLocation().toString(), endsWith("/containers/id-a"));
        assertThat(body(client().target(created.getLocation()).request().get(), 200), is(a));

        // by device id, and before its bridge reported the port: no port number yet
        JsonNode b = body(post(CONTAINERS, container("b", "10.1.0.3", "of:0000000000000002")), 201);
        assertThat(b.get("server").asText(), is("of:0000000000000002"));
        assertThat(b.has("port"), is(false));
        f.devices.addPort(device(2), 7, "veth-b");
        assertThat(body(get("containers/id-b"), 200).get("port").asLong(), is(7L));

        // the same IP in another tenant's network of the same subnet
        JsonNode c = body(post(CONTAINERS, t2Container("c", "10.1.0.2", "s2")), 201);
        assertThat(c.get("tenant").asText(), is("t2"));

        assertThat(listed(), contains("default/a", "default/b", "t2/c"));
        assertThat(body(get("containers/a"), 200), is(a));
        assertThat(body(get("containers/c", "tenant", "t2"), 200), is(c));
        assertThat(body(get("containers/id-c"), 200), is(c));
        assertError(get("containers/c"), 404, "container");

        assertThat(listed("network", "web"), contains("default/a", "default/b"));
        assertThat(listed("network", "db", "tenant", "t2"), contains("t2/c"));
        assertThat(listed("tenant", "t2"), contains("t2/c"));
        assertThat(listed("tenant", "nobody").isEmpty(), is(true));
        assertThat(listed("server", "s2"), contains("default/b", "t2/c"));
        assertThat(listed("server", "of:0000000000000001"), contains("default/a"));
        assertThat(listed("network", "web", "server", "s2"), contains("default/b"));
        assertThat(listed("tenant", "t2", "server", "s1").isEmpty(), is(true));

        JsonNode removed = body(delete("containers/id-a"), 200);
        assertThat(removed.get("ip").asText(), is("10.1.0.2"));
        assertThat(f.containers.container("id-a"), nullValue());
        assertThat(f.vips.owner(stored.vip()), nullValue());
        assertError(get("containers/id-a"), 404, "container");
        assertThat(body(delete("containers/c", "tenant", "t2"), 200).get("id").asText(), is("id-c"));
        assertThat(body(delete("containers/b"), 200).get("id").asText(), is("id-b"));
        assertThat(f.containers.containers().isEmpty(), is(true));
    }

    @Test
    public void repeatedRegistrationIsHarmless() {
        JsonNode a = body(post(CONTAINERS, container("a", "10.1.0.2", "s1")), 201);
        Response again = post(CONTAINERS, container("a", "10.1.0.2", "of:0000000000000001"));
        assertThat(body(again, 200), is(a));
        assertThat(again.getLocation(), nullValue());
        assertEquals(1, f.containers.containers().size());
    }

    @Test
    public void rejectsAnotherContainerUnderTheSameId() {
        body(post(CONTAINERS, container("a", "10.1.0.2", "s1")), 201);
        assertRejected(409, "id", () -> post(CONTAINERS, container("a", "10.1.0.9", "s1")));
        assertRejected(409, "id", () -> post(CONTAINERS, container("a", "10.1.0.2", "s2")));
        assertRejected(409, "id", () -> post(CONTAINERS, with(container("b", "10.1.0.3", "s1"), "id", "id-a")));
    }

    @Test
    public void rejectsIpsOutsideTheNetworkOrTaken() {
        assertRejected(400, "ip", () -> post(CONTAINERS, container("a", "10.2.0.5", "s1")));
        String message = assertRejected(400, "ip", () -> post(CONTAINERS, container("a", "10.1.0.1", "s1")));
        assertThat(message, is("ip: 10.1.0.1 is the gateway of network default/web"));
        assertRejected(400, "ip", () -> post(CONTAINERS, container("a", "10.1.0.0", "s1")));
        assertRejected(400, "ip", () -> post(CONTAINERS, container("a", "10.1.0.255", "s1")));
        assertRejected(400, "ip", () -> post(CONTAINERS, with(container("a", "10.1.0.2", "s1"), "ip", "10.1.0")));
        assertRejected(400, "ip", () -> post(CONTAINERS, with(container("a", "10.1.0.2", "s1"), "ip", "fd00::2")));

        body(post(CONTAINERS, container("a", "10.1.0.2", "s1")), 201);
        assertRejected(409, "ip", () -> post(CONTAINERS, with(container("b", "10.1.0.3", "s1"), "ip", "10.1.0.2")));
        // the failed request held on to nothing: its name, MAC and port are free
        body(post(CONTAINERS, container("b", "10.1.0.3", "s1")), 201);
        assertEquals(2, f.containers.containers().size());
    }

    @Test
    public void rejectsUnusableOrTakenMacs() {
        ObjectNode a = container("a", "10.1.0.2", "s1");
        assertRejected(400, "mac", () -> post(CONTAINERS, with(a, "mac", "01:00:5e:00:00:01")));
        assertRejected(400, "mac", () -> post(CONTAINERS, with(a, "mac", "ff:ff:ff:ff:ff:ff")));
        assertRejected(400, "mac", () -> post(CONTAINERS, with(a, "mac", "00:00:00:00:00:00")));
        assertRejected(400, "mac", () -> post(CONTAINERS, with(a, "mac", "02:00:0a:01:00")));
        assertRejected(400, "mac", () -> post(CONTAINERS, with(a, "mac", web.gatewayMac().toString())));

        body(post(CONTAINERS, a), 201);
        ObjectNode b = container("b", "10.1.0.3", "s1");
        assertRejected(409, "mac", () -> post(CONTAINERS, with(b, "mac", a.get("mac").asText())));
        // MAC addresses are unique across tenants too: they share the servers' bridges
        assertRejected(409, "mac", () -> post(CONTAINERS, with(t2Container("b", "10.1.0.3", "s2"), "mac",
                                                                 a.get("mac").asText().toUpperCase())));
        body(post(CONTAINERS, b), 201);
    }

    @Test
    public void rejectsUnknownNetworksAndServers() {
        ObjectNode a = container("a", "10.1.0.2", "s1");
        assertRejected(404, "network", () -> post(CONTAINERS, with(a, "network", "nope")));
        assertRejected(404, "network", () -> post(CONTAINERS, with(a, "tenant", "t3")));
        assertRejected(404, "network", () -> post(CONTAINERS, with(a, "tenant", "t2")));
        assertRejected(404, "server", () -> post(CONTAINERS, with(a, "server", "s9")));
        assertRejected(404, "server", () -> post(CONTAINERS, with(a, "server", "of:0000000000000009")));
        assertThat(f.containers.containers().isEmpty(), is(true));
    }

    @Test
    public void rejectsInvalidNames() {
        ObjectNode a = container("a", "10.1.0.2", "s1");
        for (String bad : new String[]{"a b", "a/b", "x".repeat(65), "a:b", "\u00e4"}) {
            assertRejected(400, "id", () -> post(CONTAINERS, with(a, "id", bad)));
            assertRejected(400, "name", () -> post(CONTAINERS, with(a, "name", bad)));
            assertRejected(400, "portName", () -> post(CONTAINERS, with(a, "portName", bad)));
            assertRejected(400, "tenant", () -> post(CONTAINERS, with(a, "tenant", bad)));
            assertRejected(400, "network", () -> post(CONTAINERS, with(a, "network", bad)));
        }
        assertThat(f.containers.containers().isEmpty(), is(true));
        body(post(CONTAINERS, with(with(a, "id", "x".repeat(64)), "name", "y".repeat(64))), 201);
    }

    @Test
    public void rejectsTheNameOrPortOfAnother() {
        body(post(CONTAINERS, container("a", "10.1.0.2", "s1")), 201);
        ObjectNode b = container("b", "10.1.0.3", "s1");
        assertRejected(409, "name", () -> post(CONTAINERS, with(b, "name", "a")));
        assertRejected(409, "portName", () -> post(CONTAINERS, with(b, "portName", "veth-a")));
        // the name in another tenant, the port name on another server
        body(post(CONTAINERS, t2Container("a", "10.1.0.3", "s1").put("id", "id-a2").put("portName", "veth-a2")),
             201);
        body(post(CONTAINERS, with(container("b", "10.1.0.4", "s2"), "portName", "veth-a")), 201);
        assertEquals(3, f.containers.containers().size());
    }

    @Test
    public void rejectsMissingAndMistypedFields() {
        ObjectNode a = container("a", "10.1.0.2", "s1").put("tenant", "default");
        for (String field : new String[]{"id", "name", "network", "ip", "mac", "server", "portName"}) {
            assertRejected(400, field, () -> post(CONTAINERS, with(a, field, null)));
            assertRejected(400, field, () -> post(CONTAINERS, with(a, field, "")));
        }
        for (String field : new String[]{"id", "name", "tenant", "network", "ip", "mac", "server", "portName"}) {
            assertRejected(400, field, () -> post(CONTAINERS, with(a, field, IntNode.valueOf(7))));
            assertRejected(400, field, () -> post(CONTAINERS, with(a, field, BooleanNode.TRUE)));
            assertRejected(400, field, () -> post(CONTAINERS, with(a, field, MAPPER.createArrayNode().add("x"))));
        }
        assertRejected(400, "body", () -> post(CONTAINERS, a.toString().substring(1)));
        assertRejected(400, "body", () -> post(CONTAINERS, "{\"id\": \"id-a\",}"));
        assertRejected(400, "body", () -> post(CONTAINERS, "42"));
        assertThat(f.containers.containers().isEmpty(), is(true));
        body(post(CONTAINERS, a), 201);
    }

    @Test
    public void unknownContainersAndFiltersAreRejected() {
        body(post(CONTAINERS, container("a", "10.1.0.2", "s1")), 201);
        assertRejected(404, "container", () -> get("containers/nope"));
        assertRejected(404, "container", () -> get("containers/a", "tenant", "t2"));
        assertRejected(404, "container", () -> delete("containers/nope"));
        assertRejected(404, "container", () -> delete("containers/a", "tenant", "t2"));
        assertRejected(400, "tenant", () -> get("containers/a", "tenant", "t 2"));
        assertRejected(404, "network", () -> get(CONTAINERS, "network", "nope"));
        assertRejected(404, "network", () -> get(CONTAINERS, "network", "web", "tenant", "t2"));
        assertRejected(400, "network", () -> get(CONTAINERS, "network", "we b"));
        assertRejected(400, "tenant", () -> get(CONTAINERS, "tenant", "t/2"));
        assertRejected(404, "server", () -> get(CONTAINERS, "server", "s9"));
    }
}
