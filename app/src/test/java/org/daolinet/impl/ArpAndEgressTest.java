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

import org.junit.Test;
import org.onlab.packet.ARP;
import org.onlab.packet.Ethernet;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.packet.OutboundPacket;

import java.nio.ByteBuffer;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Proxy ARP and egress through the gateway port.
 */
public class ArpAndEgressTest extends RoutingTestBase {

    private ARP lastReply(long expectedPort) throws Exception {
        assertEquals("one reply", 1, f.packets.emitted.size());
        OutboundPacket out = f.packets.emitted.get(0);
        assertEquals(DefaultTrafficTreatment.builder().setOutput(port(expectedPort)).build(), out.treatment());
        ByteBuffer data = out.data();
        Ethernet eth = Ethernet.deserializer().deserialize(data.array(), 0, data.limit());
        assertEquals(Ethernet.TYPE_ARP, eth.getEtherType());
        ARP arp = (ARP) eth.getPayload();
        assertEquals(ARP.OP_REPLY, arp.getOpCode());
        assertEquals(MacAddress.valueOf(arp.getSenderHardwareAddress()), eth.getSourceMAC());
        return arp;
    }

    @Test
    public void peerOfTheSameNetworkGetsItsMac() throws Exception {
        f.receive(at(S1, 5), Packets.arpRequest(a.mac(), "10.1.0.2", "10.1.0.4"));
        ARP reply = lastReply(5);
        assertEquals(c.mac(), MacAddress.valueOf(reply.getSenderHardwareAddress()));
        assertArrayEquals(IpAddress.valueOf("10.1.0.4").toOctets(), reply.getSenderProtocolAddress());
        assertArrayEquals(a.mac().toBytes(), reply.getTargetHardwareAddress());
        assertEquals(0, f.flows.batches.size());
    }

    @Test
    public void anythingElseGetsTheGatewayMac() throws Exception {
        f.receive(at(S1, 5), Packets.arpRequest(a.mac(), "10.1.0.2", "10.2.0.2"));
        assertEquals("another network's container", web.gatewayMac(),
                     MacAddress.valueOf(lastReply(5).getSenderHardwareAddress()));
        f.packets.emitted.clear();
        f.receive(at(S1, 5), Packets.arpRequest(a.mac(), "10.1.0.2", "8.8.8.8"));
        assertEquals("an external address", web.gatewayMac(),
                     MacAddress.valueOf(lastReply(5).getSenderHardwareAddress()));
        f.packets.emitted.clear();
        f.receive(at(S1, 5), Packets.arpRequest(a.mac(), "10.1.0.2", "10.1.0.1"));
        assertEquals("the gateway", web.gatewayMac(), MacAddress.valueOf(lastReply(5).getSenderHardwareAddress()));
    }

    @Test
    public void deniedPeerGetsTheGatewayMac() throws Exception {
        f.policy.all = org.daolinet.api.AccessDecision.DENY;
        f.receive(at(S1, 5), Packets.arpRequest(a.mac(), "10.1.0.2", "10.1.0.3"));
        assertEquals(web.gatewayMac(), MacAddress.valueOf(lastReply(5).getSenderHardwareAddress()));
    }

    @Test
    public void gratuitousSpoofedRepliesAndStrangersAreDropped() {
        f.receive(at(S1, 5), Packets.arpRequest(a.mac(), "10.1.0.2", "10.1.0.2"));
        f.receive(at(S1, 5), Packets.arpRequest(a.mac(), "0.0.0.0", "10.1.0.3"));
        f.receive(at(S1, 5), Packets.arpRequest(a.mac(), "10.1.0.3", "10.1.0.4"));
        f.receive(at(S1, 5), Packets.arpRequest(b.mac(), "10.1.0.2", "10.1.0.4"));
        f.receive(at(S1, 5), Packets.arp(ARP.OP_REPLY, a.mac(), "10.1.0.2", "10.1.0.3"));
        f.reg.devices.addPort(S1, 9, "veth-stranger");
        f.receive(at(S1, 9), Packets.arpRequest(MacAddress.valueOf("02:00:00:00:00:99"), "10.1.0.99", "10.1.0.3"));
        assertEquals("nothing answered, nothing flooded", 0, f.packets.emitted.size());
        assertEquals(6, f.routing.stats().counter("arpDropped"));
        assertEquals(2, f.routing.stats().counter("spoofDrops"));
    }

