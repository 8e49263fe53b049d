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

import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.impl.LeanRouting;
import org.daolinet.impl.Packets;
import org.daolinet.impl.RegistryFixture;
import org.onlab.packet.DeserializationException;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.packet.DefaultPacketContext;
import org.onosproject.net.packet.InboundPacket;
import org.onosproject.net.packet.PacketProcessor;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Route set-ups per second through the real PacketIn processor: a stream of ICMP PacketIns between
 * distinct container pairs, parsed from bytes by ONOS's Ethernet deserializer, each of which needs a
 * new route (the counting route store never remembers one). Same-server pairs make 2 rules on one
 * server, cross-server pairs 4 rules on 2 servers; every set-up ends with the first packet's
 * PacketOut after its batch is confirmed. Adapters only count what is submitted. Also: proxy ARP
 * replies per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RoutingBenchmark {

    /** Containers per server. */
    private static final int PER_SERVER = 1024;
    /** Distinct pairs in the stream. */
    private static final int PAIRS = StreamCursor.LENGTH;

    /** Where the destinations are: on the source's server, or on the other server. */
    @Param({"same", "cross"})
    public String placement;

    private LeanRouting routing;
    private PacketProcessor processor;
    private InboundPacket[] pings;
    private InboundPacket[] arps;
    private long setUpsBefore;

    @Setup(Level.Trial)
    public void setUp() throws DeserializationException {
        RegistryFixture reg = new RegistryFixture();
        reg.addServer(1);
        reg.addServer(2);
        Network net = reg.addNetwork(null, "bench", "10.0.0.0/16");
        Container[][] on = new Container[2][PER_SERVER];
        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < PER_SERVER; i++) {
                int host = s * PER_SERVER + i + 2;
                String ip = "10.0." + (host >> 8) + "." + (host & 0xff);
                on[s][i] = reg.addContainer("c" + host, net.key(), ip, s + 1, 1000 + host);
            }
        }
        routing = new LeanRouting(reg);
        processor = routing.processor();
        Random random = new Random(42);
        pings = new InboundPacket[PAIRS];
        arps = new InboundPacket[PAIRS];
        for (int p = 0; p < PAIRS; p++) {
            Container src = on[0][random.nextInt(PER_SERVER)];
            Container dst;
            do {
                dst = on["same".equals(placement) ? 0 : 1][random.nextInt(PER_SERVER)];
            } while (dst == src);
            ConnectPoint in = new ConnectPoint(src.server(), reg.containers.portNumber(src.id()));
            pings[p] = StreamCursor.inbound(in, Packets.ping(src.mac(), dst.mac(), src.ip().toString(),
                                                             dst.ip().toString()));
            arps[p] = StreamCursor.inbound(in, Packets.arpRequest(src.mac(), src.ip().toString(), dst.ip().toString()));
        }
        setUpsBefore = routing.routing.stats().counter("routesSetUp");
    }

    @TearDown(Level.Trial)
    public void check() {
        long setUps = routing.routing.stats().counter("routesSetUp") - setUpsBefore;
        long unroutable = routing.routing.stats().counter("unroutable");
        if (unroutable != 0 || routing.packetOuts.sum() == 0) {
            throw new IllegalStateException("the stream did not route: " + routing.routing.stats());
        }
        // a rate-limited PacketIn is a cheap rejection, not a set-up or a reply
        if (routing.routing.stats().counter("rateLimited") != 0) {
            throw new IllegalStateException("PacketIns were rate-limited: " + routing.routing.stats());
        }
        if (setUps > 0 && routing.routes.sum() < 2 * setUps) {
            throw new IllegalStateException("set-ups recorded fewer routes than expected");
        }
    }

    /**
     * One PacketIn that needs a new route, in both directions.
     *
     * @param cursor this thread's position in the stream
     */
    @Benchmark
    public void setUp(StreamCursor cursor) {
        processor.process(new Context(pings[cursor.next()]));
    }

    /**
     * One ARP request answered by proxy ARP.
     *
     * @param cursor this thread's position in the stream
     */
    @Benchmark
    public void arpReply(StreamCursor cursor) {
        processor.process(new Context(arps[cursor.next()]));
    }

    /**
     * The context ONOS creates for each PacketIn.
     */
    private static final class Context extends DefaultPacketContext {
        Context(InboundPacket in) {
            super(0, in, null, false);
        }

        @Override
        public void send() {
            // DaoliNet emits its own PacketOuts
        }
    }
}
