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

import org.onlab.packet.DeserializationException;
import org.onlab.packet.Ethernet;
import org.onosproject.cluster.NodeId;
import org.onosproject.core.ApplicationId;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.Device;
import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleService;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.packet.DefaultInboundPacket;
import org.onosproject.net.packet.DefaultOutboundPacket;
import org.onosproject.net.packet.DefaultPacketContext;
import org.onosproject.net.packet.DefaultPacketRequest;
import org.onosproject.net.packet.InboundPacket;
import org.onosproject.net.packet.OutboundPacket;
import org.onosproject.net.packet.PacketPriority;
import org.onosproject.net.packet.PacketProcessor;
import org.onosproject.net.packet.PacketProcessorEntry;
import org.onosproject.net.packet.PacketRequest;
import org.onosproject.net.packet.PacketService;
import org.projectfloodlight.openflow.protocol.OFPacketIn;
import org.projectfloodlight.openflow.protocol.match.MatchField;
import org.projectfloodlight.openflow.types.OFPort;
import org.slf4j.Logger;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * ONOS's packet service on OpenFlow switches.
 * <ul>
 * <li>A PacketIn becomes a packet context (the frame parsed by ONOS's Ethernet deserializer, the port it came
 *     in on, the cookie of the rule that sent it) and runs through the processors in ascending priority, on
 *     the switch's I/O thread.</li>
 * <li>{@link #requestPackets} installs a rule that sends matching packets to the controller on every
 *     connected switch, and on every switch that connects later.</li>
 * <li>{@link #emit} sends a PACKET_OUT with the packet's data and its treatment's actions.</li>
 * </ul>
 */
public final class SandboxPacketService implements PacketService, SwitchListener {

    private final Logger log = getLogger(getClass());

    private final OpenFlowController controller;
    private final FlowRuleService flowRules;
    private final DeviceService devices;
    private final NodeId localNode;
    private final FlowRuleTranslator translator = new FlowRuleTranslator();
    private final CopyOnWriteArrayList<PacketRequest> requests = new CopyOnWriteArrayList<>();
    /** Processors in ascending priority, replaced as a whole on every change. */
    private volatile List<Processor> processors = List.of();

    /**
     * Creates the service.
     *
     * @param controller the connected switches
     * @param flowRules  installs the rules that punt requested packets
     * @param devices    the known switches, connected or not
     * @param localNode  the node that requests packets
     */
    public SandboxPacketService(OpenFlowController controller, FlowRuleService flowRules, DeviceService devices,
                                NodeId localNode) {
        this.controller = controller;
        this.flowRules = flowRules;
        this.devices = devices;
        this.localNode = localNode;
    }

    @Override
    public synchronized void addProcessor(PacketProcessor processor, int priority) {
        List<Processor> next = new ArrayList<>(processors);
        next.add(new Processor(processor, priority));
        next.sort(Comparator.comparingInt(Processor::priority));
        processors = List.copyOf(next);
    }

    @Override
    public synchronized void removeProcessor(PacketProcessor processor) {
        List<Processor> next = new ArrayList<>(processors);
        next.removeIf(p -> p.processor == processor);
        processors = List.copyOf(next);
    }

    @Override
    public List<PacketProcessorEntry> getProcessors() {
        return List.copyOf(processors);
    }

    @Override
    public void requestPackets(TrafficSelector selector, PacketPriority priority, ApplicationId appId) {
        requestPackets(selector, priority, appId, Optional.empty());
    }

    @Override
    public void requestPackets(TrafficSelector selector, PacketPriority priority, ApplicationId appId,
                               Optional<DeviceId> deviceId) {
        PacketRequest request = new DefaultPacketRequest(selector, priority, appId, localNode, deviceId);
        if (!requests.addIfAbsent(request)) {
            return;
        }
        List<FlowRule> rules = new ArrayList<>();
        for (SwitchSession s : controller.sessions()) {
            if (applies(request, s.deviceId())) {
                rules.add(punt(request, s.deviceId()));
            }
        }
        flowRules.applyFlowRules(rules.toArray(new FlowRule[0]));
    }

    @Override
    public void cancelPackets(TrafficSelector selector, PacketPriority priority, ApplicationId appId) {
        cancelPackets(selector, priority, appId, Optional.empty());
    }

    @Override
    public void cancelPackets(TrafficSelector selector, PacketPriority priority, ApplicationId appId,
                              Optional<DeviceId> deviceId) {
        PacketRequest request = new DefaultPacketRequest(selector, priority, appId, localNode, deviceId);
        if (!requests.remove(request)) {
            return;
        }
        // also from the switches that are away, which would get the rule back when they connect
        List<FlowRule> rules = new ArrayList<>();
        for (Device d : devices.getDevices()) {
            if (applies(request, d.id())) {
                rules.add(punt(request, d.id()));
            }
        }
        flowRules.removeFlowRules(rules.toArray(new FlowRule[0]));
    }

    @Override
    public List<PacketRequest> getRequests() {
        return List.copyOf(requests);
    }

    @Override
    public void emit(OutboundPacket packet) {
        SwitchSession s = controller.session(packet.sendThrough());
        if (s == null) {
            log.debug("Packet for {} dropped: not connected", packet.sendThrough());
            return;
        }
        try {
            s.send(translator.packetOut(packet, s.nextXid()));
        } catch (IllegalArgumentException e) {
            log.warn("Packet for {} dropped: {}", packet.sendThrough(), e.getMessage());
        }
    }

    @Override
    public void switchReady(SwitchSession session) {
        List<FlowRule> rules = new ArrayList<>();
        for (PacketRequest r : requests) {
            if (applies(r, session.deviceId())) {
                rules.add(punt(r, session.deviceId()));
            }
        }
        if (!rules.isEmpty()) {
            flowRules.applyFlowRules(rules.toArray(new FlowRule[0]));
        }
    }

    @Override
    public void packetIn(SwitchSession session, OFPacketIn packetIn) {
        long now = System.currentTimeMillis();
        OFPort inPort = packetIn.getMatch().get(MatchField.IN_PORT);
        if (inPort == null) {
            log.debug("PacketIn without input port from {}", session);
            return;
        }
        byte[] data = packetIn.getData();
        ConnectPoint from = new ConnectPoint(session.deviceId(), FlowRuleTranslator.port(inPort));
        InboundPacket in = new DefaultInboundPacket(from, parse(data), ByteBuffer.wrap(data),
                                                    Optional.of(packetIn.getCookie().getValue()));
        OutboundPacket out = new DefaultOutboundPacket(session.deviceId(), DefaultTrafficTreatment.emptyTreatment(),
                                                       ByteBuffer.wrap(data), from.port());
        SwitchPacketContext context = new SwitchPacketContext(now, in, out);
        for (Processor p : processors) {
            p.process(context);
        }
    }

    // as ONOS's OpenFlow provider: a frame the deserializer cannot read reaches processors unparsed
    private Ethernet parse(byte[] data) {
        try {
            return Ethernet.deserializer().deserialize(data, 0, data.length);
        } catch (DeserializationException | RuntimeException e) {
            log.debug("Unparsable frame of {} bytes: {}", data.length, e.getMessage());
            return null;
        }
    }

    private static boolean applies(PacketRequest request, DeviceId deviceId) {
        return request.deviceId().map(deviceId::equals).orElse(true);
    }

    private static FlowRule punt(PacketRequest request, DeviceId deviceId) {
        return DefaultFlowRule.builder().forDevice(deviceId).withSelector(request.selector())
                .withTreatment(DefaultTrafficTreatment.builder().punt().build())
                .withPriority(request.priority().priorityValue()).fromApp(request.appId()).makePermanent().build();
    }

    /**
     * A packet from a switch. Sending it applies the treatment built on it to the original frame, from the port
     * it came in on; like ONOS's, a context sends at most once and not after a processor blocked it.
     */
    private final class SwitchPacketContext extends DefaultPacketContext {

        SwitchPacketContext(long time, InboundPacket in, OutboundPacket out) {
            super(time, in, out, false);
        }

        @Override
        public void send() {
            if (!block()) {
                OutboundPacket out = outPacket();
                emit(new DefaultOutboundPacket(out.sendThrough(), treatmentBuilder().build(), out.data(),
                                               out.inPort()));
            }
        }
    }

    /**
     * A registered processor with its invocation statistics.
     */
    private final class Processor implements PacketProcessorEntry {
        private final PacketProcessor processor;
        private final int priority;
        private final AtomicLong invocations = new AtomicLong();
        private final AtomicLong totalNanos = new AtomicLong();

        Processor(PacketProcessor processor, int priority) {
            this.processor = processor;
            this.priority = priority;
        }

        void process(SwitchPacketContext context) {
            long start = System.nanoTime();
            try {
                processor.process(context);
            } catch (RuntimeException e) {
                log.warn("Packet processor {} failed", processor, e);
            }
            invocations.incrementAndGet();
            totalNanos.addAndGet(System.nanoTime() - start);
        }

        @Override
        public PacketProcessor processor() {
            return processor;
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public long invocations() {
            return invocations.get();
        }

        @Override
        public long totalNanos() {
            return totalNanos.get();
        }

        @Override
        public long averageNanos() {
            long n = invocations.get();
            return n == 0 ? 0 : totalNanos.get() / n;
        }
    }
}
