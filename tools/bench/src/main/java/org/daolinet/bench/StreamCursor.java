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

import org.onlab.packet.DeserializationException;
import org.onlab.packet.Ethernet;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.packet.DefaultInboundPacket;
import org.onosproject.net.packet.InboundPacket;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

import java.nio.ByteBuffer;

/**
 * A benchmark thread's position in a stream of {@link #LENGTH} prepared operations (PacketIns,
 * pairs), which the routing benchmarks walk round and round.
 * <p>
 * Threads start at evenly spaced positions: from one position they would walk the stream in
 * lockstep, and a thread would often find the pair it is given already being set up by another and
 * ride along with that set-up instead of making its own.
 */
@State(Scope.Thread)
public class StreamCursor {

    /** Operations in a stream (a power of two). */
    public static final int LENGTH = 1 << 14;

    private int next;

    /**
     * Places this thread's cursor.
     *
     * @param thread this thread's index and the number of threads
     */
    @Setup(Level.Trial)
    public void start(ThreadParams thread) {
        next = thread.getThreadIndex() * (LENGTH / thread.getThreadCount());
    }

    /**
     * Returns this thread's next position in the stream.
     *
     * @return index in [0, LENGTH)
     */
    public int next() {
        return next++ & (LENGTH - 1);
    }

    /**
     * Parses a frame's bytes as ONOS's OpenFlow provider does for a PacketIn.
     *
     * @param in    where the frame enters
     * @param frame frame
     * @return the inbound packet
     * @throws DeserializationException never for a well-formed frame
     */
    public static InboundPacket inbound(ConnectPoint in, Ethernet frame) throws DeserializationException {
        byte[] bytes = frame.serialize();
        Ethernet parsed = Ethernet.deserializer().deserialize(bytes, 0, bytes.length);
        return new DefaultInboundPacket(in, parsed, ByteBuffer.wrap(bytes));
    }
}
