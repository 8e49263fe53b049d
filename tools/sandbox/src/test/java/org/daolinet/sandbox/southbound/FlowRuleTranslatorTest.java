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
package org.daolinet.sandbox.southbound;

import com.google.common.collect.Iterables;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.Test;
import org.onlab.packet.Ethernet;
import org.onlab.packet.IPv4;
import org.onlab.packet.Ip4Address;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.TpPort;
import org.onlab.packet.VlanId;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.packet.DefaultOutboundPacket;
import org.projectfloodlight.openflow.protocol.OFFactories;
import org.projectfloodlight.openflow.protocol.OFFactory;
import org.projectfloodlight.openflow.protocol.OFFlowAdd;
import org.projectfloodlight.openflow.protocol.OFFlowDelete;
import org.projectfloodlight.openflow.protocol.OFFlowDeleteStrict;
import org.projectfloodlight.openflow.protocol.OFFlowModFlags;
import org.projectfloodlight.openflow.protocol.OFMessage;
import org.projectfloodlight.openflow.protocol.OFPacketOut;
import org.projectfloodlight.openflow.protocol.action.OFAction;
import org.projectfloodlight.openflow.protocol.instruction.OFInstructionApplyActions;
import org.projectfloodlight.openflow.protocol.match.Match;
import org.projectfloodlight.openflow.protocol.match.MatchField;
import org.projectfloodlight.openflow.types.EthType;
import org.projectfloodlight.openflow.types.IPv4Address;
import org.projectfloodlight.openflow.types.IpProtocol;
import org.projectfloodlight.openflow.types.MacAddress;
import org.projectfloodlight.openflow.types.OFBufferId;
import org.projectfloodlight.openflow.types.OFPort;
import org.projectfloodlight.openflow.types.TableId;
import org.projectfloodlight.openflow.types.TransportPort;
import org.projectfloodlight.openflow.types.U64;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * ONOS flow rules, selectors and treatments as OpenFlow 1.3 messages.
 */
public class FlowRuleTranslatorTest {

    private static final OFFactory OF = FlowRuleTranslator.OF13;
    private static final DeviceId S1 = DeviceId.deviceId("of:0000000000000001");
    private static final DefaultApplicationId APP = new DefaultApplicationId(7, "org.daolinet.app");
    private static final org.onlab.packet.MacAddress SRC_MAC = onosMac("02:00:0a:01:00:05");
    private static final org.onlab.packet.MacAddress DST_MAC = onosMac("02:00:0a:01:00:06");

    private final FlowRuleTranslator translator = new FlowRuleTranslator();

    private static org.onlab.packet.MacAddress onosMac(String mac) {
        return org.onlab.packet.MacAddress.valueOf(mac);
    }

    private static FlowRule.Builder rule(TrafficSelector selector, TrafficTreatment treatment) {
        return DefaultFlowRule.builder().forDevice(S1).withSelector(selector).withTreatment(treatment)
                .withPriority(40100).fromApp(APP);
    }

