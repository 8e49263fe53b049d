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

import org.daolinet.api.FirewallRule;
import org.daolinet.api.PortMapping;
import org.daolinet.api.Protocol;
import org.daolinet.api.RouteKey;
import org.daolinet.api.Selector;
import org.junit.Test;
import org.onlab.packet.Ethernet;
import org.onlab.packet.IPv4;
import org.onlab.packet.MacAddress;
import org.onlab.packet.TCP;
import org.onlab.packet.TpPort;
import org.onlab.packet.UDP;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Published container ports: a client outside the container networks reaches a container through a
 * server's IP and port (DNAT on the uplink, the reverse rewrite on the replies), on the container's
 * own server and through another server, for TCP and UDP, and deny rules are respected.
 */
public class PortMappingRoutingTest extends RoutingTestBase {

    private static final String CLIENT = "203.0.113.7";
    private static final MacAddress ROUTER = MacAddress.valueOf("02:aa:bb:cc:dd:ee");

    private SimulatedDataPlane plane() {
        return new SimulatedDataPlane(f);
    }

    private PortMapping publish(String name, String containerId, Protocol protocol, int server, int serverPort,
                                int containerPort) {
        return f.mappings.addMapping(PortMapping.builder().name(name).containerId(containerId).protocol(protocol)
                                             .server(RegistryFixture.device(server)).serverPort(serverPort)
                                             .containerPort(containerPort).build());
    }

    @Test
    public void sameServerTcpRewritesBothWays() {
        publish("a-http", a.id(), Protocol.TCP, 1, 8080, 80);
        SimulatedDataPlane plane = plane();
        FlowRule punt = ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(UPLINK)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPDst(host("192.168.0.1")).matchIPProtocol((byte) 6)
                .matchTcpDst(TpPort.tpPort(8080)).build());
        assertEquals(DefaultTrafficTreatment.builder().punt().build(), punt.treatment());
        assertEquals(47000, punt.priority());

        Ethernet syn = Packets.tcp(ROUTER, s1.mac(), CLIENT, "192.168.0.1", 51000, 8080);
        SimulatedDataPlane.Result in = plane.walk(at(S1, 100), syn);
        assertEquals("the client reaches a", a.id(), in.deliveredTo.id());
        IPv4 ip = (IPv4) in.frame.getPayload();
        assertEquals(a.ip().getIp4Address().toInt(), ip.getDestinationAddress());
        assertEquals(80, ((TCP) ip.getPayload()).getDestinationPort());
        assertEquals(a.mac(), in.frame.getDestinationMAC());
        assertEquals("a sees its gateway as the sender's hop", web.gatewayMac(), in.frame.getSourceMAC());

