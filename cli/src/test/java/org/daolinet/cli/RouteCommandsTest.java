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
import org.daolinet.api.AccessDecision;
import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.api.Route;
import org.daolinet.api.RouteAdminService;
import org.daolinet.api.RouteKey;
import org.daolinet.api.RouteService;
import org.daolinet.api.RoutingStats;
import org.daolinet.impl.Packets;
import org.daolinet.impl.RegistryFixture;
import org.daolinet.impl.RoutingFixture;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.Ethernet;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.PortNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Tests of daolinet-routes and daolinet-stats on routes set up by PacketIns: the real routing
 * manager, on recording flow tables that confirm every batch at once, over the registry.
 * <pre>
 *   s1: a 10.1.0.2 default/web port 5, b 10.1.0.3 default/web port 6, d 10.2.0.2 default/db port 7,
 *       gateway port of default/web: 50
 *   s2: c 10.1.0.4 default/web port 5, a (id id-t2-a) 10.1.0.2 t2/web port 8, y 10.1.0.3 t2/web port 9
 * </pre>
 */
public class RouteCommandsTest extends CommandTestBase {

    /** Every route of {@link #setUpRoutes()} in the listed order, without the age column. */
    private static final List<List<String>> ALL = List.of(
            List.of("CONTAINER", "a", "c", "-", "s1", "2", "7", "700"),
            List.of("CONTAINER", "c", "a", "-", "s2", "2", "7", "700"),
            List.of("CONTAINER", "a", "y", "-", "s2", "1", "7", "700"),
            List.of("CONTAINER", "y", "a", "-", "s2", "1", "7", "700"),
            List.of("EGRESS", "a", "8.8.8.8", "-", "s1", "1", "7", "700"),
            List.of("EGRESS_RETURN", "a", "8.8.8.8", "-", "s1", "1", "7", "700"),
            List.of("DENY", "a", "d", "-", "s1", "1", "7", "700"));

    private static final int AGE = 6;

    private RoutingFixture routing;
    private Network web;
    private Container a;
    private Container b;
    private Container c;
    private Container t2a;
    private Container y;

    @Before
    public void setUpRouting() {
        routing = new RoutingFixture(f, null);
        routing.flows.autoComplete(true);
        directory.add(RouteService.class, routing.routing).add(RouteAdminService.class, routing.routing);
        f.addServer(1);
        f.addServer(2);
        web = f.addNetwork(null, "web", "10.1.0.0/24");
        Network db = f.addNetwork(null, "db", "10.2.0.0/24");
        Network t2web = f.addNetwork("t2", "web", "10.1.0.0/24");
        a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        b = f.addContainer("b", web.key(), "10.1.0.3", 1, 6);
        c = f.addContainer("c", web.key(), "10.1.0.4", 2, 5);
        f.addContainer("d", db.key(), "10.2.0.2", 1, 7);
        f.devices.addPort(device(2), 8, "veth-t2-a");
        t2a = f.containers.addContainer(RegistryFixture.containerBuilder("a", t2web.key(), "10.1.0.2", 2)
                                                .id("id-t2-a").portName("veth-t2-a").build());
        y = f.addContainer("y", t2web.key(), "10.1.0.3", 2, 9);
        f.devices.addPort(device(1), 50, web.gatewayPort());
    }

    @After
    public void tearDownRouting() {
        routing.stopRouting();
    }

    private void receive(Container from, long port, Ethernet frame) {
        routing.receive(new ConnectPoint(from.server(), PortNumber.portNumber(port)), frame);
    }

    private void ping(Container from, long port, Container to) {
        receive(from, port, Packets.ping(from.mac(), to.mac(), from.ip().toString(), to.ip().toString()));
    }

    private void pingThroughGateway(Container from, String dstIp) {
        receive(from, 5, Packets.ping(from.mac(), web.gatewayMac(), from.ip().toString(), dstIp));
    }

    /**
     * Sets up a to c across the servers (2 routes), a to 8.8.8.8 through the gateway (2), a to d
     * denied (1 set of drop rules) and t2's a to y on s2 (2).
     */
    private void setUpRoutes() {
        ping(a, 5, c);
        pingThroughGateway(a, "8.8.8.8");
        pingThroughGateway(a, "10.2.0.2");
        ping(t2a, 8, y);
    }

