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

import org.daolinet.sandbox.doubles.SyncEventDispatcher;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.ARP;
import org.onlab.packet.Ethernet;
import org.onlab.packet.Ip4Address;
import org.onlab.packet.VlanId;
import org.onosproject.cluster.NodeId;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.packet.DefaultOutboundPacket;
import org.onosproject.net.packet.InboundPacket;
import org.onosproject.net.packet.PacketContext;
import org.onosproject.net.packet.PacketPriority;
import org.projectfloodlight.openflow.protocol.OFFlowAdd;
import org.projectfloodlight.openflow.protocol.OFFlowDeleteStrict;
import org.projectfloodlight.openflow.protocol.OFPacketInReason;
import org.projectfloodlight.openflow.protocol.OFPacketOut;
import org.projectfloodlight.openflow.protocol.instruction.OFInstructionApplyActions;
import org.projectfloodlight.openflow.protocol.match.MatchField;
import org.projectfloodlight.openflow.types.EthType;
import org.projectfloodlight.openflow.types.OFBufferId;
import org.projectfloodlight.openflow.types.OFPort;
import org.projectfloodlight.openflow.types.TableId;
import org.projectfloodlight.openflow.types.U64;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * PacketIns through packet processors, PacketOuts, and packet requests as punt rules on switch doubles.
 */
public class SandboxPacketServiceTest {

    private static final ApplicationId APP = new DefaultApplicationId(7, "org.daolinet.app");
    private static final DeviceId S1 = DeviceId.deviceId("of:0000000000000001");
    private static final byte[] MAC = {2, 0, 10, 1, 0, 5};

    private final OpenFlowController controller = new OpenFlowController();
    private SandboxFlowRuleService flows;
    private SandboxDeviceService devices;
    private SandboxPacketService packets;

    @Before
    public void setUp() {
        SyncEventDispatcher dispatcher = new SyncEventDispatcher();
        flows = new SandboxFlowRuleService(controller, dispatcher, TimeUnit.HOURS.toMillis(1));
        devices = new SandboxDeviceService(dispatcher);
        packets = new SandboxPacketService(controller, flows, devices, NodeId.nodeId("test"));
        controller.addListener(flows);
        controller.addListener(devices);
        controller.addListener(packets);
        flows.start();
        devices.start();
    }

    @After
    public void tearDown() {
        flows.stop();
        devices.stop();
    }

    private static byte[] arpRequest() {
        Ethernet eth = ARP.buildArpRequest(MAC, Ip4Address.valueOf("10.1.0.5").toOctets(),
                                           Ip4Address.valueOf("10.1.0.1").toOctets(), VlanId.NO_VID);
        return eth.serialize();
    }

    private static void packetIn(SwitchDouble sw, int inPort, byte[] frame) {
        sw.receive(SwitchDouble.OF.buildPacketIn().setBufferId(OFBufferId.NO_BUFFER).setReason(OFPacketInReason.ACTION)
                           .setTableId(TableId.of(0)).setCookie(U64.of(0x0007000000000abcL))
                           .setMatch(SwitchDouble.OF.buildMatch().setExact(MatchField.IN_PORT, OFPort.of(inPort))
                                             .build())
                           .setTotalLen(frame.length).setData(frame).build());
    }

    /**
     * A PacketIn reaches the processors as ONOS builds it: where it came in, the frame parsed by ONOS's
     * deserializer, the raw bytes and the cookie of the rule that sent it; processors run in ascending priority,
     * and one that fails does not stop the others.
     */
    @Test
    public void packetInRunsThroughProcessorsInPriorityOrder() {
        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        List<String> order = new ArrayList<>();
        List<InboundPacket> seen = new ArrayList<>();
        packets.addProcessor(c -> order.add("second"), 20);
        packets.addProcessor(c -> {
            order.add("first");
            seen.add(c.inPacket());
            throw new IllegalStateException("a processor's bug");
        }, 10);
        packets.addProcessor(c -> order.add("third"), 30);
        byte[] frame = arpRequest();

        packetIn(s1, 3, frame);

        assertEquals(List.of("first", "second", "third"), order);
        InboundPacket in = seen.get(0);
        assertEquals(new ConnectPoint(S1, PortNumber.portNumber(3)), in.receivedFrom());
        assertEquals(Ethernet.TYPE_ARP, in.parsed().getEtherType());
        assertEquals(Ip4Address.valueOf("10.1.0.1"),
                     Ip4Address.valueOf(((ARP) in.parsed().getPayload()).getTargetProtocolAddress()));
        assertArrayEquals(frame, in.unparsed().array());
        assertEquals(Optional.of(0x0007000000000abcL), in.cookie());
        assertEquals(3, packets.getProcessors().size());
        assertEquals(1, packets.getProcessors().get(0).invocations());
    }