        FlowRule dnat = ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(UPLINK)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(host(CLIENT)).matchIPDst(host("192.168.0.1"))
                .matchIPProtocol((byte) 6).matchTcpDst(TpPort.tpPort(8080)).build());
        assertEquals(DefaultTrafficTreatment.builder().setEthSrc(web.gatewayMac()).setEthDst(a.mac())
                             .setIpDst(a.ip()).setTcpDst(TpPort.tpPort(80)).setOutput(port(5)).build(),
                     dnat.treatment());
        assertEquals(47100, dnat.priority());

        Ethernet reply = Packets.tcp(a.mac(), web.gatewayMac(), "10.1.0.2", CLIENT, 80, 51000);
        SimulatedDataPlane.Result out = plane.send(a, reply);
        assertNull(out.deliveredTo);
        assertEquals("the reply leaves by s1's uplink", at(S1, 100), out.leftBy);
        IPv4 back = (IPv4) out.frame.getPayload();
        assertEquals("from the server's IP", s1.ip().getIp4Address().toInt(), back.getSourceAddress());
        assertEquals("and port", 8080, ((TCP) back.getPayload()).getSourcePort());
        assertEquals("to the client's hop", ROUTER, out.frame.getDestinationMAC());
        assertEquals(s1.mac(), out.frame.getSourceMAC());
        assertTrue("no PacketIn for the reply", !out.viaController);
    }

    @Test
    public void crossServerUdpGoesThroughTheContainersServer() {
        // c lives on s2; its DNS port is published on s1
        publish("c-dns", c.id(), Protocol.UDP, 1, 5353, 53);
        SimulatedDataPlane plane = plane();
        Ethernet query = Packets.udp(ROUTER, s1.mac(), CLIENT, "192.168.0.1", 40000, 5353);
        SimulatedDataPlane.Result in = plane.walk(at(S1, 100), query);
        assertEquals(c.id(), in.deliveredTo.id());
        IPv4 ip = (IPv4) in.frame.getPayload();
        assertEquals(c.ip().getIp4Address().toInt(), ip.getDestinationAddress());
        assertEquals("the client's address is kept", IPv4.toIPv4Address(CLIENT), ip.getSourceAddress());
        assertEquals(53, ((UDP) ip.getPayload()).getDestinationPort());

        FlowRule toS2 = ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(UPLINK)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(host(CLIENT)).matchIPDst(host("192.168.0.1"))
                .matchIPProtocol((byte) 17).matchUdpDst(TpPort.tpPort(5353)).build());
        assertEquals("towards c's VIP on s2, back out the uplink it came in",
                     DefaultTrafficTreatment.builder().setEthSrc(s1.mac()).setEthDst(s2.mac()).setIpDst(c.vip())
                             .setUdpDst(TpPort.tpPort(53)).setOutput(org.onosproject.net.PortNumber.IN_PORT).build(),
                     toS2.treatment());

        Ethernet answer = Packets.udp(c.mac(), web.gatewayMac(), "10.1.0.4", CLIENT, 53, 40000);
        SimulatedDataPlane.Result out = plane.send(c, answer);
        assertEquals("the answer leaves by s1, the publishing server", at(S1, 100), out.leftBy);
        IPv4 back = (IPv4) out.frame.getPayload();
        assertEquals(s1.ip().getIp4Address().toInt(), back.getSourceAddress());
        assertEquals(5353, ((UDP) back.getPayload()).getSourcePort());
        assertEquals(ROUTER, out.frame.getDestinationMAC());
        assertEquals("4 rules on 2 servers", 2, routeRules(S2).size());
        assertEquals(2, routeRules(S1).stream().filter(r -> r.priority() == 47100).count());
    }

    @Test
    public void denyRulesApplyToPublishedPorts() {
        publish("a-http", a.id(), Protocol.TCP, 1, 8080, 80);
        f.policy.addFirewallRule(FirewallRule.builder().name("no-doc").priority(100)
                                         .action(FirewallRule.Action.DENY)
                                         .src(Selector.parse("src", "cidr:203.0.113.0/24"))
                                         .dst(Selector.parse("dst", "container:a")).protocol(Protocol.TCP)
                                         .ports("80").build());
        SimulatedDataPlane.Result in = plane().walk(at(S1, 100),
                                                    Packets.tcp(ROUTER, s1.mac(), CLIENT, "192.168.0.1", 51000, 8080));
        assertNull("a denied client gets nothing", in.deliveredTo);
        assertEquals(1, f.routing.stats().counter("denied"));
        FlowRule drop = f.flows.rules(S1).stream().filter(r -> r.priority() == 47200).findFirst().orElse(null);
        assertNotNull("a drop rule above the published-port routes", drop);
        assertEquals(DefaultTrafficTreatment.builder().drop().build(), drop.treatment());
        assertNull("a second client packet never reaches the controller",
                   plane().walk(at(S1, 100), Packets.tcp(ROUTER, s1.mac(), CLIENT, "192.168.0.1", 51000, 8080))
                           .deliveredTo);
        assertEquals(1, f.routing.stats().counter("denied"));

        // another client may
        assertEquals(a.id(), plane().walk(at(S1, 100), Packets.tcp(ROUTER, s1.mac(), "198.51.100.9",
                                                                   "192.168.0.1", 52000, 8080)).deliveredTo.id());
    }

    @Test
    public void unpublishedPortsAndWithdrawnMappingsReachNothing() {
        publish("a-http", a.id(), Protocol.TCP, 1, 8080, 80);
        SimulatedDataPlane plane = plane();
        assertNull("port 8081 is not published",
                   plane.walk(at(S1, 100), Packets.tcp(ROUTER, s1.mac(), CLIENT, "192.168.0.1", 51000, 8081))
                           .deliveredTo);
        assertEquals(a.id(), plane.walk(at(S1, 100), Packets.tcp(ROUTER, s1.mac(), CLIENT, "192.168.0.1", 51000,
                                                                 8080)).deliveredTo.id());
        f.mappings.removeMapping("a-http");
        assertTrue("every published route revoked", f.routing.routes().stream()
                .noneMatch(r -> r.key().kind() == RouteKey.Kind.PUBLISHED
                        || r.key().kind() == RouteKey.Kind.PUBLISHED_RETURN));
        assertNull("the client's next packet reaches nothing",
                   plane.walk(at(S1, 100), Packets.tcp(ROUTER, s1.mac(), CLIENT, "192.168.0.1", 51000, 8080))
                           .deliveredTo);
    }
}
