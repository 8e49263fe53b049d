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
package org.daolinet.cli;

import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.api.Server;

/**
 * One-line descriptions of DaoliNet objects, printed by the commands that change them.
 */
final class Lines {

    private Lines() {
    }

    /**
     * Describes a server.
     *
     * @param server server
     * @return one line
     */
    static String server(Server server) {
        return String.format("server %s: deviceId=%s, uplinkPort=%s, ip=%s, mac=%s",
                             server.name(), server.deviceId(), server.uplinkPort(), server.ip(), server.mac());
    }

    /**
     * Describes a network.
     *
     * @param network network
     * @return one line
     */
    static String network(Network network) {
        return String.format("network %s: cidr=%s, gateway=%s, id=%d, gatewayMac=%s, gatewayPort=%s",
                             network.key(), network.cidr(), network.gateway(), network.id(),
                             network.gatewayMac(), network.gatewayPort());
    }

    /**
     * Describes a container.
     *
     * @param container container
     * @return one line
     */
    static String container(Container container) {
        return String.format("container %s: id=%s, network=%s, ip=%s, mac=%s, server=%s, portName=%s, vip=%s",
                             container.name(), container.id(), container.network(), container.ip(),
                             container.mac(), container.server(), container.portName(),
                             container.vip() == null ? Table.NONE : container.vip());
    }
}