    /**
     * Emitting sends a PACKET_OUT with the data and actions to the packet's switch; nothing to a switch that
     * is not connected.
     */
    @Test
    public void emitSendsPacketOut() {
        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        byte[] frame = arpRequest();

        packets.emit(new DefaultOutboundPacket(S1, DefaultTrafficTreatment.builder()
                .setOutput(PortNumber.portNumber(4)).build(), ByteBuffer.wrap(frame)));
        packets.emit(new DefaultOutboundPacket(DeviceId.deviceId("of:0000000000000009"),
                                               DefaultTrafficTreatment.builder().build(), ByteBuffer.wrap(frame)));

        OFPacketOut out = s1.last(OFPacketOut.class);
        assertArrayEquals(frame, out.getData());
        assertEquals(OFPort.CONTROLLER, out.getInPort());
        assertEquals(List.of(SwitchDouble.OF.actions().output(OFPort.of(4), 0xffff)), out.getActions());
        assertEquals(1, s1.sent(OFPacketOut.class).size());
    }

    /**
     * A context sends the original frame from its input port with the treatment built on it, once, and not at
     * all once a processor blocked it.
     */
    @Test
    public void contextSendsOnceUnlessBlocked() {
        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        List<PacketContext> contexts = new ArrayList<>();
        packets.addProcessor(contexts::add, 1);
        packetIn(s1, 3, arpRequest());
        packetIn(s1, 3, arpRequest());

        PacketContext forwarded = contexts.get(0);
        forwarded.treatmentBuilder().setOutput(PortNumber.portNumber(5));
        forwarded.send();
        forwarded.send();
        PacketContext blocked = contexts.get(1);
        blocked.block();
        blocked.send();

        assertEquals(1, s1.sent(OFPacketOut.class).size());
        OFPacketOut out = s1.last(OFPacketOut.class);
        assertEquals(OFPort.of(3), out.getInPort());
        assertEquals(List.of(SwitchDouble.OF.actions().output(OFPort.of(5), 0xffff)), out.getActions());
        assertTrue(forwarded.isHandled());
    }

    /**
     * Requesting packets installs a permanent rule to the controller at the request's priority on every
     * switch, also on one that connects later; cancelling removes it.
     */
    @Test
    public void requestsBecomePuntRulesOnEverySwitch() {
        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        TrafficSelector arp = DefaultTrafficSelector.builder().matchEthType(Ethernet.TYPE_ARP).build();

        packets.requestPackets(arp, PacketPriority.REACTIVE, APP);
        packets.requestPackets(arp, PacketPriority.REACTIVE, APP);

        assertEquals("one rule per request", 1, s1.sent(OFFlowAdd.class).size());
        OFFlowAdd punt = s1.last(OFFlowAdd.class);
        assertEquals(PacketPriority.REACTIVE.priorityValue(), punt.getPriority());
        assertEquals(0, punt.getIdleTimeout());
        assertEquals(EthType.ARP, punt.getMatch().get(MatchField.ETH_TYPE));
        assertEquals(List.of(SwitchDouble.OF.actions().output(OFPort.CONTROLLER, 0xffff)),
                     ((OFInstructionApplyActions) punt.getInstructions().get(0)).getActions());
        assertEquals(1, packets.getRequests().size());

        SwitchDouble s2 = new SwitchDouble(controller).connect(2);
        assertNotNull("the switch that connects later", s2.last(OFFlowAdd.class));

        packets.cancelPackets(arp, PacketPriority.REACTIVE, APP);
        assertEquals(1, s1.sent(OFFlowDeleteStrict.class).size());
        assertEquals(1, s2.sent(OFFlowDeleteStrict.class).size());
        assertEquals(List.of(), packets.getRequests());
    }
}
