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

import org.projectfloodlight.openflow.protocol.OFMessage;

import java.util.List;

/**
 * The connection to one switch as its session sees it: messages go out in order, without blocking the caller.
 */
public interface OpenFlowChannel {

    /**
     * Sends messages, in order, after every message sent before. Returns at once; messages that the connection
     * cannot take yet are queued. Messages sent after the channel closed are dropped.
     *
     * @param messages messages
     */
    void send(List<OFMessage> messages);

    /**
     * Closes the connection. The session learns of it through {@link SwitchSession#disconnected()}.
     */
    void close();

    /**
     * Describes the peer, for logs.
     *
     * @return description
     */
    String describe();
}
