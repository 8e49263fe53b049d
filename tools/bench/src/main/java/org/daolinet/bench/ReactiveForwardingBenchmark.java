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
package org.daolinet.bench;

import org.daolinet.impl.Packets;
import org.onlab.packet.DeserializationException;
import org.onlab.packet.Ethernet;
import org.onlab.packet.MacAddress;
import org.onlab.packet.VlanId;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DefaultHost;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Host;
import org.onosproject.net.HostId;
import org.onosproject.net.HostLocation;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.flowobjective.DefaultForwardingObjective;
import org.onosproject.net.flowobjective.ForwardingObjective;
import org.onosproject.net.packet.DefaultPacketContext;
import org.onosproject.net.packet.InboundPacket;
import org.onosproject.net.packet.PacketContext;
import org.onosproject.net.provider.ProviderId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The reference the routing issue compares DaoliNet's set-ups with, measured on the same machine in
 * the same way: what ONOS's reactive forwarding app does for a new flow on its destination's own
 * switch with its default configuration (a host lookup by destination MAC, a selector of in-port and
 * both MACs, an output treatment, one temporary versatile forwarding objective handed to the flow
 * objective service, and a PacketOut through the context). Written here from that app's steps, not
 * taken from it: the app is not published as a library.
 * <p>
 * Same stream, context and recording adapters as {@link RoutingBenchmark}, so the two figures can be
 * set side by side: {@code routing.reference: N flows/s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReactiveForwardingBenchmark {

    private static final int HOSTS = 2048;
    private static final int FLOWS = StreamCursor.LENGTH;
    private static final int PRIORITY = 10;
    private static final int TIMEOUT = 10;
    private static final DeviceId DEVICE = DeviceId.deviceId("of:0000000000000001");
    private static final ProviderId PROVIDER = new ProviderId("bench", "org.daolinet.bench");

    private final ApplicationId appId = new DefaultApplicationId(1, "org.onosproject.fwd");
    private final Map<HostId, Host> hosts = new HashMap<>();
    private final LongAdder objectives = new LongAdder();
    private final LongAdder packetOuts = new LongAdder();
    private InboundPacket[] packets;

    /**
     * Creates the hosts of one switch and a stream of first packets between random pairs of them.
     *
     * @throws DeserializationException never: the frames are well-formed
     */
    @Setup(Level.Trial)
    public void setUp() throws DeserializationException {
        MacAddress[] macs = new MacAddress[HOSTS];
        for (int h = 0; h < HOSTS; h++) {
            macs[h] = MacAddress.valueOf(0x020000000000L + h + 1);
            HostId id = HostId.hostId(macs[h], VlanId.NONE);
            hosts.put(id, new DefaultHost(PROVIDER, id, macs[h], VlanId.NONE,
                                          new HostLocation(DEVICE, PortNumber.portNumber(h + 1), 0),
                                          Set.of()));
        }
        Random random = new Random(42);
        packets = new InboundPacket[FLOWS];
        for (int f = 0; f < FLOWS; f++) {
            int src = random.nextInt(HOSTS);
            int dst;
            do {
                dst = random.nextInt(HOSTS);
            } while (dst == src);
            packets[f] = StreamCursor.inbound(new ConnectPoint(DEVICE, PortNumber.portNumber(src + 1)),
                                              Packets.ping(macs[src], macs[dst], ip(src), ip(dst)));
        }
    }

    private static String ip(int host) {
        return "10.0." + ((host + 2) >> 8) + "." + ((host + 2) & 0xff);
    }

    /** Fails the run if the stream did not produce an objective and a PacketOut per packet. */
    @TearDown(Level.Trial)
    public void check() {
        if (objectives.sum() == 0 || objectives.sum() != packetOuts.sum()) {
            throw new IllegalStateException("objectives " + objectives.sum() + ", PacketOuts " + packetOuts.sum());
        }
    }

    /**
     * One PacketIn of a new flow: a forwarding objective and a PacketOut.
     *
     * @param cursor this thread's position in the stream
     */
    @Benchmark
    public void newFlow(StreamCursor cursor) {
        process(new Context(packets[cursor.next()]));
    }

    private void process(PacketContext context) {
        if (context.isHandled()) {
            return;
        }
        InboundPacket in = context.inPacket();
        Ethernet eth = in.parsed();
        if (eth == null || eth.getEtherType() == Ethernet.TYPE_LLDP || eth.getEtherType() == Ethernet.TYPE_BSN) {
            return;
        }
        HostId id = HostId.hostId(eth.getDestinationMAC(), VlanId.vlanId(eth.getVlanID()));
        if (id.mac().isLldp() || (eth.getEtherType() == Ethernet.TYPE_IPV4 && id.mac().isMulticast())) {
            return;
        }
        Host dst = hosts.get(id);
        if (dst == null || !in.receivedFrom().deviceId().equals(dst.location().deviceId())
                || in.receivedFrom().port().equals(dst.location().port())) {
            return;
        }
        PortNumber out = dst.location().port();
        TrafficSelector selector = DefaultTrafficSelector.builder()
                .matchInPort(in.receivedFrom().port())
                .matchEthSrc(eth.getSourceMAC())
                .matchEthDst(eth.getDestinationMAC())
                .build();
        TrafficTreatment treatment = DefaultTrafficTreatment.builder().setOutput(out).build();
        ForwardingObjective objective = DefaultForwardingObjective.builder()
                .withSelector(selector)
                .withTreatment(treatment)
                .withPriority(PRIORITY)
                .withFlag(ForwardingObjective.Flag.VERSATILE)
                .fromApp(appId)
                .makeTemporary(TIMEOUT)
                .add();
        forward(in.receivedFrom().deviceId(), objective);
        context.treatmentBuilder().setOutput(out);
        context.send();
    }

    /** The flow objective service: records what it is given. */
    private void forward(DeviceId device, ForwardingObjective objective) {
        if (device != null && objective.priority() == PRIORITY) {
            objectives.increment();
        }
    }

    /**
     * The context ONOS creates for each PacketIn; its send() is the PacketOut, recorded.
     */
    private final class Context extends DefaultPacketContext {
        Context(InboundPacket in) {
            super(0, in, null, false);
        }

        @Override
        public void send() {
            // block() tells whether the context was already handled, as ONOS's own contexts ask
            if (!block()) {
                packetOuts.increment();
            }
        }
    }
}
