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
package org.daolinet.impl;

import org.daolinet.api.Container;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.PortMapping;
import org.daolinet.api.Protocol;
import org.daolinet.api.Route;
import org.daolinet.api.Selector;
import org.daolinet.api.Server;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.Ethernet;
import org.onlab.packet.IPv4;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onlab.packet.TCP;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.flow.FlowRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Truth tables of the access policy: three networks in two tenants (two of them with the same
 * CIDR), nine containers on two servers, and a scripted sequence of policy changes. After each step
 * the reachability of every ordered pair (ICMP echo and TCP to port 80 and 22) is checked three
 * ways against an independent model of the precedence rules: the policy's decision, the frames
 * walked through the simulated flow tables with the controller in the loop, and the rules of the
 * routes that were installed before the step (revoked ones are gone from both servers at once).
 */
public class PolicyTruthTableTest {

    private static final String T2 = "t2";

    private RoutingFixture f;
    private SimulatedDataPlane plane;
    private final Map<String, Container> c = new LinkedHashMap<>();
    private Network web;
    private Network db;
    private Network app;
    private final Model model = new Model();

    /** The probes every pair is checked with: ICMP echo, TCP/80, TCP/22. */
    private enum Probe {
        ICMP(1, 0), HTTP(6, 80), SSH(6, 22);

        final int protocol;
        final int port;

        Probe(int protocol, int port) {
            this.protocol = protocol;
            this.port = port;
        }
    }

    @Before
    public void setUp() {
        f = new RoutingFixture(null);
        plane = new SimulatedDataPlane(f);
        f.reg.addServer(1);
        f.reg.addServer(2);
        web = f.reg.addNetwork(null, "web", "10.1.0.0/24");
        db = f.reg.addNetwork(null, "db", "10.2.0.0/24");
        app = f.reg.addNetwork(T2, "app", "10.1.0.0/24");
        add("w1", web, "10.1.0.2", 1, 11);
        add("w2", web, "10.1.0.3", 2, 12);
        add("w3", web, "10.1.0.4", 1, 13);
        add("d1", db, "10.2.0.2", 1, 14);
        add("d2", db, "10.2.0.3", 2, 15);
        add("d3", db, "10.2.0.4", 2, 16);
        // tenant t2 reuses web's CIDR, and a1 has w1's IP
        add("a1", app, "10.1.0.2", 1, 21);
        add("a2", app, "10.1.0.3", 2, 22);
        add("a3", app, "10.1.0.9", 1, 23);
    }

    @After
    public void tearDown() {
        f.tearDown();
    }

    private void add(String name, Network n, String ip, int server, long port) {
        c.put(name, f.reg.addContainer(name, n.key(), ip, server, port));
    }

    private Container c(String name) {
        return c.get(name);
    }

    private Ethernet frame(Container from, Container to, Probe p) {
        Network fromNet = f.reg.networks.network(from.network());
        MacAddress dstMac = from.network().equals(to.network()) ? to.mac() : fromNet.gatewayMac();
        String src = from.ip().toString();
        String dst = to.ip().toString();
        switch (p) {
            case ICMP:
                return Packets.ping(from.mac(), dstMac, src, dst);
            default:
                return Packets.tcp(from.mac(), dstMac, src, dst, 40000, p.port);
        }
    }

    /** Sends a probe through the data plane and tells whether it reached its container intact. */
    private boolean reaches(Container from, Container to, Probe p) {
        SimulatedDataPlane.Result r = plane.send(from, frame(from, to, p));
        if (r.deliveredTo == null) {
            return false;
        }
        assertEquals("delivered to the right container", to.id(), r.deliveredTo.id());
        IPv4 ip = (IPv4) r.frame.getPayload();
        assertEquals("source IP restored", from.ip().getIp4Address().toInt(), ip.getSourceAddress());
        assertEquals("destination IP restored", to.ip().getIp4Address().toInt(), ip.getDestinationAddress());
        assertEquals("destination MAC is the receiver's", to.mac(), r.frame.getDestinationMAC());
        if (p != Probe.ICMP) {
            assertEquals(p.port, ((TCP) ip.getPayload()).getDestinationPort());
        }
        return true;
    }

