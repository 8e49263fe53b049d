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
import org.daolinet.api.Network;
import org.daolinet.api.RouteKey;
import org.junit.Test;
import org.onlab.packet.Ethernet;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.packet.OutboundPacket;
import org.onosproject.net.packet.PacketContext;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * Hot-plug routes: the exact rules for same-server and cross-server pairs in both directions, the
 * ordering of rules and the first packet, denials, spoofing, revocation and expiry.
 */
public class RoutingHandlerTest extends RoutingTestBase {

    private static TrafficSelector fromContainer(Container src, long port, String dstIp) {
        return DefaultTrafficSelector.builder().matchInPort(port(port)).matchEthType(Ethernet.TYPE_IPV4)
                .matchEthSrc(src.mac()).matchIPSrc(host(src.ip().toString())).matchIPDst(host(dstIp)).build();
    }

    private static TrafficSelector fromUplink(Container src, Container dst) {
        return DefaultTrafficSelector.builder().matchInPort(UPLINK).matchEthType(Ethernet.TYPE_IPV4)
                .matchIPSrc(host(src.vip().toString())).matchIPDst(host(dst.vip().toString())).build();
    }

    @Test
    public void sameServerRouteBothDirections() {
        PacketContext ctx = f.receive(at(S1, 5), ping(a, b.mac(), "10.1.0.3"));
        assertTrue("DaoliNet owns the packet", ctx.isHandled());
        assertEquals("one batch", 1, f.flows.batches.size());
        f.flows.completeAll();

        FlowRule ab = ruleWith(S1, fromContainer(a, 5, "10.1.0.3"));
        assertEquals(DefaultTrafficTreatment.builder().setEthSrc(a.mac()).setEthDst(b.mac())
                             .setOutput(port(6)).build(), ab.treatment());
        assertRouteRule(ab, 40000, 8, 12);
        FlowRule ba = ruleWith(S1, fromContainer(b, 6, "10.1.0.2"));
        assertEquals(DefaultTrafficTreatment.builder().setEthSrc(b.mac()).setEthDst(a.mac())
                             .setOutput(port(5)).build(), ba.treatment());
        assertEquals("both directions expire together", ab.timeout(), ba.timeout());
        assertEquals("nothing on s2", 0, routeRules(S2).size());

        assertEquals(1, f.packets.emitted.size());
        OutboundPacket out = f.packets.emitted.get(0);
        assertEquals(S1, out.sendThrough());
        assertEquals("the first packet takes the forward rule's actions", ab.treatment(), out.treatment());
        assertArrayEquals(ping(a, b.mac(), "10.1.0.3").serialize(), out.data().array());
        assertNotNull(f.routing.route(RouteKey.of(RouteKey.Kind.CONTAINER, a.id(), b.id())));
        assertNotNull(f.routing.route(RouteKey.of(RouteKey.Kind.CONTAINER, b.id(), a.id())));
    }

    @Test
    public void crossServerRouteRewritesToServersAndVips() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        assertEquals("no PacketOut before the rules are confirmed", 0, f.packets.emitted.size());
        f.flows.completeAll();

