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

import org.daolinet.api.Container;
import org.daolinet.api.Server;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

/**
 * Where a container is plugged in, with everything route rules need: its bridge port, its server
 * and that server's uplink port.
 */
final class Attachment {

    final Container container;
    final PortNumber port;
    final Server server;
    final PortNumber uplink;

    /**
     * Creates an attachment.
     *
     * @param container container
     * @param port      its bridge port number
     * @param server    its server
     * @param uplink    the server's uplink port number, or null if not reported yet
     */
    Attachment(Container container, PortNumber port, Server server, PortNumber uplink) {
        this.container = container;
        this.port = port;
        this.server = server;
        this.uplink = uplink;
    }

    /**
     * Returns the device id of the container's server.
     *
     * @return device id
     */
    DeviceId device() {
        return server.deviceId();
    }

    /**
     * Tells whether a route between two attachments can be built: on one server, or across servers
     * whose uplinks are known and whose containers have VIPs.
     *
     * @param other other attachment
     * @return true if routable
     */
    boolean routableTo(Attachment other) {
        return sameServer(other) || (uplink != null && other.uplink != null
                && container.vip() != null && other.container.vip() != null);
    }

    /**
     * Tells whether two attachments are on the same server.
     *
     * @param other other attachment
     * @return true if on the same server
     */
    boolean sameServer(Attachment other) {
        return server.deviceId().equals(other.server.deviceId());
    }
}