    @Test
    public void hostBehindTheGatewayLearnsLocalContainersOnly() throws Exception {
        MacAddress gw = web.gatewayMac();
        f.receive(at(S1, 50), Packets.arpRequest(gw, "10.1.0.1", "10.1.0.2"));
        assertEquals(a.mac(), MacAddress.valueOf(lastReply(50).getSenderHardwareAddress()));
        f.packets.emitted.clear();
        f.receive(at(S1, 50), Packets.arpRequest(gw, "10.1.0.1", "10.1.0.4"));
        assertEquals("c lives on s2: not reachable through s1's gateway", 0, f.packets.emitted.size());
    }

    @Test
    public void externalDestinationsLeaveThroughTheGatewayWithAReturnPath() {
        f.receive(at(S1, 5), Packets.ping(a.mac(), web.gatewayMac(), "10.1.0.2", "8.8.8.8"));
        assertEquals(0, f.packets.emitted.size());
        f.flows.completeAll();
        FlowRule out = ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(port(5))
                .matchEthType(Ethernet.TYPE_IPV4).matchEthSrc(a.mac()).matchIPSrc(host("10.1.0.2"))
                .matchIPDst(host("8.8.8.8")).build());
        assertEquals(DefaultTrafficTreatment.builder().setEthDst(web.gatewayMac()).setOutput(GATEWAY).build(),
                     out.treatment());
        assertRouteRule(out, 40000, 8, 12);
        FlowRule back = ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(GATEWAY)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(host("8.8.8.8")).matchIPDst(host("10.1.0.2")).build());
        assertEquals(DefaultTrafficTreatment.builder().setEthSrc(web.gatewayMac()).setEthDst(a.mac())
                             .setOutput(port(5)).build(), back.treatment());
        assertEquals(out.timeout(), back.timeout());
        assertEquals(1, f.packets.emitted.size());
        assertEquals(out.treatment(), f.packets.emitted.get(0).treatment());
        assertEquals(1, f.routing.stats().counter("egressSetUp"));
    }

    @Test
    public void gatewayIsNoDetourAroundThePolicy() {
        // traffic the host would route from another network into web: no egress of b opened it
        f.receive(at(S1, 50), Packets.ping(web.gatewayMac(), b.mac(), "10.2.0.2", "10.1.0.3"));
        f.flows.completeAll();
        FlowRule drop = ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(GATEWAY)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(host("10.2.0.2")).matchIPDst(host("10.1.0.3")).build());
        assertEquals(DefaultTrafficTreatment.builder().drop().build(), drop.treatment());
        assertTrue("below the routes, so a later egress of b opens its return path", drop.priority() < 40000);
        assertEquals(0, f.packets.emitted.size());
        assertEquals(1, f.routing.stats().counter("denied"));
    }

    @Test
    public void repliesFromTheGatewayPassWhileTheEgressLives() {
        f.flows.autoComplete(true);
        f.receive(at(S1, 5), Packets.ping(a.mac(), web.gatewayMac(), "10.1.0.2", "8.8.8.8"));
        FlowRule back = ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(GATEWAY)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(host("8.8.8.8")).matchIPDst(host("10.1.0.2")).build());
        f.flows.expire(back);
        f.packets.emitted.clear();
        f.receive(at(S1, 50), Packets.ping(web.gatewayMac(), a.mac(), "8.8.8.8", "10.1.0.2"));
        assertEquals("the return path is set up again", back.selector(),
                     ruleWith(S1, back.selector()).selector());
        assertEquals(1, f.packets.emitted.size());
    }
}