    /**
     * A cross-server route's first rule: its match, rewrites and output, with the rule's cookie, priority,
     * idle timeout and the flow-removed flag.
     */
    @Test
    public void temporaryRuleBecomesFlowAdd() {
        TrafficSelector selector = DefaultTrafficSelector.builder()
                .matchInPort(PortNumber.portNumber(3)).matchEthType(Ethernet.TYPE_IPV4).matchEthSrc(SRC_MAC)
                .matchIPSrc(IpPrefix.valueOf("10.1.0.5/32")).matchIPDst(IpPrefix.valueOf("10.1.0.6/32"))
                .matchIPProtocol(IPv4.PROTOCOL_TCP).matchTcpDst(TpPort.tpPort(80)).build();
        TrafficTreatment treatment = DefaultTrafficTreatment.builder().decNwTtl()
                .setEthSrc(onosMac("52:54:00:00:00:01")).setEthDst(DST_MAC)
                .setIpSrc(Ip4Address.valueOf("100.64.0.5")).setIpDst(Ip4Address.valueOf("100.64.0.6"))
                .setTcpDst(TpPort.tpPort(8080)).setOutput(PortNumber.portNumber(1)).build();
        FlowRule r = rule(selector, treatment).makeTemporary(10).build();

        OFFlowAdd add = translator.flowAdd(r, 42);

        assertEquals("xid", 42, add.getXid());
        assertEquals("cookie is the flow id", U64.of(r.id().value()), add.getCookie());
        assertEquals("application id in the cookie's top 16 bits", 7, add.getCookie().getValue() >>> 48);
        assertEquals("priority", 40100, add.getPriority());
        assertEquals("idle timeout", 10, add.getIdleTimeout());
        assertEquals("hard timeout", 0, add.getHardTimeout());
        assertEquals("table", TableId.of(0), add.getTableId());
        assertEquals("flags", Set.of(OFFlowModFlags.SEND_FLOW_REM), add.getFlags());
        assertEquals("buffer", OFBufferId.NO_BUFFER, add.getBufferId());

        Match m = add.getMatch();
        assertEquals(OFPort.of(3), m.get(MatchField.IN_PORT));
        assertEquals(EthType.IPv4, m.get(MatchField.ETH_TYPE));
        assertEquals(MacAddress.of("02:00:0a:01:00:05"), m.get(MatchField.ETH_SRC));
        assertEquals(IPv4Address.of("10.1.0.5"), m.get(MatchField.IPV4_SRC));
        assertTrue("host address matched exactly", m.isExact(MatchField.IPV4_DST));
        assertEquals(IPv4Address.of("10.1.0.6"), m.get(MatchField.IPV4_DST));
        assertEquals(IpProtocol.TCP, m.get(MatchField.IP_PROTO));
        assertEquals(TransportPort.of(80), m.get(MatchField.TCP_DST));

        assertEquals("one apply-actions instruction", 1, add.getInstructions().size());
        List<OFAction> actions = ((OFInstructionApplyActions) add.getInstructions().get(0)).getActions();
        List<OFAction> expected = List.of(
                OF.actions().decNwTtl(),
                OF.actions().setField(OF.oxms().ethSrc(MacAddress.of("52:54:00:00:00:01"))),
                OF.actions().setField(OF.oxms().ethDst(MacAddress.of("02:00:0a:01:00:06"))),
                OF.actions().setField(OF.oxms().ipv4Src(IPv4Address.of("100.64.0.5"))),
                OF.actions().setField(OF.oxms().ipv4Dst(IPv4Address.of("100.64.0.6"))),
                OF.actions().setField(OF.oxms().tcpDst(TransportPort.of(8080))),
                OF.actions().output(OFPort.of(1), 0xffff));
        assertEquals("actions in the treatment's order", expected, actions);
        assertEquals("survives the wire", add, roundTrip(add));
    }

    /**
     * A permanent rule has no idle timeout; LOCAL, CONTROLLER and IN_PORT are OpenFlow's reserved ports; an
     * ARP match keeps its addresses.
     */
    @Test
    public void permanentRuleAndReservedPorts() {
        TrafficSelector selector = DefaultTrafficSelector.builder().matchInPort(PortNumber.LOCAL)
                .matchEthType(Ethernet.TYPE_ARP).matchArpSpa(Ip4Address.valueOf("192.168.100.1"))
                .matchArpTpa(Ip4Address.valueOf("192.168.100.2")).build();
        FlowRule r = rule(selector, DefaultTrafficTreatment.builder().setOutput(PortNumber.IN_PORT).punt()
                .setOutput(PortNumber.LOCAL).build()).makePermanent().build();

        OFFlowAdd add = translator.flowAdd(r, 1);

        assertEquals("no idle timeout", 0, add.getIdleTimeout());
        assertEquals(OFPort.LOCAL, add.getMatch().get(MatchField.IN_PORT));
        assertEquals(EthType.ARP, add.getMatch().get(MatchField.ETH_TYPE));
        assertEquals(IPv4Address.of("192.168.100.1"), add.getMatch().get(MatchField.ARP_SPA));
        assertEquals(IPv4Address.of("192.168.100.2"), add.getMatch().get(MatchField.ARP_TPA));
        assertEquals(List.of(OF.actions().output(OFPort.IN_PORT, 0xffff),
                             OF.actions().output(OFPort.CONTROLLER, 0xffff),
                             OF.actions().output(OFPort.LOCAL, 0xffff)),
                     ((OFInstructionApplyActions) add.getInstructions().get(0)).getActions());
        assertEquals("ONOS's LOCAL back from OpenFlow", PortNumber.LOCAL, FlowRuleTranslator.port(OFPort.LOCAL));
        assertEquals(PortNumber.CONTROLLER, FlowRuleTranslator.port(OFPort.CONTROLLER));
        assertEquals(PortNumber.portNumber(7), FlowRuleTranslator.port(OFPort.of(7)));
    }

    /**
     * A drop rule has no instruction at all; a prefix shorter than a host is a masked match.
     */
    @Test
    public void dropRuleHasNoInstructionsAndPrefixesAreMasked() {
        TrafficSelector selector = DefaultTrafficSelector.builder().matchEthType(Ethernet.TYPE_IPV4)
                .matchIPDst(IpPrefix.valueOf("10.1.0.0/16")).build();
        OFFlowAdd add = translator.flowAdd(rule(selector, DefaultTrafficTreatment.builder().drop().build())
                                                   .makeTemporary(5).build(), 1);

        assertEquals("drop", List.of(), add.getInstructions());
        assertEquals(IPv4Address.of("10.1.0.0").withMaskOfLength(16), add.getMatch().getMasked(MatchField.IPV4_DST));
        assertEquals("survives the wire", add, roundTrip(add));
    }

