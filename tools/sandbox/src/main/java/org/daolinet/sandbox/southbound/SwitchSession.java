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

import org.onosproject.net.DeviceId;
import org.projectfloodlight.openflow.protocol.OFConfigFlags;
import org.projectfloodlight.openflow.protocol.OFDescStatsReply;
import org.projectfloodlight.openflow.protocol.OFEchoRequest;
import org.projectfloodlight.openflow.protocol.OFErrorMsg;
import org.projectfloodlight.openflow.protocol.OFFactory;
import org.projectfloodlight.openflow.protocol.OFFeaturesReply;
import org.projectfloodlight.openflow.protocol.OFFlowRemoved;
import org.projectfloodlight.openflow.protocol.OFHello;
import org.projectfloodlight.openflow.protocol.OFHelloElem;
import org.projectfloodlight.openflow.protocol.OFHelloElemVersionbitmap;
import org.projectfloodlight.openflow.protocol.OFMessage;
import org.projectfloodlight.openflow.protocol.OFPacketIn;
import org.projectfloodlight.openflow.protocol.OFPortDesc;
import org.projectfloodlight.openflow.protocol.OFPortDescStatsReply;
import org.projectfloodlight.openflow.protocol.OFPortReason;
import org.projectfloodlight.openflow.protocol.OFPortStatus;
import org.projectfloodlight.openflow.protocol.OFStatsReply;
import org.projectfloodlight.openflow.protocol.OFStatsReplyFlags;
import org.projectfloodlight.openflow.protocol.OFStatsRequest;
import org.projectfloodlight.openflow.protocol.OFVersion;
import org.projectfloodlight.openflow.types.DatapathId;
import org.projectfloodlight.openflow.types.OFPort;
import org.projectfloodlight.openflow.types.U32;
import org.slf4j.Logger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * One OpenFlow 1.3 switch connection: the handshake (HELLO, FEATURES, SET_CONFIG with the whole packet in
 * PacketIns, PORT_DESC, DESC, delete every flow, BARRIER), echo replies, the switch's ports, and the
 * correlation of replies and errors with requests by transaction id. Messages are handed over by the
 * connection's I/O thread ({@link #receive}); requests may come from any thread.
 * <p>
 * Changes to the flow table are confirmed by a BARRIER: {@link #sendWithBarrier} reports, once the switch
 * answers the barrier, which of the messages sent with it the switch refused with an ERROR.
 */
public final class SwitchSession {

    /** Whole packets in PacketIns (OFPCML_NO_BUFFER). */
    private static final int MISS_SEND_LEN = 0xffff;
    private static final long XID_MASK = 0xffffffffL;
    private static final OFFactory OF = FlowRuleTranslator.OF13;
    private static final FlowRuleTranslator TRANSLATOR = new FlowRuleTranslator();

    private final Logger log = getLogger(getClass());

    /** Where a session is in its life. */
    enum State {
        /** Waiting for the switch's HELLO. */
        HELLO,
        /** Waiting for the FEATURES reply. */
        FEATURES,
        /** Flow table being emptied; ports and description being read. */
        SYNC,
        /** Handshake done. */
        READY,
        /** Disconnected. */
        CLOSED
    }

    /**
     * Learns whether messages sent ahead of a barrier took effect.
     */
    @FunctionalInterface
    public interface BarrierCallback {
        /**
         * Called once: when the barrier reply arrives, or when the connection goes before it does.
         *
         * @param errors    the ERROR messages the switch sent for the messages, by their transaction id
         * @param confirmed true if the barrier reply arrived; false if the connection went before it
         */
        void done(Map<Long, OFErrorMsg> errors, boolean confirmed);
    }

    private final OpenFlowChannel channel;
    private final SwitchListener listener;
    private final AtomicLong xids = new AtomicLong();
    private final Map<OFPort, OFPortDesc> ports = new ConcurrentHashMap<>();
    /** Pending barriers by the barrier's transaction id. */
    private final Map<Long, Barrier> barriers = new ConcurrentHashMap<>();
    /** Pending barriers by the transaction id of each message sent ahead of them. */
    private final Map<Long, Barrier> ahead = new ConcurrentHashMap<>();
    private final Map<Long, Multipart> multiparts = new ConcurrentHashMap<>();
    private final long createdMillis = System.currentTimeMillis();

    private volatile State state = State.HELLO;
    private volatile DatapathId dpid;
    private volatile DeviceId deviceId;
    private volatile OFDescStatsReply description;

    /**
     * Creates the session of a new connection.
     *
     * @param channel  the connection
     * @param listener told about the switch once it is ready
     */
    public SwitchSession(OpenFlowChannel channel, SwitchListener listener) {
        this.channel = channel;
        this.listener = listener;
    }

    /**
     * Starts the handshake with our HELLO.
     */
    public void start() {
        send(OF.buildHello().setXid(nextXid()).build());
    }

    /**
     * Returns a new transaction id.
     *
     * @return transaction id (32 bits)
     */
    public long nextXid() {
        long x;
        do {
            x = xids.incrementAndGet() & XID_MASK;
        } while (x == 0);
        return x;
    }

    /**
     * Sends messages in order.
     *
     * @param messages messages
     */
    public void send(OFMessage... messages) {
        channel.send(List.of(messages));
    }

    /**
     * Sends messages followed by a BARRIER, in one write, and reports on the callback which of them failed.
     * Every message must carry its own transaction id ({@link #nextXid()}).
     *
     * @param messages messages
     * @param callback called once, on the I/O thread or, if the switch is gone, on the caller's
     */
    public void sendWithBarrier(List<? extends OFMessage> messages, BarrierCallback callback) {
        long barrierXid = nextXid();
        Barrier b = new Barrier(callback);
        for (OFMessage m : messages) {
            ahead.put(m.getXid(), b);
            b.xids.add(m.getXid());
        }
        barriers.put(barrierXid, b);
        if (state == State.CLOSED) {
            // the connection went while we registered: nobody else will ever complete this barrier
            fail(barrierXid);
            return;
        }
        List<OFMessage> all = new ArrayList<>(messages);
        all.add(OF.buildBarrierRequest().setXid(barrierXid).build());
        channel.send(all);
    }

    /**
     * Sends a multipart request and collects its replies.
     *
     * @param request request; its transaction id is replaced
     * @param replies called with all replies once the last arrives, on the I/O thread; never if the switch
     *                refuses the request or goes
     */
    public void request(OFStatsRequest<?> request, Consumer<List<OFStatsReply>> replies) {
        long xid = nextXid();
        multiparts.put(xid, new Multipart(replies));
        send(request.createBuilder().setXid(xid).build());
    }

    /**
     * Handles a message from the switch. Called by the connection's I/O thread, in arrival order.
     *
     * @param m message
     */
    public void receive(OFMessage m) {
        switch (m.getType()) {
            case HELLO:
                hello((OFHello) m);
                break;
            case ECHO_REQUEST:
                send(OF.buildEchoReply().setXid(m.getXid()).setData(((OFEchoRequest) m).getData()).build());
                break;
            case FEATURES_REPLY:
                features((OFFeaturesReply) m);
                break;
            case STATS_REPLY:
                multipart((OFStatsReply) m);
                break;
            case BARRIER_REPLY:
                barrierReply(m.getXid());
                break;
            case ERROR:
                error((OFErrorMsg) m);
                break;
            case PORT_STATUS:
                portStatus((OFPortStatus) m);
                break;
            case PACKET_IN:
                if (state == State.READY) {
                    listener.packetIn(this, (OFPacketIn) m);
                }
                break;
            case FLOW_REMOVED:
                // during SYNC these report the flows of an earlier controller being deleted
                if (state == State.READY) {
                    listener.flowRemoved(this, (OFFlowRemoved) m);
                }
                break;
            default:
                log.debug("Ignored {} from {}", m.getType(), this);
                break;
        }
    }

    /**
     * The connection closed: fails what waits for the switch and, if the switch was ready, reports it gone.
     * Called once by the connection.
     */
    public void disconnected() {
        State previous = state;
        state = State.CLOSED;
        for (Long xid : List.copyOf(barriers.keySet())) {
            fail(xid);
        }
        multiparts.clear();
        log.info("{} disconnected", this);
        if (previous == State.READY) {
            listener.switchGone(this);
        }
    }

    /**
     * Closes the connection.
     */
    public void close() {
        channel.close();
    }

    private void hello(OFHello hello) {
        if (state != State.HELLO) {
            return;
        }
        if (!speaksOf13(hello)) {
            log.warn("{} does not speak OpenFlow 1.3 ({}); closing", channel.describe(), hello);
            close();
            return;
        }
        state = State.FEATURES;
        send(OF.buildFeaturesRequest().setXid(nextXid()).build());
    }

    // a HELLO below 1.3 has no elements: the peer offers no version of ours
    private static boolean speaksOf13(OFHello hello) {
        int of13 = OFVersion.OF_13.getWireVersion();
        if (hello.getVersion().getWireVersion() < of13) {
            return false;
        }
        for (OFHelloElem e : hello.getElements()) {
            if (e instanceof OFHelloElemVersionbitmap) {
                List<U32> bitmaps = ((OFHelloElemVersionbitmap) e).getBitmaps();
                return !bitmaps.isEmpty() && (bitmaps.get(0).getValue() & (1L << of13)) != 0;
            }
        }
        return true;
    }

    private void features(OFFeaturesReply reply) {
        if (state != State.FEATURES) {
            return;
        }
        dpid = reply.getDatapathId();
        deviceId = deviceId(dpid);
        state = State.SYNC;
        send(OF.buildSetConfig().setXid(nextXid()).setFlags(Set.of(OFConfigFlags.FRAG_NORMAL))
                     .setMissSendLen(MISS_SEND_LEN).build());
        request(OF.buildPortDescStatsRequest().build(), replies -> replies.forEach(r -> {
            for (OFPortDesc p : ((OFPortDescStatsReply) r).getEntries()) {
                ports.put(p.getPortNo(), p);
            }
        }));
        request(OF.buildDescStatsRequest().build(), replies -> description = (OFDescStatsReply) replies.get(0));
        // a clean slate: the flow rule service pushes what the applications want on this switch
        sendWithBarrier(List.of(TRANSLATOR.deleteByCookie(0, 0, nextXid())), (errors, confirmed) -> {
            if (!confirmed || state != State.SYNC) {
                return;
            }
            if (!errors.isEmpty()) {
                log.warn("{} refused to empty its flow table: {}", this, errors.values());
            }
            state = State.READY;
            log.info("{} ready: {} ports, {}", this, ports.size(), description == null ? "no description"
                    : description.getMfrDesc() + " " + description.getSwDesc());
            listener.switchReady(this);
        });
    }

    private void multipart(OFStatsReply reply) {
        Multipart m = multiparts.get(reply.getXid());
        if (m == null) {
            log.debug("Unsolicited {} from {}", reply.getStatsType(), this);
            return;
        }
        m.replies.add(reply);
        if (!reply.getFlags().contains(OFStatsReplyFlags.REPLY_MORE)) {
            multiparts.remove(reply.getXid());
            m.done.accept(m.replies);
        }
    }

    private void barrierReply(long xid) {
        Barrier b = barriers.remove(xid);
        if (b == null) {
            log.debug("Unexpected barrier reply {} from {}", xid, this);
            return;
        }
        b.xids.forEach(ahead::remove);
        b.callback.done(b.errors(), true);
    }

    private void fail(long barrierXid) {
        Barrier b = barriers.remove(barrierXid);
        if (b != null) {
            b.xids.forEach(ahead::remove);
            b.callback.done(b.errors(), false);
        }
    }

    private void error(OFErrorMsg e) {
        Barrier b = ahead.get(e.getXid());
        if (b != null) {
            b.error(e);
            log.debug("{} refused message {}: {}", this, e.getXid(), e);
            return;
        }
        if (multiparts.remove(e.getXid()) != null) {
            log.warn("{} refused request {}: {}", this, e.getXid(), e);
            return;
        }
        log.warn("Error from {}: {}", this, e);
        if (state != State.READY && state != State.SYNC) {
            // the handshake failed
            close();
        }
    }

    private void portStatus(OFPortStatus status) {
        OFPortDesc p = status.getDesc();
        if (status.getReason() == OFPortReason.DELETE) {
            ports.remove(p.getPortNo());
        } else {
            ports.put(p.getPortNo(), p);
        }
        if (state == State.READY) {
            listener.portChanged(this, status);
        }
    }

    /**
     * Returns the ONOS device id of a datapath: "of:" and its 16 hex digits.
     *
     * @param dpid datapath id
     * @return device id
     */
    public static DeviceId deviceId(DatapathId dpid) {
        return DeviceId.deviceId(String.format("of:%016x", dpid.getLong()));
    }

    /**
     * Tells whether the handshake is done and the switch still connected.
     *
     * @return true if ready
     */
    public boolean isReady() {
        return state == State.READY;
    }

    /**
     * Returns the state.
     *
     * @return state
     */
    State state() {
        return state;
    }

    /**
     * Returns the datapath id.
     *
     * @return datapath id, or null before the FEATURES reply
     */
    public DatapathId dpid() {
        return dpid;
    }

    /**
     * Returns the ONOS device id.
     *
     * @return device id, or null before the FEATURES reply
     */
    public DeviceId deviceId() {
        return deviceId;
    }

    /**
     * Returns the switch's description (manufacturer, hardware, software, serial number).
     *
     * @return description, or null if the switch did not answer
     */
    public OFDescStatsReply description() {
        return description;
    }

    /**
     * Returns the switch's ports, by port number.
     *
     * @return ports
     */
    public List<OFPortDesc> ports() {
        List<OFPortDesc> list = new ArrayList<>(ports.values());
        list.sort(Comparator.comparingLong(p -> p.getPortNo().getPortNumber() & XID_MASK));
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns when the connection came up.
     *
     * @return milliseconds since the epoch
     */
    public long createdMillis() {
        return createdMillis;
    }

    /**
     * Describes the peer of the connection.
     *
     * @return description
     */
    public String remote() {
        return channel.describe();
    }

    @Override
    public String toString() {
        return deviceId != null ? "switch " + deviceId : "switch at " + channel.describe();
    }

    /**
     * Messages waiting for a barrier reply, and the errors the switch sent for them.
     */
    private static final class Barrier {
        private final BarrierCallback callback;
        private final List<Long> xids = new ArrayList<>();
        private final Map<Long, OFErrorMsg> errors = new HashMap<>();

        Barrier(BarrierCallback callback) {
            this.callback = callback;
        }

        synchronized void error(OFErrorMsg e) {
            errors.put(e.getXid(), e);
        }

        synchronized Map<Long, OFErrorMsg> errors() {
            return Map.copyOf(errors);
        }
    }

    /**
     * The replies of a multipart request so far.
     */
    private static final class Multipart {
        private final Consumer<List<OFStatsReply>> done;
        private final List<OFStatsReply> replies = new ArrayList<>();

        Multipart(Consumer<List<OFStatsReply>> done) {
            this.done = done;
        }
    }
}
