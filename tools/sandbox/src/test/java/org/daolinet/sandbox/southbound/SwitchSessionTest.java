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

import org.junit.Test;
import org.onosproject.net.DeviceId;
import org.projectfloodlight.openflow.protocol.OFEchoReply;
import org.projectfloodlight.openflow.protocol.OFErrorMsg;
import org.projectfloodlight.openflow.protocol.OFFactories;
import org.projectfloodlight.openflow.protocol.OFFeaturesRequest;
import org.projectfloodlight.openflow.protocol.OFFlowDelete;
import org.projectfloodlight.openflow.protocol.OFFlowRemoved;
import org.projectfloodlight.openflow.protocol.OFFlowRemovedReason;
import org.projectfloodlight.openflow.protocol.OFFlowStatsReply;
import org.projectfloodlight.openflow.protocol.OFFlowStatsRequest;
import org.projectfloodlight.openflow.protocol.OFHello;
import org.projectfloodlight.openflow.protocol.OFMessage;
import org.projectfloodlight.openflow.protocol.OFPacketIn;
import org.projectfloodlight.openflow.protocol.OFPacketInReason;
import org.projectfloodlight.openflow.protocol.OFPortDescStatsRequest;
import org.projectfloodlight.openflow.protocol.OFPortReason;
import org.projectfloodlight.openflow.protocol.OFPortStatus;
import org.projectfloodlight.openflow.protocol.OFSetConfig;
import org.projectfloodlight.openflow.protocol.OFStatsReply;
import org.projectfloodlight.openflow.protocol.OFStatsReplyFlags;
import org.projectfloodlight.openflow.protocol.OFType;
import org.projectfloodlight.openflow.protocol.OFVersion;
import org.projectfloodlight.openflow.types.DatapathId;
import org.projectfloodlight.openflow.types.OFPort;
import org.projectfloodlight.openflow.types.U64;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * The OpenFlow handshake, echo, request/reply correlation and barrier completion of a switch session.
 */
public class SwitchSessionTest {

    private final List<String> events = new ArrayList<>();
    private final SwitchListener listener = new SwitchListener() {
        @Override
        public void switchReady(SwitchSession session) {
            events.add("ready " + session.deviceId());
        }

        @Override
        public void switchGone(SwitchSession session) {
            events.add("gone " + session.deviceId());
        }

        @Override
        public void portChanged(SwitchSession session, OFPortStatus status) {
            events.add("port " + status.getReason() + " " + status.getDesc().getName());
        }

        @Override
        public void packetIn(SwitchSession session, OFPacketIn packetIn) {
            events.add("packetIn " + packetIn.getData().length);
        }

        @Override
        public void flowRemoved(SwitchSession session, OFFlowRemoved removed) {
            events.add("removed " + removed.getCookie());
        }
    };

    /**
     * HELLO, FEATURES, then in one go SET_CONFIG (whole packets), PORT_DESC, DESC, a delete of every flow and a
     * barrier; ready once the barrier is answered, with the ports and the device id "of:" + 16 hex digits.
     */
    @Test
    public void handshake() {
        SwitchDouble sw = new SwitchDouble(listener);
        SwitchSession s = sw.session();
        s.start();
        assertEquals("our HELLO first", List.of("HELLO"), sw.types());
        assertEquals(OFVersion.OF_13, sw.last(OFHello.class).getVersion());

        sw.receive(SwitchDouble.OF.buildHello().build());
        assertNotNull("FEATURES_REQUEST after the switch's HELLO", sw.last(OFFeaturesRequest.class));

        long featuresXid = sw.last(OFFeaturesRequest.class).getXid();
        sw.clear();
        sw.receive(SwitchDouble.OF.buildFeaturesReply().setXid(featuresXid).setDatapathId(DatapathId.of(0xabcL))
                           .build());
        assertEquals(List.of("SET_CONFIG", "STATS_REQUEST", "STATS_REQUEST", "FLOW_MOD", "BARRIER_REQUEST"),
                     sw.types());
        assertEquals("whole packets in PacketIns", 0xffff, sw.last(OFSetConfig.class).getMissSendLen());
        OFFlowDelete wipe = sw.last(OFFlowDelete.class);
        assertEquals("every flow", U64.ZERO, wipe.getCookieMask());
        assertFalse("not ready before the barrier reply", s.isReady());
        assertEquals(List.of(), events);

        sw.receive(SwitchDouble.OF.buildPortDescStatsReply().setXid(sw.last(OFPortDescStatsRequest.class).getXid())
                           .setEntries(List.of(SwitchDouble.port(OFPort.LOCAL, "s1", "02:00:00:00:00:01", true),
                                               SwitchDouble.port(OFPort.of(1), "eth1", "02:00:00:00:01:01", true)))
                           .build());
        sw.answerBarriers();

        assertTrue(s.isReady());
        assertEquals(DeviceId.deviceId("of:0000000000000abc"), s.deviceId());
        assertEquals(List.of("ready of:0000000000000abc"), events);
        assertEquals("ports by number, LOCAL last", List.of("eth1", "s1"),
                     List.of(s.ports().get(0).getName(), s.ports().get(1).getName()));
    }