    private static RoutesListCommand list(String container, String tenant, String kind, String server) {
        RoutesListCommand command = new RoutesListCommand();
        command.container = container;
        command.tenant = tenant;
        command.kind = kind;
        command.server = server;
        return command;
    }

    /** Rows of a listing without the header and the age column. */
    private static List<List<String>> rows(Output output) {
        return output.lines().stream().skip(1).map(l -> {
            List<String> cells = new ArrayList<>(cells(l));
            cells.remove(AGE);
            return cells;
        }).collect(Collectors.toList());
    }

    private List<List<String>> listed(String container, String tenant, String kind, String server) {
        return rows(ok(list(container, tenant, kind, server)));
    }

    @Test
    public void listsRoutesAsTable() {
        setUpRoutes();
        long before = System.currentTimeMillis();
        Output output = ok(list(null, null, null, null));
        long after = System.currentTimeMillis();
        assertEquals(List.of("KIND", "SOURCE", "DESTINATION", "L4", "INGRESS", "RULES", "AGE", "PACKETS", "BYTES"),
                     cells(output.lines().get(0)));
        assertEquals(ALL, rows(output));
        long created = routing.routing.route(RouteKey.of(RouteKey.Kind.CONTAINER, a.id(), c.id())).createdMillis();
        String age = cells(output.lines().get(1)).get(AGE);
        assertThat(age, age.endsWith("s"), is(true));
        assertThat(Long.parseLong(age.substring(0, age.length() - 1)),
                   both(greaterThanOrEqualTo((before - created) / 1000))
                           .and(lessThanOrEqualTo((after - created) / 1000)));
    }

    @Test
    public void noRoutesIsAHeaderOnly() {
        assertEquals(1, ok(list(null, null, null, null)).lines().size());
    }

    @Test
    public void l4RoutesShowProtocolAndWhichPort() {
        routing.policy.all = AccessDecision.ALLOW_L4;
        receive(a, 5, Packets.tcp(a.mac(), c.mac(), "10.1.0.2", "10.1.0.4", 40000, 80));
        receive(a, 5, Packets.udp(a.mac(), b.mac(), "10.1.0.2", "10.1.0.3", 40000, 53));
        assertEquals(List.of(List.of("CONTAINER", "a", "b", "udp/dst:53", "s1", "1", "7", "700"),
                             List.of("CONTAINER", "a", "c", "tcp/dst:80", "s1", "2", "7", "700"),
                             List.of("CONTAINER", "b", "a", "udp/src:53", "s1", "1", "7", "700"),
                             List.of("CONTAINER", "c", "a", "tcp/src:80", "s2", "2", "7", "700")),
                     listed(null, null, null, null));
    }

    @Test
    public void filtersByContainerTenantKindAndServer() {
        setUpRoutes();
        List<List<String>> ofA = List.of(ALL.get(0), ALL.get(1), ALL.get(4), ALL.get(5), ALL.get(6));
        assertEquals(ofA, listed("a", null, null, null));
        assertEquals(ofA, listed("id-a", null, null, null));
        assertEquals(ofA, listed("a", "default", null, null));
        assertEquals(List.of(ALL.get(2), ALL.get(3)), listed("a", "t2", null, null));
        assertEquals(List.of(ALL.get(6)), listed("d", null, null, null));
        assertEquals(List.of(), listed("b", null, null, null));
        assertEquals(List.of(ALL.get(2), ALL.get(3)), listed(null, "t2", null, null));
        assertEquals(ofA, listed(null, "default", null, null));
        assertEquals(List.of(ALL.get(4)), listed(null, null, "egress", null));
        assertEquals(List.of(ALL.get(5)), listed(null, null, "EGRESS_RETURN", null));
        assertEquals(List.of(ALL.get(0), ALL.get(1), ALL.get(2), ALL.get(3)), listed(null, null, null, "s2"));
        assertEquals(ofA, listed(null, null, null, "of:0000000000000001"));
        assertEquals(List.of(ALL.get(0), ALL.get(1)), listed("a", null, "CONTAINER", "s2"));
    }

