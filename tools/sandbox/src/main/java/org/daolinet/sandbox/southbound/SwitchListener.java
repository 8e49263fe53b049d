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

import org.projectfloodlight.openflow.protocol.OFFlowRemoved;
import org.projectfloodlight.openflow.protocol.OFPacketIn;
import org.projectfloodlight.openflow.protocol.OFPortStatus;

/**
 * What happens on switch connections, as the ONOS services built on them need to know. Called on the
 * connection's I/O thread: implementations must not block.
 */
public interface SwitchListener {

    /**
     * A switch completed its handshake: its datapath id, ports and description are known and its flow table
     * is empty.
     *
     * @param session the switch's session
     */
    default void switchReady(SwitchSession session) {
    }

    /**
     * A ready switch disconnected (or was replaced by a new connection with the same datapath id).
     *
     * @param session the switch's session
     */
    default void switchGone(SwitchSession session) {
    }

    /**
     * A port of a ready switch was added, changed or deleted; the session's port table already shows it.
     *
     * @param session the switch's session
     * @param status  the switch's message
     */
    default void portChanged(SwitchSession session, OFPortStatus status) {
    }

    /**
     * A ready switch sent a packet to the controller.
     *
     * @param session the switch's session
     * @param packetIn the switch's message
     */
    default void packetIn(SwitchSession session, OFPacketIn packetIn) {
    }

    /**
     * A ready switch removed a rule that asked to be reported (idle or hard timeout, or a delete).
     *
     * @param session the switch's session
     * @param removed the switch's message
     */
    default void flowRemoved(SwitchSession session, OFFlowRemoved removed) {
    }
}