    /**
     * A delete removes exactly the rule: same table, priority and match, any output.
     */
    @Test
    public void strictDelete() {
        FlowRule r = rule(DefaultTrafficSelector.builder().matchInPort(PortNumber.portNumber(2)).build(),
                          DefaultTrafficTreatment.builder().drop().build()).makeTemporary(5).build();

        OFFlowDeleteStrict del = translator.flowDelete(r, 9);

        assertEquals(9, del.getXid());
        assertEquals(40100, del.getPriority());
        assertEquals(OFPort.of(2), del.getMatch().get(MatchField.IN_PORT));
        assertEquals(OFPort.ANY, del.getOutPort());
        assertEquals(TableId.of(0), del.getTableId());
    }

    /**
     * Deleting an application's rules matches the application id in the cookie, in every table.
     */
    @Test
    public void deleteByCookieMask() {
        OFFlowDelete del = translator.deleteByCookie(7L << 48, 0xffffL << 48, 3);

        assertEquals(U64.of(0x0007000000000000L), del.getCookie());
        assertEquals(U64.of(0xffff000000000000L), del.getCookieMask());
        assertEquals(TableId.ALL, del.getTableId());
        assertEquals("no match field", 0, countFields(del.getMatch()));
    }

    /**
     * A PacketOut carries the packet's data and its treatment's actions, from the controller unless the
     * packet names an input port.
     */
    @Test
    public void packetOut() {
        byte[] frame = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 8, 6};
        ByteBuffer data = ByteBuffer.wrap(frame);
        data.position(6);
        OFPacketOut out = translator.packetOut(new DefaultOutboundPacket(
                S1, DefaultTrafficTreatment.builder().setEthDst(DST_MAC).setOutput(PortNumber.portNumber(4)).build(),
                data), 5);

        assertEquals(OFPort.CONTROLLER, out.getInPort());
        assertEquals(OFBufferId.NO_BUFFER, out.getBufferId());
        assertArrayEquals("the whole frame, whatever the buffer's position", frame, out.getData());
        assertEquals(List.of(OF.actions().setField(OF.oxms().ethDst(
                MacAddress.of("02:00:0a:01:00:06"))), OF.actions().output(OFPort.of(4), 0xffff)),
                     out.getActions());

        OFPacketOut fromPort = translator.packetOut(new DefaultOutboundPacket(
                S1, DefaultTrafficTreatment.builder().setOutput(PortNumber.portNumber(4)).build(),
                ByteBuffer.wrap(frame), PortNumber.portNumber(3)), 6);
        assertEquals(OFPort.of(3), fromPort.getInPort());
        assertEquals("survives the wire", fromPort, roundTrip(fromPort));
    }

    /**
     * What the translator does not know fails, naming it, rather than installing something else.
     */
    @Test
    public void unsupportedCriterionAndTreatmentAreRefused() {
        FlowRule vlan = rule(DefaultTrafficSelector.builder().matchVlanId(VlanId.vlanId((short) 5)).build(),
                             DefaultTrafficTreatment.builder().drop().build()).makePermanent().build();
        try {
            translator.flowAdd(vlan, 1);
            fail("VLAN match translated");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage(), containsString("VLAN_VID"));
        }
        FlowRule deferred = rule(DefaultTrafficSelector.builder().matchInPort(PortNumber.portNumber(1)).build(),
                                 DefaultTrafficTreatment.builder().deferred().setOutput(PortNumber.portNumber(2))
                                         .build()).makePermanent().build();
        try {
            translator.flowAdd(deferred, 1);
            fail("deferred actions translated");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage(), containsString("immediate"));
        }
        FlowRule pushVlan = rule(DefaultTrafficSelector.builder().matchInPort(PortNumber.portNumber(1)).build(),
                                 DefaultTrafficTreatment.builder().pushVlan().build()).makePermanent().build();
        try {
            translator.flowAdd(pushVlan, 1);
            fail("VLAN push translated");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage(), containsString("VLAN_PUSH"));
        }
    }

    private static int countFields(Match m) {
        return Iterables.size(m.getMatchFields());
    }

    private static OFMessage roundTrip(OFMessage m) {
        ByteBuf buf = Unpooled.buffer();
        m.writeTo(buf);
        try {
            return OFFactories.getGenericReader().readFrom(buf);
        } catch (Exception e) {
            throw new AssertionError("cannot read back " + m, e);
        }
    }
}
