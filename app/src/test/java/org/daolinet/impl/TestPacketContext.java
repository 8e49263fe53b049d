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

import org.onlab.packet.DeserializationException;
import org.onlab.packet.Ethernet;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.packet.DefaultInboundPacket;
import org.onosproject.net.packet.DefaultPacketContext;

import java.nio.ByteBuffer;

/**
 * A PacketIn as ONOS delivers it to processors: parsed frame, raw bytes, receiving port.
 */
public class TestPacketContext extends DefaultPacketContext {

    /**
     * Creates the context of a frame received on a port.
     *
     * @param port  where the frame entered
     * @param frame the frame
     */
    public TestPacketContext(ConnectPoint port, Ethernet frame) {
        this(port, frame.serialize());
    }

    /**
     * Creates the context of raw bytes received on a port, parsed the way ONOS parses PacketIns.
     *
     * @param port  where the frame entered
     * @param bytes the frame
     */
    public TestPacketContext(ConnectPoint port, byte[] bytes) {
        super(System.currentTimeMillis(), new DefaultInboundPacket(port, parse(bytes), ByteBuffer.wrap(bytes)),
              null, false);
    }

    private static Ethernet parse(byte[] bytes) {
        try {
            return Ethernet.deserializer().deserialize(bytes, 0, bytes.length);
        } catch (DeserializationException e) {
            throw new IllegalArgumentException("not an Ethernet frame", e);
        }
    }

    @Override
    public void send() {
        // DaoliNet never forwards through the context: it emits its own PacketOuts
    }
}