    @Test
    public void listsRoutesAsJsonThroughTheCodec() {
        setUpRoutes();
        JsonNode json = runJson(list(null, null, null, null)).json();
        assertThat(json.isArray(), is(true));
        assertEquals(7, json.size());
        JsonNode ac = json.get(0);
        assertEquals("CONTAINER", ac.get("kind").asText());
        assertEquals("id-a", ac.get("src").asText());
        assertEquals("a", ac.get("srcName").asText());
        assertEquals("id-c", ac.get("dst").asText());
        assertEquals("c", ac.get("dstName").asText());
        assertEquals("of:0000000000000001", ac.get("ingress").asText());
        assertEquals("s1", ac.get("ingressName").asText());
        assertEquals("[\"of:0000000000000001\",\"of:0000000000000002\"]", ac.get("servers").toString());
        assertEquals(7, ac.get("packets").asLong());
        assertEquals(700, ac.get("bytes").asLong());
        Route route = routing.routing.route(RouteKey.of(RouteKey.Kind.CONTAINER, a.id(), c.id()));
        assertEquals(2, ac.get("rules").size());
        assertEquals(Long.toString(route.rules().get(1).id().value()), ac.get("rules").get(1).get("id").asText());
        assertEquals("of:0000000000000002", ac.get("rules").get(1).get("device").asText());

        JsonNode t2 = runJson(list("a", "t2", null, null)).json();
        assertEquals(2, t2.size());
        assertEquals("id-t2-a", t2.get(0).get("src").asText());
        assertEquals("id-y", t2.get(0).get("dst").asText());
    }

    @Test
    public void rejectsBadFilters() {
        setUpRoutes();
        String error = assertRejected(list(null, null, "bogus", null), "kind");
        assertEquals("Error: kind: 'bogus' is not a route kind "
                             + "(one of [CONTAINER, EGRESS, EGRESS_RETURN, DENY, DENY_EGRESS, PUBLISHED, "
                             + "PUBLISHED_RETURN, DENY_PUBLISHED])", error);
        assertRejected(list(null, null, null, "s9"), "server");
        assertRejected(list(null, null, null, "of:1"), "server");
        assertRejected(list("nope", null, null, null), "container");
        assertRejected(list("c", "t2", null, null), "container");
        assertRejected(list("id-c", "t2", null, null), "container");
        assertRejected(list("a b", null, null, null), "container");
        assertRejected(list(null, "t 2", null, null), "tenant");
        assertRejected(list("a", "t/2", null, null), "tenant");
        assertEquals(7, routing.routing.routes().size());
    }

    @Test
    public void statsCountPacketInsByKindSetUpsDenialsSpoofsAndRevocations() {
        receive(a, 5, Packets.arpRequest(a.mac(), "10.1.0.2", "10.1.0.4"));
        ping(a, 5, c);
        pingThroughGateway(a, "8.8.8.8");
        pingThroughGateway(a, "10.2.0.2");
        // b's IP from a's port
        receive(a, 5, Packets.ping(a.mac(), b.mac(), "10.1.0.3", "10.1.0.2"));
        assertEquals(2, routing.routing.revokeContainer(c.id()));

        RoutingStats stats = routing.routing.stats();
        List<String> lines = ok(new StatsCommand()).lines();
        assertEquals(List.of("COUNTER", "VALUE"), cells(lines.get(0)));
        assertEquals(List.of(
                "packetInArp 1", "packetInIpv4 4", "packetInOther 0", "arpReplies 1", "arpDropped 0",
                "routesSetUp 1", "egressSetUp 1", "publishedSetUp 0", "packetsForwarded 2", "denied 1", "spoofDrops 1",
                "unknownSource 0", "unroutable 0", "rateLimited 0", "revocations 2", "expired 0", "staleSetups 0",
                "installFailures 0", "setupLatencySamples 2",
                "setupLatencyP50Micros " + stats.p50Micros(), "setupLatencyP90Micros " + stats.p90Micros(),
                "setupLatencyP99Micros " + stats.p99Micros(), "setupLatencyMaxMicros " + stats.maxMicros()),
                     lines.stream().skip(1).map(l -> String.join(" ", cells(l))).collect(Collectors.toList()));

        JsonNode json = runJson(new StatsCommand()).json();
        assertEquals(18, json.get("counters").size());
        assertEquals(4, json.get("counters").get("packetInIpv4").asLong());
        assertEquals(2, json.get("counters").get("revocations").asLong());
        assertEquals(1, json.get("counters").get("spoofDrops").asLong());
        assertEquals("{\"samples\":2,\"p50\":" + stats.p50Micros() + ",\"p90\":" + stats.p90Micros()
                             + ",\"p99\":" + stats.p99Micros() + ",\"max\":" + stats.maxMicros() + "}",
                     json.get("setupLatencyMicros").toString());
    }
}
