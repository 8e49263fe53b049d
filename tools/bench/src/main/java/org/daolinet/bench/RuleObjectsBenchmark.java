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

import org.onlab.packet.Ethernet;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleOperations;
import org.onosproject.net.flow.FlowRuleOperationsContext;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.flow.criteria.Criteria;
import org.onosproject.net.flow.criteria.Criterion;
import org.onosproject.net.flow.instructions.Instruction;
import org.onosproject.net.flow.instructions.Instructions;
import org.onosproject.net.packet.DefaultOutboundPacket;
import org.onosproject.net.packet.OutboundPacket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.ByteBuffer;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The least any route set-up costs that hands ONOS its rules through the flow rule service: only
 * the ONOS objects of one set-up are built, from criteria and instructions made beforehand (as
 * DaoliNet keeps them per container) and with reused rule and selector builders, with no lookup, no
 * policy and no bookkeeping. Same server: two
 * rules (one per direction) of five match fields and three actions; across servers: four rules (the
 * ingress and delivery rule of each direction). Each set-up ends in one {@link FlowRuleOperations}
 * batch with a completion context and a PacketOut, as DaoliNet's do.
 * <p>
 * A routing set-up can be no faster than this on the same machine; the figures ({@code
 * routing.floor: N setups/s}) set the routing benchmark's against what ONOS's API itself costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RuleObjectsBenchmark {

    private static final int ENDPOINTS = 2048;
    private static final int PAIRS = StreamCursor.LENGTH;
    private static final int PRIORITY = 40000;
    private static final int TIMEOUT = 10;
    private static final Criterion IPV4 = Criteria.matchEthType(Ethernet.TYPE_IPV4);
    private static final Instruction DEC_TTL = Instructions.decNwTtl();
    private static final ThreadLocal<FlowRule.Builder> RULES = ThreadLocal.withInitial(DefaultFlowRule::builder);
    /**
     * Selector builders per thread for the two shapes of match, reused: a builder given the same
     * criterion types each time replaces them all, which saves a fresh builder's maps (DaoliNet does
     * the same).
     */
    private static final ThreadLocal<TrafficSelector.Builder[]> SELECTORS = ThreadLocal.withInitial(
            () -> new TrafficSelector.Builder[]{DefaultTrafficSelector.builder(), DefaultTrafficSelector.builder()});

    /** Where the destinations are: on the source's server, or on another server. */
    @Param({"same", "cross"})
    public String placement;

    private Endpoint[] endpoints;
    private int[] pairs;
    private final ByteBuffer frame = ByteBuffer.wrap(new byte[98]);
    private final FlowRuleOperationsContext done = new FlowRuleOperationsContext() {
        @Override
        public void onSuccess(FlowRuleOperations ops) {
            // the set-up would send its packet on here
        }
    };

    /**
     * The criteria and instructions of one container, made once.
     */
    private static final class Endpoint {
        final DeviceId device;
        final Criterion inPort;
        final Criterion ethSrc;
        final Criterion ipSrc;
        final Criterion ipDst;
        final Criterion vipSrc;
        final Criterion vipDst;
        final Criterion inUplink;
        final Instruction setEthSrc;
        final Instruction setEthDst;
        final Instruction setIpSrc;
        final Instruction setIpDst;
        final Instruction setVipSrc;
        final Instruction setVipDst;
        final Instruction setServerEthSrc;
        final Instruction setServerEthDst;
        final Instruction output;
        final Instruction outputUplink;

        Endpoint(int server, int n) {
            device = DeviceId.deviceId(String.format("of:%016x", server));
            MacAddress mac = MacAddress.valueOf(0x020000000000L + n);
            MacAddress serverMac = MacAddress.valueOf(0x0a0000000000L + server);
            IpPrefix ip = IpPrefix.valueOf(IpAddress.valueOf(0x0a000000 + n), 32);
            IpPrefix vip = IpPrefix.valueOf(IpAddress.valueOf(0x64400000 + n), 32);
            PortNumber port = PortNumber.portNumber(n % 1024 + 10);
            inPort = Criteria.matchInPort(port);
            ethSrc = Criteria.matchEthSrc(mac);
            ipSrc = Criteria.matchIPSrc(ip);
            ipDst = Criteria.matchIPDst(ip);
            vipSrc = Criteria.matchIPSrc(vip);
            vipDst = Criteria.matchIPDst(vip);
            inUplink = Criteria.matchInPort(PortNumber.portNumber(1));
            setEthSrc = Instructions.modL2Src(mac);
            setEthDst = Instructions.modL2Dst(mac);
            setIpSrc = Instructions.modL3Src(ip.address());
            setIpDst = Instructions.modL3Dst(ip.address());
            setVipSrc = Instructions.modL3Src(vip.address());
            setVipDst = Instructions.modL3Dst(vip.address());
            setServerEthSrc = Instructions.modL2Src(serverMac);
            setServerEthDst = Instructions.modL2Dst(serverMac);
            output = Instructions.createOutput(port);
            outputUplink = Instructions.createOutput(PortNumber.portNumber(1));
        }
    }

    /** Makes the endpoints, half on each of two servers, and a stream of random pairs. */
    @Setup(Level.Trial)
    public void setUp() {
        endpoints = new Endpoint[ENDPOINTS];
        for (int n = 0; n < ENDPOINTS; n++) {
            endpoints[n] = new Endpoint(n < ENDPOINTS / 2 ? 1 : 2, n + 2);
        }
        Random random = new Random(42);
        pairs = new int[PAIRS * 2];
        int half = ENDPOINTS / 2;
        for (int p = 0; p < PAIRS; p++) {
            int src = random.nextInt(half);
            int dst;
            do {
                dst = random.nextInt(half) + ("same".equals(placement) ? 0 : half);
            } while (dst == src);
            pairs[2 * p] = src;
            pairs[2 * p + 1] = dst;
        }
    }

    /**
     * The ONOS objects of one set-up: its rules in both directions, their batch and the PacketOut.
     *
     * @param cursor this thread's position in the stream
     * @param sink   consumes the results
     */
    @Benchmark
    public void setUp(StreamCursor cursor, Blackhole sink) {
        int p = cursor.next();
        Endpoint a = endpoints[pairs[2 * p]];
        Endpoint b = endpoints[pairs[2 * p + 1]];
        FlowRuleOperations.Builder ops = FlowRuleOperations.builder();
        FlowRule first = direction(a, b, ops);
        direction(b, a, ops);
        sink.consume(ops.build(done));
        OutboundPacket out = new DefaultOutboundPacket(first.deviceId(), first.treatment(), frame);
        sink.consume(out);
    }

    /** Adds the rules of one direction to a batch; returns the first (the ingress server's). */
    private FlowRule direction(Endpoint src, Endpoint dst, FlowRuleOperations.Builder ops) {
        TrafficSelector.Builder[] selectors = SELECTORS.get();
        TrafficSelector ingressMatch = selectors[0]
                .add(src.inPort).add(IPV4).add(src.ethSrc).add(src.ipSrc).add(dst.ipDst).build();
        if (src.device.equals(dst.device)) {
            TrafficTreatment t = DefaultTrafficTreatment.builder()
                    .add(src.setEthSrc).add(dst.setEthDst).add(dst.output).build();
            FlowRule r = rule(src.device, ingressMatch, t);
            ops.add(r);
            return r;
        }
        TrafficTreatment ingress = DefaultTrafficTreatment.builder().add(DEC_TTL)
                .add(src.setServerEthSrc).add(dst.setServerEthDst).add(src.setVipSrc).add(dst.setVipDst)
                .add(src.outputUplink).build();
        TrafficSelector deliveryMatch = selectors[1]
                .add(dst.inUplink).add(IPV4).add(src.vipSrc).add(dst.vipDst).build();
        TrafficTreatment delivery = DefaultTrafficTreatment.builder()
                .add(src.setEthSrc).add(dst.setEthDst).add(src.setIpSrc).add(dst.setIpDst).add(dst.output).build();
        FlowRule r = rule(src.device, ingressMatch, ingress);
        ops.add(r);
        ops.add(rule(dst.device, deliveryMatch, delivery));
        return r;
    }

    private static FlowRule rule(DeviceId device, TrafficSelector selector, TrafficTreatment treatment) {
        // a cookie the caller computes, as DaoliNet does: the builder would hash formatted strings
        return RULES.get().forDevice(device).withSelector(selector).withTreatment(treatment)
                .withPriority(PRIORITY).withCookie(selector.hashCode() & 0xffffffffL | (1L << 48))
                .makeTemporary(TIMEOUT).build();
    }
}