        FlowRule ingress = ruleWith(S1, fromContainer(a, 5, "10.1.0.4"));
        assertEquals(DefaultTrafficTreatment.builder().setEthSrc(s1.mac()).setEthDst(s2.mac())
                             .setIpSrc(a.vip()).setIpDst(c.vip()).setOutput(UPLINK).build(), ingress.treatment());
        FlowRule delivery = ruleWith(S2, fromUplink(a, c));
        assertEquals(DefaultTrafficTreatment.builder().setEthSrc(a.mac()).setEthDst(c.mac())
                             .setIpSrc(a.ip()).setIpDst(c.ip()).setOutput(port(5)).build(), delivery.treatment());
        FlowRule back = ruleWith(S2, fromContainer(c, 5, "10.1.0.2"));
        assertEquals(DefaultTrafficTreatment.builder().setEthSrc(s2.mac()).setEthDst(s1.mac())
                             .setIpSrc(c.vip()).setIpDst(a.vip()).setOutput(UPLINK).build(), back.treatment());
        FlowRule backDelivery = ruleWith(S1, fromUplink(c, a));
        assertEquals(DefaultTrafficTreatment.builder().setEthSrc(c.mac()).setEthDst(a.mac())
                             .setIpSrc(c.ip()).setIpDst(a.ip()).setOutput(port(5)).build(),
                     backDelivery.treatment());
        for (FlowRule r : new FlowRule[]{ingress, delivery, back, backDelivery}) {
            assertRouteRule(r, 40000, 8, 12);
            assertEquals("one timeout for the whole route", ingress.timeout(), r.timeout());
        }
        assertEquals(2, routeRules(S1).size());
        assertEquals(2, routeRules(S2).size());
        assertEquals(1, f.packets.emitted.size());
        assertEquals(S1, f.packets.emitted.get(0).sendThrough());
        assertEquals(ingress.treatment(), f.packets.emitted.get(0).treatment());
        assertEquals(1, f.routing.stats().counter("routesSetUp"));
    }

    @Test
    public void firstPacketWaitsForBothServersAndIsDroppedOnFailure() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        assertEquals(1, f.flows.pendingBatches());
        assertEquals(0, f.packets.emitted.size());
        f.flows.failAll();
        assertEquals("no PacketOut when a server refused a rule", 0, f.packets.emitted.size());
        assertNull(f.routing.route(RouteKey.of(RouteKey.Kind.CONTAINER, a.id(), c.id())));
        assertEquals(1, f.routing.stats().counter("installFailures"));
    }

    @Test
    public void packetsArrivingDuringSetUpRideAlong() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        assertEquals("one set-up for both packets", 1, f.flows.batches.size());
        f.flows.completeAll();
        assertEquals(2, f.packets.emitted.size());
        // a duplicate PacketIn right after the set-up is sent on, not set up again
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        assertEquals(1, f.flows.batches.size());
        assertEquals(3, f.packets.emitted.size());
    }

    @Test
    public void aSetUpHoldsAtMostSixteenPackets() {
        for (int i = 0; i < 20; i++) {
            f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        }
        assertEquals("one set-up for all packets", 1, f.flows.batches.size());
        f.flows.completeAll();
        assertEquals("the first and 15 that joined it; the sender retransmits the rest", 16,
                     f.packets.emitted.size());
        assertEquals(16, f.routing.stats().counter("packetsForwarded"));
    }

    @Test
    public void differentNetworksAreDeniedWithADropRule() {
        f.receive(at(S1, 5), ping(a, web.gatewayMac(), "10.2.0.2"));
        f.flows.completeAll();
        FlowRule drop = ruleWith(S1, fromContainer(a, 5, "10.2.0.2"));
        assertEquals(DefaultTrafficTreatment.builder().drop().build(), drop.treatment());
        assertRouteRule(drop, 40100, 5, 5);
        assertEquals("nothing forwarded", 0, f.packets.emitted.size());
        assertEquals(1, f.routing.stats().counter("denied"));
        assertNotNull("drop rules are tracked for revocation",
                      f.routing.route(RouteKey.of(RouteKey.Kind.DENY, a.id(), d.id())));
    }

    @Test
    public void spoofedSourceIpGetsNoRouteAndADropRule() {
        f.receive(at(S1, 5), Packets.ping(a.mac(), b.mac(), "10.1.0.9", "10.1.0.3"));
        f.flows.completeAll();
        TrafficSelector match = DefaultTrafficSelector.builder().matchInPort(port(5)).matchEthSrc(a.mac())
                .matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(host("10.1.0.9")).build();
        FlowRule drop = ruleWith(S1, match);
        assertEquals(DefaultTrafficTreatment.builder().drop().build(), drop.treatment());
        assertEquals(50000, drop.priority());
        assertEquals(1, routeRules(S1).size());
        assertEquals(0, f.packets.emitted.size());
        assertEquals(1, f.routing.stats().counter("spoofDrops"));
    }

    @Test
    public void spoofedSourceMacGetsNoRoute() {
        // b's MAC (and IP) sent from a's port
        f.receive(at(S1, 5), Packets.ping(b.mac(), a.mac(), "10.1.0.3", "10.1.0.2"));
        f.flows.completeAll();
        TrafficSelector match = DefaultTrafficSelector.builder().matchInPort(port(5)).matchEthSrc(b.mac()).build();
        assertEquals(50000, ruleWith(S1, match).priority());
        assertEquals(1, routeRules(S1).size());
        assertEquals(0, f.packets.emitted.size());
    }

    @Test
    public void unknownPortRoutesNothing() {
        f.reg.devices.addPort(S1, 9, "veth-stranger");
        f.receive(at(S1, 9), Packets.ping(MacAddress.valueOf("02:00:00:00:00:99"), b.mac(), "10.1.0.99",
                                          "10.1.0.3"));
        assertEquals(0, f.flows.batches.size());
        assertEquals(0, f.packets.emitted.size());
        assertEquals(1, f.routing.stats().counter("unknownSource"));
    }

    @Test
    public void removingAContainerRevokesItsRoutesOnBothServers() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        f.flows.completeAll();
        assertEquals(4, routeRules().size());
        f.flows.autoComplete(true);
        f.reg.containers.removeContainer(c.id());
        assertEquals("rules gone on s1", 0, routeRules(S1).size());
        assertEquals("rules gone on s2", 0, routeRules(S2).size());
        assertThat(f.routing.routes().isEmpty(), is(true));
        assertEquals(2, f.routing.stats().counter("revocations"));
    }

    @Test
    public void expiryTakesTheWholeDirectionAway() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        f.flows.completeAll();
        f.flows.autoComplete(true);
        FlowRule ingress = ruleWith(S1, fromContainer(a, 5, "10.1.0.4"));
        f.flows.expire(ingress);
        assertFalse("its partner on s2 is removed", f.flows.rules(S2).stream()
                .anyMatch(r -> r.selector().equals(fromUplink(a, c))));
        assertNull(f.routing.route(RouteKey.of(RouteKey.Kind.CONTAINER, a.id(), c.id())));
        assertNotNull("the other direction lives on", f.routing.route(
                RouteKey.of(RouteKey.Kind.CONTAINER, c.id(), a.id())));
        assertEquals(1, f.routing.stats().counter("expired"));
    }

    @Test
    public void vipTrafficFromTheUplinkReplugsTheRoute() {
        Ethernet onWire = Packets.ping(s1.mac(), s2.mac(), a.vip().toString(), c.vip().toString());
        f.receive(at(S2, 100), onWire);
        f.flows.completeAll();
        FlowRule delivery = ruleWith(S2, fromUplink(a, c));
        assertEquals(1, f.packets.emitted.size());
        OutboundPacket out = f.packets.emitted.get(0);
        assertEquals("sent on from the server where it arrived", S2, out.sendThrough());
        assertEquals(delivery.treatment(), out.treatment());
        assertNotNull(ruleWith(S1, fromContainer(a, 5, "10.1.0.4")));
    }

    @Test
    public void containerMovedDuringSetUpGetsNoRoute() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        f.reg.devices.addPort(device(2), 8, "veth-c2");
        f.reg.containerStore.updateContainer(c.toBuilder().portName("veth-c2").build());
        f.flows.autoComplete(true);
        f.flows.completeAll();
        assertEquals("the packet is not sent to the old location", 0, f.packets.emitted.size());
        assertEquals("the rules of the stale set-up are removed", 0, routeRules().size());
        assertEquals(1, f.routing.stats().counter("staleSetups"));
    }

    @Test
    public void containerRemovedDuringSetUpGetsNoRoute() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        f.reg.containerStore.removeContainer(c.id());
        f.flows.autoComplete(true);
        f.flows.completeAll();
        assertEquals("the packet is not sent", 0, f.packets.emitted.size());
        assertEquals("the rules of the stale set-up are removed", 0, routeRules().size());
        assertEquals(1, f.routing.stats().counter("staleSetups"));
    }

    @Test
    public void unrelatedChangeDuringSetUpKeepsTheRoute() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        // the registry's version moves on: the endpoints are looked up again, and found unchanged
        f.reg.addContainer("x", web.key(), "10.1.0.9", 2, 9);
        f.reg.devices.removePort(S2, 9);
        f.flows.autoComplete(true);
        f.flows.completeAll();
        assertEquals("the first packet is sent on", 1, f.packets.emitted.size());
        assertEquals("a->c and c->a on s1 and s2", 4, routeRules().size());
        assertNotNull(f.routing.route(RouteKey.of(RouteKey.Kind.CONTAINER, a.id(), c.id())));
        assertEquals(0, f.routing.stats().counter("staleSetups"));
    }

    @Test
    public void overlappingCidrsInTwoTenantsResolveWithinTheTenant() {
        f.flows.autoComplete(true);
        Network x = f.reg.addNetwork("t1", "x", "10.9.0.0/24");
        Network y = f.reg.addNetwork("t2", "y", "10.9.0.0/24");
        Container p = f.reg.addContainer("p", x.key(), "10.9.0.2", 1, 20);
        Container q = f.reg.addContainer("q", x.key(), "10.9.0.3", 2, 20);
        Container r = f.reg.addContainer("r", y.key(), "10.9.0.2", 1, 21);
        Container s = f.reg.addContainer("s", y.key(), "10.9.0.3", 2, 21);
        f.flows.autoComplete(false);

        f.receive(at(S1, 20), ping(p, q.mac(), "10.9.0.3"));
        f.receive(at(S1, 21), ping(r, s.mac(), "10.9.0.3"));
        f.flows.completeAll();
        FlowRule pq = ruleWith(S1, fromContainer(p, 20, "10.9.0.3"));
        FlowRule rs = ruleWith(S1, fromContainer(r, 21, "10.9.0.3"));
        assertEquals(DefaultTrafficTreatment.builder().setEthSrc(s1.mac()).setEthDst(s2.mac())
                             .setIpSrc(p.vip()).setIpDst(q.vip()).setOutput(UPLINK).build(), pq.treatment());
        assertEquals(DefaultTrafficTreatment.builder().setEthSrc(s1.mac()).setEthDst(s2.mac())
                             .setIpSrc(r.vip()).setIpDst(s.vip()).setOutput(UPLINK).build(), rs.treatment());
        assertEquals(DefaultTrafficTreatment.builder().setEthSrc(p.mac()).setEthDst(q.mac())
                             .setIpSrc(IpAddress.valueOf("10.9.0.2")).setIpDst(IpAddress.valueOf("10.9.0.3"))
                             .setOutput(PortNumber.portNumber(20)).build(),
                     ruleWith(S2, fromUplink(p, q)).treatment());
        assertEquals(DefaultTrafficTreatment.builder().setEthSrc(r.mac()).setEthDst(s.mac())
                             .setIpSrc(IpAddress.valueOf("10.9.0.2")).setIpDst(IpAddress.valueOf("10.9.0.3"))
                             .setOutput(PortNumber.portNumber(21)).build(),
                     ruleWith(S2, fromUplink(r, s)).treatment());
    }

    @Test
    public void infrastructureRulesCarryTheServersOwnTraffic() {
        java.util.List<FlowRule> infra = f.flows.rules(S1).stream().filter(FlowRule::isPermanent)
                .collect(java.util.stream.Collectors.toList());
        assertEquals(7, infra.size());
        TrafficTreatment toLocal = DefaultTrafficTreatment.builder().setOutput(PortNumber.LOCAL).build();
        TrafficTreatment toUplink = DefaultTrafficTreatment.builder().setOutput(UPLINK).build();
        FlowRule arpIn = ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(UPLINK)
                .matchEthType(Ethernet.TYPE_ARP).matchArpTpa(s1.ip().getIp4Address()).build());
        assertEquals(toLocal, arpIn.treatment());
        assertEquals(46000, arpIn.priority());
        assertEquals(toLocal, ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(UPLINK)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPDst(host("192.168.0.1")).build()).treatment());
        assertEquals(toUplink, ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(PortNumber.LOCAL)
                .matchEthType(Ethernet.TYPE_ARP).matchArpSpa(s1.ip().getIp4Address()).build()).treatment());
        assertEquals(toUplink, ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(PortNumber.LOCAL)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(host("192.168.0.1")).build()).treatment());
        FlowRule punt = ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(UPLINK)
                .matchEthType(Ethernet.TYPE_IPV4).matchEthDst(s1.mac()).build());
        assertEquals(DefaultTrafficTreatment.builder().punt().build(), punt.treatment());
        assertEquals(1000, punt.priority());
        FlowRule uplinkDrop = ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(UPLINK).build());
        assertEquals(DefaultTrafficTreatment.builder().drop().build(), uplinkDrop.treatment());
        assertEquals(900, uplinkDrop.priority());
        assertEquals(900, ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(PortNumber.LOCAL).build())
                .priority());
        for (FlowRule r : infra) {
            assertEquals(RoutingFixture.APP_ID.id(), r.appId());
        }
    }

    @Test
    public void trafficBetweenNetworksIsRoutedThroughTheGateways() {
        f.policy.all = org.daolinet.api.AccessDecision.ALLOW;
        f.receive(at(S1, 5), ping(a, web.gatewayMac(), "10.2.0.2"));
        f.flows.completeAll();
        assertEquals("a router decrements the TTL and speaks with its gateway MAC",
                     DefaultTrafficTreatment.builder().decNwTtl().setEthSrc(db.gatewayMac()).setEthDst(d.mac())
                             .setOutput(port(7)).build(),
                     ruleWith(S1, fromContainer(a, 5, "10.2.0.2")).treatment());
        assertEquals(DefaultTrafficTreatment.builder().decNwTtl().setEthSrc(web.gatewayMac()).setEthDst(a.mac())
                             .setOutput(port(5)).build(),
                     ruleWith(S1, fromContainer(d, 7, "10.1.0.2")).treatment());
    }

    @Test
    public void l4DecisionsGiveL4Routes() {
        f.policy.all = org.daolinet.api.AccessDecision.ALLOW_L4;
        f.receive(at(S1, 5), Packets.tcp(a.mac(), c.mac(), "10.1.0.2", "10.1.0.4", 40000, 80));
        f.flows.completeAll();
        TrafficSelector forward = DefaultTrafficSelector.builder().matchInPort(port(5))
                .matchEthType(Ethernet.TYPE_IPV4).matchEthSrc(a.mac()).matchIPSrc(host("10.1.0.2"))
                .matchIPDst(host("10.1.0.4")).matchIPProtocol((byte) 6)
                .matchTcpDst(org.onlab.packet.TpPort.tpPort(80)).build();
        assertEquals(42000, ruleWith(S1, forward).priority());
        TrafficSelector reply = DefaultTrafficSelector.builder().matchInPort(port(5))
                .matchEthType(Ethernet.TYPE_IPV4).matchEthSrc(c.mac()).matchIPSrc(host("10.1.0.4"))
                .matchIPDst(host("10.1.0.2")).matchIPProtocol((byte) 6)
                .matchTcpSrc(org.onlab.packet.TpPort.tpPort(80)).build();
        assertEquals("replies come back from port 80", 42000, ruleWith(S2, reply).priority());
    }

    @Test
    public void repliesOfAnAllowedConnectionPassADenyingReversePolicy() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        f.flows.completeAll();
        f.flows.autoComplete(true);
        // the reverse direction expired while the forward one is alive; the policy now denies c -> a
        f.flows.expire(ruleWith(S2, fromContainer(c, 5, "10.1.0.2")));
        f.policy.all = org.daolinet.api.AccessDecision.DENY;
        f.receive(at(S2, 5), ping(c, a.mac(), "10.1.0.2"));
        assertNotNull("the reply path is set up again", ruleWith(S2, fromContainer(c, 5, "10.1.0.2")));
        assertEquals(0, f.routing.stats().counter("denied"));
    }
}
