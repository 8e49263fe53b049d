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
import org.daolinet.api.ContainerService;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.PortMapping;
import org.daolinet.api.Server;
import org.daolinet.api.ServerService;

import java.util.Locale;

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

    /**
     * Describes a network group.
     *
     * @param group group
     * @return one line
     */
    static String group(NetworkGroup group) {
        return String.format("group %s: members=%s", group.key(), members(group));
    }

    /**
     * Lists the members of a group for a line or a table cell.
     *
     * @param group group
     * @return member names separated by commas, or {@link Table#NONE} if it has none
     */
    static String members(NetworkGroup group) {
        return group.members().isEmpty() ? Table.NONE : String.join(",", group.members());
    }

    /**
     * Describes a container of a pair policy.
     *
     * @param container container
     * @return its name and id
     */
    static String pairEnd(Container container) {
        return String.format("%s (%s)", container.name(), container.id());
    }

    /**
     * Describes a firewall rule.
     *
     * @param rule rule
     * @return one line
     */
    static String firewallRule(FirewallRule rule) {
        return String.format("firewall rule %s: priority=%d, action=%s, src=%s, dst=%s, protocol=%s, port=%s",
                             rule.key(), rule.priority(), rule.action().name().toLowerCase(Locale.ROOT),
                             rule.src(), rule.dst(), rule.protocol(), ports(rule));
    }

    /**
     * Returns the ports of a firewall rule as written, or {@code all}.
     *
     * @param rule rule
     * @return ports
     */
    static String ports(FirewallRule rule) {
        return rule.ports().isEmpty() ? "all" : rule.ports();
    }

    /**
     * Describes a port mapping, with the names of its container and server while registered.
     *
     * @param mapping    mapping
     * @param containers container service
     * @param servers    server service
     * @return one line
     */
    static String portMapping(PortMapping mapping, ContainerService containers, ServerService servers) {
        Container container = containers.container(mapping.containerId());
        Server server = servers.server(mapping.server());
        return String.format("port mapping %s: container=%s (%s), protocol=%s, server=%s (%s), serverPort=%d, "
                                     + "containerPort=%d",
                             mapping.name(), container == null ? Table.NONE : container.name(),
                             mapping.containerId(), mapping.protocol(), server == null ? Table.NONE : server.name(),
                             mapping.server(), mapping.serverPort(), mapping.containerPort());
    }
}
