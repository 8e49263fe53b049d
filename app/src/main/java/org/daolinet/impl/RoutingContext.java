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

import org.daolinet.api.AccessPolicy;
import org.daolinet.api.Container;
import org.daolinet.api.ContainerService;
import org.daolinet.api.NetworkService;
import org.daolinet.api.Route;
import org.daolinet.api.RouteStore;
import org.daolinet.api.Server;
import org.daolinet.api.ServerService;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.packet.DefaultOutboundPacket;
import org.onosproject.net.packet.OutboundPacket;
import org.onosproject.net.packet.PacketService;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the routing handlers share: the services they read, the rule factory and installer, the
 * metrics, and the current configuration snapshot.
 */
final class RoutingContext {

    /** A route set up this recently is not set up again by a duplicate PacketIn: its packet is sent on. */
    static final long RECENT_MILLIS = 1000;

    final ContainerService containers;
    final NetworkService networks;
    final ServerService servers;
    final AccessPolicy policy;
    final RouteStore store;
    final RouteRules rules;
    final RouteInstaller installer;
    final PacketService packetService;
    final RoutingMetrics metrics;
    private volatile RoutingConfig config = RoutingConfig.DEFAULT;
    /** The attachment of each container routed lately, by container id (see {@link Attachment}). */
    private final Map<String, Attachment> attachments = new ConcurrentHashMap<>();

    /**
     * Creates a context.
     *
     * @param containers    container service
     * @param networks      network service
     * @param servers       server service
     * @param policy        access policy
     * @param store         route store
     * @param rules         rule factory
     * @param installer     route installer
     * @param packetService packet service
     * @param metrics       metrics
     */
    RoutingContext(ContainerService containers, NetworkService networks, ServerService servers,
                   AccessPolicy policy, RouteStore store, RouteRules rules, RouteInstaller installer,
                   PacketService packetService, RoutingMetrics metrics) {
        this.containers = containers;
        this.networks = networks;
        this.servers = servers;
        this.policy = policy;
        this.store = store;
        this.rules = rules;
        this.installer = installer;
        this.packetService = packetService;
        this.metrics = metrics;
    }

    /**
     * Returns the current configuration.
     *
     * @return configuration snapshot
     */
    RoutingConfig config() {
        return config;
    }

    /**
     * Replaces the configuration.
     *
     * @param newConfig configuration snapshot
     */
    void config(RoutingConfig newConfig) {
        this.config = newConfig;
    }

    /**
     * Resolves where a container is plugged in, reusing the attachment built for it before when
     * nothing it depends on changed.
     *
     * @param c container
     * @return attachment (its uplink may be null if not reported yet), or null if the container's
     *         port or server is not known
     */
    Attachment attach(Container c) {
        Attachment a = attachments.get(c.id());
        long version = version();
        // the registry did not change since the attachment was last found current: a move, an update
        // or a new uplink would have changed the version (before its event reaches any listener)
        if (a != null && a.currentAt(c, version)) {
            return a;
        }
        // the version is read before the lookups, so a change after it is caught by the next use
        PortNumber port = containers.portNumber(c.id());
        Server server = servers.server(c.server());
        if (port == null || server == null) {
            return null;
        }
        PortNumber uplink = servers.uplinkPort(c.server());
        if (a != null && a.builtFrom(c, port, server, uplink)) {
            a.confirm(version);
            return a;
        }
        a = new Attachment(c, port, server, uplink, version);
        attachments.put(c.id(), a);
        if (containers.container(c.id()) == null) {
            // removed meanwhile, and its event may have come and gone: keep no entry for it
            attachments.remove(c.id(), a);
        }
        return a;
    }

    /**
     * Returns the version of everything an attachment or a route is derived from in the registry:
     * containers, their port numbers, servers and their uplinks. It grows with every change of them
     * on this node, as soon as the registry's indexes hold the change (before its event reaches any
     * listener).
     *
     * @return registry version
     */
    long version() {
        // both parts only grow, so their sum changes whenever either does
        return containers.version() + servers.version();
    }

    /**
     * Returns the container bound to a port and its attachment, as the port's memo holds them: while
     * the registry's version reads what it read before they were looked up, nothing they depend on
     * (the port's binding, the container, its port number, server and uplink) changed, and they are
     * what {@link ContainerService#containerByPort} and {@link #attach} would answer.
     *
     * @param port    the port's record
     * @param version the registry's version now
     * @return attachment of the port's container, or null if it must be looked up
     */
    static Attachment source(PacketInLimiter.Port port, long version) {
        Source s = port.source;
        return s != null && s.version == version ? s.attachment : null;
    }

    /**
     * Remembers a port's container and attachment in the port's record.
     *
     * @param port       the port's record
     * @param attachment attachment of the container bound to the port
     * @param version    the registry version read before the container and its attachment were looked up
     */
    static void remember(PacketInLimiter.Port port, Attachment attachment, long version) {
        port.source = new Source(attachment, version);
    }

    /**
     * A port's container (by its attachment) as found by lookups made after reading a registry
     * version. Immutable, so the pair is always read whole.
     */
    static final class Source {
        final Attachment attachment;
        final long version;

        Source(Attachment attachment, long version) {
            this.attachment = attachment;
            this.version = version;
        }
    }

    /**
     * Drops the attachment kept for a container (it went away, moved or changed), so that the cache
     * holds only containers that exist.
     *
     * @param containerId container id
     */
    void forget(String containerId) {
        attachments.remove(containerId);
    }

    /**
     * Returns the number of attachments kept.
     *
     * @return number of containers with a cached attachment
     */
    int attachmentsCached() {
        return attachments.size();
    }

    /**
     * Tells whether a container is still registered with the same binding (server, port, addresses).
     *
     * @param c container as it was when a route was computed
     * @return true if unchanged
     */
    boolean current(Container c) {
        return c.equals(containers.container(c.id()));
    }

    /**
     * Builds the PacketOut that applies a rule's actions to a packet.
     *
     * @param rule   rule whose treatment to apply
     * @param data   the packet
     * @param inPort port the packet entered on (replaces an output to IN_PORT)
     * @return outbound packet on the rule's device
     */
    OutboundPacket packetOut(FlowRule rule, ByteBuffer data, PortNumber inPort) {
        return new DefaultOutboundPacket(rule.deviceId(), RouteRules.forPacketOut(rule, inPort), data);
    }

    /**
     * Returns the rule of a route on a device.
     *
     * @param route  route
     * @param device device
     * @return rule or null
     */
    static FlowRule ruleOn(Route route, DeviceId device) {
        for (FlowRule rule : route.rules()) {
            if (rule.deviceId().equals(device)) {
                return rule;
            }
        }
        return null;
    }

    /**
     * Tells whether a route was set up so recently that a PacketIn for it is a duplicate (a packet
     * that overtook the rule in the switch's datapath cache) rather than a sign the rule is gone.
     *
     * @param route route
     * @return true if recent
     */
    static boolean recent(Route route) {
        return System.currentTimeMillis() - route.createdMillis() < RECENT_MILLIS;
    }

    /**
     * Sends a packet on along an installed route and counts it.
     *
     * @param route route
     * @param in    where the packet entered
     * @param data  the packet
     * @return true if the route has a rule on the device
     */
    boolean sendOn(Route route, ConnectPoint in, ByteBuffer data) {
        FlowRule rule = ruleOn(route, in.deviceId());
        if (rule == null) {
            return false;
        }
        packetService.emit(packetOut(rule, data, in.port()));
        metrics.count(RoutingMetrics.Counter.PACKETS_FORWARDED);
        return true;
    }
}
