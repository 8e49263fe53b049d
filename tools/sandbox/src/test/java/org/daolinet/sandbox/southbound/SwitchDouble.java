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

import org.projectfloodlight.openflow.protocol.OFBadMatchCode;
import org.projectfloodlight.openflow.protocol.OFBarrierRequest;
import org.projectfloodlight.openflow.protocol.OFDescStatsRequest;
import org.projectfloodlight.openflow.protocol.OFFactory;
import org.projectfloodlight.openflow.protocol.OFFeaturesRequest;
import org.projectfloodlight.openflow.protocol.OFMessage;
import org.projectfloodlight.openflow.protocol.OFPortDesc;
import org.projectfloodlight.openflow.protocol.OFPortDescStatsRequest;
import org.projectfloodlight.openflow.protocol.OFPortState;
import org.projectfloodlight.openflow.types.DatapathId;
import org.projectfloodlight.openflow.types.MacAddress;
import org.projectfloodlight.openflow.types.OFErrorCauseData;
import org.projectfloodlight.openflow.types.OFPort;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.junit.Assert.assertFalse;

/**
 * An OpenFlow switch in memory: the session's channel records what the controller sends, and the test plays
 * the switch's part by handing messages to the session, as the I/O thread would.
 */
final class SwitchDouble implements OpenFlowChannel {

    static final OFFactory OF = FlowRuleTranslator.OF13;

    private final List<OFMessage> sent = new CopyOnWriteArrayList<>();
    private final Set<Long> answeredBarriers = new HashSet<>();
    private final SwitchSession session;
    private volatile boolean closed;

    SwitchDouble(SwitchListener listener) {
        session = new SwitchSession(this, listener);
    }

    /**
     * Connects and goes through the handshake as Open vSwitch does.
     *
     * @param dpid  datapath id
     * @param ports the switch's ports
     * @return this
     */
    SwitchDouble connect(long dpid, OFPortDesc... ports) {
        session.start();
        receive(OF.buildHello().build());
        connectFeatures(dpid);
        receive(OF.buildPortDescStatsReply().setXid(last(OFPortDescStatsRequest.class).getXid())
                        .setEntries(List.of(ports)).build());
        receive(OF.buildDescStatsReply().setXid(last(OFDescStatsRequest.class).getXid())
                        .setMfrDesc("Nicira, Inc.").setHwDesc("Open vSwitch").setSwDesc("3.1.0")
                        .setSerialNum("None").setDpDesc("s" + dpid).build());
        answerBarriers();
        return this;
    }

    /**
     * Answers the session's FEATURES_REQUEST.
     *
     * @param dpid datapath id
     */
    void connectFeatures(long dpid) {
        receive(OF.buildFeaturesReply().setXid(last(OFFeaturesRequest.class).getXid())
                        .setDatapathId(DatapathId.of(dpid)).setNTables((short) 254).build());
    }

    /**
     * Builds a port description.
     *
     * @param number port number
     * @param name   port name
     * @param mac    MAC address
     * @param up     whether the link is up
     * @return description
     */
    static OFPortDesc port(OFPort number, String name, String mac, boolean up) {
        return OF.buildPortDesc().setPortNo(number).setName(name).setHwAddr(MacAddress.of(mac))
                .setState(up ? Set.of(OFPortState.LIVE) : Set.of(OFPortState.LINK_DOWN))
                .setCurrSpeed(10_000_000).build();
    }

    SwitchSession session() {
        return session;
    }

    void receive(OFMessage m) {
        assertFalse("switch double is disconnected", closed);
        session.receive(m);
    }

    /**
     * Answers every barrier request not answered yet, in order.
     */
    void answerBarriers() {
        for (OFBarrierRequest b : sent(OFBarrierRequest.class)) {
            if (answeredBarriers.add(b.getXid())) {
                receive(OF.buildBarrierReply().setXid(b.getXid()).build());
            }
        }
    }

    /**
     * Refuses a message as Open vSwitch refuses a match without its prerequisites.
     *
     * @param m the refused message
     */
    void refuse(OFMessage m) {
        receive(OF.errorMsgs().buildBadMatchErrorMsg().setXid(m.getXid()).setCode(OFBadMatchCode.BAD_PREREQ)
                        .setData(OFErrorCauseData.NONE).build());
    }

    <T extends OFMessage> List<T> sent(Class<T> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
    }

    <T extends OFMessage> T last(Class<T> type) {
        List<T> all = sent(type);
        if (all.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " sent; sent: " + types());
        }
        return all.get(all.size() - 1);
    }

    List<String> types() {
        List<String> types = new ArrayList<>();
        sent.forEach(m -> types.add(m.getType().toString()));
        return types;
    }

    /**
     * Forgets what was sent so far (barriers included).
     */
    void clear() {
        sent.clear();
        answeredBarriers.clear();
    }

    boolean isClosed() {
        return closed;
    }

    /**
     * The connection drops, as when the switch goes away.
     */
    void drop() {
        closed = true;
        session.disconnected();
    }

    @Override
    public void send(List<OFMessage> messages) {
        if (!closed) {
            sent.addAll(messages);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            drop();
        }
    }

    @Override
    public String describe() {
        return "switch double";
    }
}
