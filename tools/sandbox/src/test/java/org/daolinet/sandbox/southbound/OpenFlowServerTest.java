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

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onosproject.net.DeviceId;
import org.projectfloodlight.openflow.protocol.OFEchoRequest;
import org.projectfloodlight.openflow.protocol.OFFactories;
import org.projectfloodlight.openflow.protocol.OFFactory;
import org.projectfloodlight.openflow.protocol.OFMessage;
import org.projectfloodlight.openflow.protocol.OFPacketIn;
import org.projectfloodlight.openflow.protocol.OFPacketInReason;
import org.projectfloodlight.openflow.protocol.OFStatsRequest;
import org.projectfloodlight.openflow.protocol.OFType;
import org.projectfloodlight.openflow.protocol.match.MatchField;
import org.projectfloodlight.openflow.types.DatapathId;
import org.projectfloodlight.openflow.types.OFPort;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The OpenFlow listener on a real unix socket, with a client that plays Open vSwitch byte by byte: messages
 * split over several writes, several messages in one write, a large PacketIn, the switch hanging up.
 */
public class OpenFlowServerTest {

    private static final OFFactory OF = FlowRuleTranslator.OF13;
    private static final long WAIT_SECONDS = 5;

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final List<SwitchSession> ready = new ArrayList<>();
    private Path dir;
    private OpenFlowServer server;

    @Before
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("of");
        server = new OpenFlowServer(dir.resolve("openflow.sock"), new SwitchListener() {
            @Override
            public void switchReady(SwitchSession session) {
                ready.add(session);
                events.add("ready " + session.deviceId());
            }

            @Override
            public void switchGone(SwitchSession session) {
                events.add("gone " + session.deviceId());
            }

            @Override
            public void packetIn(SwitchSession session, OFPacketIn packetIn) {
                events.add("packetIn " + packetIn.getMatch().get(MatchField.IN_PORT) + " "
                                   + packetIn.getData().length + " " + packetIn.getData()[1499]);
            }
        });
        server.start();
    }

    @After
    public void tearDown() throws IOException {
        server.close();
        Files.deleteIfExists(dir);
    }

    @Test
    public void switchConnectsSendsAndHangsUp() throws Exception {
        try (SocketChannel sw = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            sw.connect(UnixDomainSocketAddress.of(server.path()));
            assertEquals(OFType.HELLO, read(sw).getType());

            // a message in pieces
            byte[] hello = bytes(OF.buildHello().setXid(1).build());
            sw.write(ByteBuffer.wrap(hello, 0, 3));
            Thread.sleep(20);
            sw.write(ByteBuffer.wrap(hello, 3, hello.length - 3));
            OFMessage features = read(sw);
            assertEquals(OFType.FEATURES_REQUEST, features.getType());
            write(sw, OF.buildFeaturesReply().setXid(features.getXid()).setDatapathId(DatapathId.of(5)).build());

            List<OFMessage> sync = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                sync.add(read(sw));
            }
            assertEquals(List.of(OFType.SET_CONFIG, OFType.STATS_REQUEST, OFType.STATS_REQUEST, OFType.FLOW_MOD,
                                 OFType.BARRIER_REQUEST), types(sync));
            // the three replies in one write
            OFStatsRequest<?> portDesc = (OFStatsRequest<?>) sync.get(1);
            OFStatsRequest<?> desc = (OFStatsRequest<?>) sync.get(2);
            write(sw, OF.buildPortDescStatsReply().setXid(portDesc.getXid()).setEntries(List.of(
                          SwitchDouble.port(OFPort.of(1), "eth1", "02:00:00:00:01:01", true))).build(),
                  OF.buildDescStatsReply().setXid(desc.getXid()).setMfrDesc("Nicira, Inc.").build(),
                  OF.buildBarrierReply().setXid(sync.get(4).getXid()).build());
            assertEquals("ready " + DeviceId.deviceId("of:0000000000000005"), next());
            assertEquals(1, ready.get(0).ports().size());

            // a PacketIn of a whole 1500-byte frame, in two writes
            byte[] frame = new byte[1500];
            frame[1499] = 42;
            byte[] packetIn = bytes(OF.buildPacketIn().setReason(OFPacketInReason.ACTION).setData(frame)
                                            .setMatch(OF.buildMatch().setExact(MatchField.IN_PORT, OFPort.of(1))
                                                              .build()).build());
            sw.write(ByteBuffer.wrap(packetIn, 0, 1000));
            sw.write(ByteBuffer.wrap(packetIn, 1000, packetIn.length - 1000));
            assertEquals("packetIn 1 1500 42", next());

            // what the session sends reaches the switch
            byte[] data = new byte[20_000];
            data[19_999] = 7;
            ready.get(0).send(OF.buildEchoRequest().setXid(99).setData(data).build());
            OFMessage echo = read(sw);
            assertEquals(99, echo.getXid());
            assertArrayEquals(data, ((OFEchoRequest) echo).getData());
        }
        assertEquals("the switch hung up", "gone " + DeviceId.deviceId("of:0000000000000005"), next());
        assertFalse(ready.get(0).isReady());

        server.close();
        assertFalse("socket file removed", Files.exists(server.path()));
    }

    private String next() throws InterruptedException {
        String e = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull("no event in time", e);
        return e;
    }

    private static List<OFType> types(List<OFMessage> messages) {
        List<OFType> types = new ArrayList<>();
        messages.forEach(m -> types.add(m.getType()));
        return types;
    }

    private static byte[] bytes(OFMessage... messages) {
        ByteBuf buf = Unpooled.buffer();
        for (OFMessage m : messages) {
            m.writeTo(buf);
        }
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        return bytes;
    }

    private static void write(SocketChannel ch, OFMessage... messages) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes(messages));
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    private static OFMessage read(SocketChannel ch) throws Exception {
        ByteBuffer header = ByteBuffer.allocate(8);
        fill(ch, header);
        int length = header.getShort(2) & 0xffff;
        ByteBuffer message = ByteBuffer.allocate(length);
        message.put(header.array());
        fill(ch, message);
        message.flip();
        OFMessage m = OFFactories.getGenericReader().readFrom(Unpooled.wrappedBuffer(message));
        assertTrue("message read", m != null);
        return m;
    }

    private static void fill(SocketChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                throw new IOException("controller closed the connection");
            }
        }
    }
}