    /**
     * Checks every ordered pair of a tenant against the model: decisions and data plane.
     */
    private void checkMatrix(String step) {
        List<String> errors = new ArrayList<>();
        for (Container x : c.values()) {
            for (Container y : c.values()) {
                if (x == y || !x.tenant().equals(y.tenant())) {
                    continue;
                }
                for (Probe p : Probe.values()) {
                    boolean expected = model.allowed(x, y, p);
                    boolean decided = f.policy.decide(x, y, p.protocol, p.port).allowed();
                    if (decided != expected) {
                        errors.add(String.format("%s: decision %s->%s %s is %s", step, x.name(), y.name(), p,
                                                 decided));
                    }
                    boolean reached = reaches(x, y, p);
                    if (reached != expected) {
                        errors.add(String.format("%s: %s->%s %s %s", step, x.name(), y.name(), p,
                                                 reached ? "got through" : "was dropped"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            fail(String.join("\n", errors));
        }
    }

    /** Returns every route installed now with its rules, to check a step's revocations against. */
    private Map<Route, List<FlowRule>> installedRoutes() {
        Map<Route, List<FlowRule>> m = new HashMap<>();
        for (Route r : f.routing.routes()) {
            m.put(r, r.rules());
        }
        return m;
    }

    /**
     * Checks the routes installed before a change: those of container pairs the model no longer
     * allows are gone (rules removed on every server); those it still allows at the same
     * granularity are untouched.
     */
    private void checkRevocations(String step, Map<Route, List<FlowRule>> before) {
        for (Map.Entry<Route, List<FlowRule>> e : before.entrySet()) {
            Route r = e.getKey();
            if (r.key().kind() != org.daolinet.api.RouteKey.Kind.CONTAINER || r.key().sourcePort()) {
                continue;
            }
            Container x = f.reg.containers.container(r.key().src());
            Container y = f.reg.containers.container(r.key().dst());
            boolean stillAllowed = x != null && y != null && (allowedForKey(x, y, r) || allowedForKey(y, x, r));
            for (FlowRule rule : e.getValue()) {
                if (!stillAllowed) {
                    assertTrue(step + ": rule of revoked route " + r.key() + " still on " + rule.deviceId(),
                               !f.flows.installed(rule) || f.routing.route(r.key()) != null);
                }
            }
            if (!stillAllowed) {
                assertNull(step + ": revoked route " + r.key() + " still tracked", f.routing.route(r.key()));
            }
        }
    }

    private boolean allowedForKey(Container x, Container y, Route r) {
        for (Probe p : Probe.values()) {
            if ((!r.key().l4() || p.protocol == r.key().protocol()) && model.allowed(x, y, p)) {
                return true;
            }
        }
        return false;
    }

    private void step(String name, Runnable change) {
        Map<Route, List<FlowRule>> before = installedRoutes();
        change.run();
        checkRevocations(name, before);
        checkMatrix(name);
    }

    @Test
    public void scriptedSequenceOfChanges() {
        step("initially only networks talk inside", () -> { });
        assertTrue("routes were set up", f.routing.routes().size() > 0);

        step("group g1 joins web and db", () -> {
            f.policy.createGroup(null, "g1", Set.of("web", "db"));
            model.group("g1", "web", "db");
        });

        step("w1 and w2 disconnected", () -> {
            f.policy.setPairPolicy(c("w1").id(), c("w2").id(), PairPolicy.Action.DISCONNECT);
            model.pair("w1", "w2", PairPolicy.Action.DISCONNECT);
        });

        step("no ssh into db (L4 deny)", () -> {
            FirewallRule r = rule("no-ssh", 200, FirewallRule.Action.DENY, "any", "network:db", Protocol.TCP, "22");
            f.policy.addFirewallRule(r);
            model.rule(r);
        });

        step("w3 may not reach db at all (L3 deny, one direction)", () -> {
            FirewallRule r = rule("w3-out", 300, FirewallRule.Action.DENY, "container:w3", "network:db",
                                  Protocol.ANY, null);
            f.policy.addFirewallRule(r);
            model.rule(r);
        });

        step("w3 and d2 connected: a pair policy beats the firewall", () -> {
            f.policy.setPairPolicy(c("w3").id(), c("d2").id(), PairPolicy.Action.CONNECT);
            model.pair("w3", "d2", PairPolicy.Action.CONNECT);
        });

        step("db leaves the group", () -> {
            f.policy.removeMember(null, "g1", "db");
            model.ungroup("g1", "db");
        });

        step("w1 and w2 cleared", () -> {
            f.policy.clearPairPolicy(c("w1").id(), c("w2").id());
            model.clear("w1", "w2");
        });

        step("w3-out removed", () -> {
            f.policy.removeFirewallRule(null, "w3-out");
            model.unrule("w3-out");
        });

        step("db may serve http to web (L4 allow)", () -> {
            FirewallRule r = rule("web-http", 100, FirewallRule.Action.ALLOW, "network:web", "network:db",
                                  Protocol.TCP, "80");
            f.policy.addFirewallRule(r);
            model.rule(r);
        });

        step("cidr rule: nothing from 10.1.0.4/32 to d1", () -> {
            FirewallRule r = rule("cidr-block", 500, FirewallRule.Action.DENY, "cidr:10.1.0.4/32",
                                  "container:d1", Protocol.ANY, null);
            f.policy.addFirewallRule(r);
            model.rule(r);
        });

        step("group g2 of t2 is only app: nothing changes there", () -> {
            f.policy.createGroup(T2, "g2", Set.of("app"));
        });

        step("d2 removed: all its routes go", () -> {
            Container d2 = c.remove("d2");
            f.reg.containers.removeContainer(d2.id());
            assertTrue(f.routing.routesOf(d2.id()).isEmpty());
            assertTrue("no rule of d2 left", f.flows.rules().stream()
                    .noneMatch(r -> r.selector().toString().contains(d2.mac().toString())));
        });
    }

    @Test
    public void publishedPortsFollowTheirMappingAndTheFirewall() {
        checkMatrix("before publishing");
        Server s2 = f.reg.servers.serverByName("s2");
        Container w1 = c("w1");
        PortMapping m = PortMapping.builder().name("w1-http").containerId(w1.id()).protocol(Protocol.TCP)
                .server(s2.deviceId()).serverPort(8080).containerPort(80).build();
        f.mappings.addMapping(m);
        ConnectPoint s2Uplink = new ConnectPoint(s2.deviceId(), f.reg.servers.uplinkPort(s2.deviceId()));
        assertNotNull("the punt rule of the published port is on s2", f.flows.rules(s2.deviceId()).stream()
                .filter(r -> r.priority() == 47000).findFirst().orElse(null));

        MacAddress router = MacAddress.valueOf("02:aa:bb:cc:dd:ee");
        Ethernet syn = Packets.tcp(router, s2.mac(), "203.0.113.7", s2.ip().toString(), 51000, 8080);
        SimulatedDataPlane.Result in = plane.walk(s2Uplink, syn);
        assertEquals("the client reaches w1 on s1 through s2", w1.id(), in.deliveredTo.id());
        IPv4 ip = (IPv4) in.frame.getPayload();
        assertEquals(w1.ip().getIp4Address().toInt(), ip.getDestinationAddress());
        assertEquals(IpAddress.valueOf("203.0.113.7").getIp4Address().toInt(), ip.getSourceAddress());
        assertEquals(80, ((TCP) ip.getPayload()).getDestinationPort());

        Ethernet reply = Packets.tcp(w1.mac(), web.gatewayMac(), w1.ip().toString(), "203.0.113.7", 80, 51000);
        List<FlowRule> replyPath = new ArrayList<>();
        FlowRule first = f.flows.rules(w1.server()).stream().filter(r -> r.priority() == 47100
                && r.selector().toString().contains("TCP_SRC:80")).findFirst().orElse(null);
        assertNotNull("the reply path leaves w1's server", first);
        replyPath.add(first);
        assertTrue(replyPath.get(0).treatment().toString().contains(s2.mac().toString()));

        f.mappings.removeMapping("w1-http");
        assertTrue("published routes revoked on both servers", f.routing.routes().stream()
                .noneMatch(r -> r.key().kind() == org.daolinet.api.RouteKey.Kind.PUBLISHED
                        || r.key().kind() == org.daolinet.api.RouteKey.Kind.PUBLISHED_RETURN));
        assertTrue("no published rule left", f.flows.rules().stream().noneMatch(r -> r.priority() >= 47000
                && r.priority() < 48000));
        assertNull("the reply has no way out any more", plane.send(w1, reply).deliveredTo);
    }

    private static FirewallRule rule(String name, int priority, FirewallRule.Action action, String src, String dst,
                                     Protocol protocol, String ports) {
        return FirewallRule.builder().name(name).priority(priority).action(action)
                .src(Selector.parse("src", src)).dst(Selector.parse("dst", dst)).protocol(protocol).ports(ports)
                .build();
    }

    /**
     * An independent, deliberately naive model of DAOLINET.md section 2: first match wins among a
     * pair policy, the firewall rules by priority, same network, a shared group; otherwise denied.
     */
    private final class Model {
        private final Map<String, Set<String>> groups = new HashMap<>();
        private final Map<Set<String>, PairPolicy.Action> pairs = new HashMap<>();
        private final List<FirewallRule> rules = new ArrayList<>();

        void group(String name, String... networks) {
            groups.computeIfAbsent(name, n -> new HashSet<>()).addAll(List.of(networks));
        }

        void ungroup(String name, String network) {
            groups.get(name).remove(network);
        }

        void pair(String a, String b, PairPolicy.Action action) {
            pairs.put(Set.of(c(a).id(), c(b).id()), action);
        }

        void clear(String a, String b) {
            pairs.remove(Set.of(c(a).id(), c(b).id()));
        }

        void rule(FirewallRule r) {
            rules.add(r);
        }

        void unrule(String name) {
            rules.removeIf(r -> r.name().equals(name));
        }

        boolean selects(Selector s, Container x) {
            switch (s.kind()) {
                case CONTAINER:
                    return x.name().equals(s.name());
                case NETWORK:
                    return x.network().name().equals(s.name());
                case GROUP:
                    return groups.getOrDefault(s.name(), Set.of()).contains(x.network().name());
                case CIDR:
                    return s.cidr().contains(x.ip());
                default:
                    return true;
            }
        }

        boolean allowed(Container x, Container y, Probe p) {
            if (!x.tenant().equals(y.tenant())) {
                return false;
            }
            PairPolicy.Action pair = pairs.get(Set.of(x.id(), y.id()));
            if (pair != null) {
                return pair == PairPolicy.Action.CONNECT;
            }
            List<FirewallRule> sorted = new ArrayList<>(rules);
            sorted.sort(Comparator.comparingInt(FirewallRule::priority).reversed());
            for (FirewallRule r : sorted) {
                if (r.tenant().equals(x.tenant()) && selects(r.src(), x) && selects(r.dst(), y)
                        && r.matches(p.protocol, p.port)) {
                    return r.action() == FirewallRule.Action.ALLOW;
                }
            }
            if (x.network().equals(y.network())) {
                return true;
            }
            NetworkKey xn = x.network();
            NetworkKey yn = y.network();
            return x.tenant().equals(NetworkKey.DEFAULT_TENANT) && groups.values().stream()
                    .anyMatch(g -> g.contains(xn.name()) && g.contains(yn.name()));
        }
    }
}