    /**
     * Echo requests are answered with their xid and data; PacketIns, FLOW_REMOVEDs and PORT_STATUSes of a
     * ready switch reach the listener.
     */
    @Test
    public void echoAndAsynchronousMessages() {
        SwitchDouble sw = new SwitchDouble(listener).connect(1);
        events.clear();
        sw.clear();
        sw.receive(SwitchDouble.OF.buildEchoRequest().setXid(77).setData(new byte[]{1, 2}).build());
        OFEchoReply echo = sw.last(OFEchoReply.class);
        assertEquals(77, echo.getXid());
        assertEquals(2, echo.getData().length);

        sw.receive(SwitchDouble.OF.buildPacketIn().setData(new byte[60]).setReason(OFPacketInReason.ACTION)
                           .setMatch(SwitchDouble.OF.buildMatch().build()).build());
        sw.receive(SwitchDouble.OF.buildFlowRemoved().setCookie(U64.of(5)).setReason(OFFlowRemovedReason.IDLE_TIMEOUT)
                           .setMatch(SwitchDouble.OF.buildMatch().build()).build());
        sw.receive(SwitchDouble.OF.buildPortStatus().setReason(OFPortReason.ADD)
                           .setDesc(SwitchDouble.port(OFPort.of(5), "vc-web1", "02:00:00:00:05:05", true)).build());
        assertEquals(List.of("packetIn 60", "removed " + U64.of(5), "port ADD vc-web1"), events);
        assertEquals("the port table follows PORT_STATUS", 1, sw.session().ports().size());
    }

    /**
     * A switch that offers only OpenFlow 1.0 is hung up on.
     */
    @Test
    public void refusesOtherVersions() {
        SwitchDouble sw = new SwitchDouble(listener);
        sw.session().start();
        sw.receive(OFFactories.getFactory(OFVersion.OF_10).buildHello().build());
        assertTrue("closed", sw.isClosed());
        assertEquals("no FEATURES_REQUEST", 0, sw.sent(OFFeaturesRequest.class).size());
        assertEquals("never ready, so never gone", List.of(), events);
    }

    /**
     * A barrier reports the errors of the messages sent ahead of it, by xid, once its reply arrives.
     */
    @Test
    public void barrierReportsErrorsOfItsMessages() {
        SwitchDouble sw = new SwitchDouble(listener).connect(1);
        SwitchSession s = sw.session();
        OFMessage good = new FlowRuleTranslator().deleteByCookie(1, 1, s.nextXid());
        OFMessage bad = new FlowRuleTranslator().deleteByCookie(2, 2, s.nextXid());
        AtomicReference<Map<Long, OFErrorMsg>> reported = new AtomicReference<>();
        List<Boolean> confirmed = new ArrayList<>();
        s.sendWithBarrier(List.of(good, bad), (errors, ok) -> {
            reported.set(errors);
            confirmed.add(ok);
        });
        sw.refuse(bad);
        assertNull("nothing before the barrier reply", reported.get());

        sw.answerBarriers();

        assertEquals(List.of(true), confirmed);
        assertEquals(Set.of(bad.getXid()), reported.get().keySet());
        assertEquals(OFType.ERROR, reported.get().get(bad.getXid()).getType());
    }

    /**
     * A dropped connection fails pending barriers and reports the switch gone; later barriers fail at once.
     */
    @Test
    public void disconnectFailsPendingBarriers() {
        SwitchDouble sw = new SwitchDouble(listener).connect(2);
        SwitchSession s = sw.session();
        List<Boolean> confirmed = new ArrayList<>();
        s.sendWithBarrier(List.of(new FlowRuleTranslator().deleteByCookie(1, 1, s.nextXid())),
                          (errors, ok) -> confirmed.add(ok));
        sw.drop();
        s.sendWithBarrier(List.of(), (errors, ok) -> confirmed.add(ok));

        assertEquals(List.of(false, false), confirmed);
        assertFalse(s.isReady());
        assertEquals(List.of("ready of:0000000000000002", "gone of:0000000000000002"), events);
    }

    /**
     * Multipart replies are collected until the one without REPLY_MORE.
     */
    @Test
    public void multipartRepliesAreJoined() {
        SwitchDouble sw = new SwitchDouble(listener).connect(3);
        List<List<OFStatsReply>> got = new ArrayList<>();
        sw.session().request(SwitchDouble.OF.buildFlowStatsRequest().build(), got::add);
        long xid = sw.last(OFFlowStatsRequest.class).getXid();
        OFFlowStatsReply first = SwitchDouble.OF.buildFlowStatsReply().setXid(xid)
                .setFlags(Set.of(OFStatsReplyFlags.REPLY_MORE)).setEntries(List.of()).build();
        sw.receive(first);
        assertEquals("waits for the rest", 0, got.size());
        sw.receive(SwitchDouble.OF.buildFlowStatsReply().setXid(xid).setEntries(List.of()).build());
        assertEquals(1, got.size());
        assertEquals(2, got.get(0).size());
    }

    /**
     * Our xids never repeat within a session's first four billion messages, and are never zero.
     */
    @Test
    public void xidsAreFreshAndNotZero() {
        SwitchSession s = new SwitchDouble(listener).session();
        long a = s.nextXid();
        long b = s.nextXid();
        assertTrue(a > 0 && b > a);
    }
}
