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

import com.google.common.collect.ImmutableList;
import org.daolinet.api.AccessDecision;
import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.api.PortMapping;
import org.daolinet.api.PortMappingService;
import org.daolinet.api.Route;
import org.daolinet.api.RouteKey;
import org.daolinet.api.Server;
import org.onlab.packet.Ethernet;
import org.onlab.packet.IPv4;
import org.onlab.packet.IpAddress;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.flow.FlowRule;

import java.nio.ByteBuffer;
import java.util.List;

import static org.daolinet.api.RouteKey.Kind.DENY_PUBLISHED;
import static org.daolinet.api.RouteKey.Kind.PUBLISHED;
import static org.daolinet.api.RouteKey.Kind.PUBLISHED_RETURN;
import static org.daolinet.impl.RoutingMetrics.Counter.DENIED;
import static org.daolinet.impl.RoutingMetrics.Counter.PUBLISHED_SET_UP;
import static org.daolinet.impl.RoutingMetrics.Counter.UNROUTABLE;

/**
 * Published container ports: the first packet of a client to a published port of a server comes to
 * the controller, which asks the access policy and sets up the client's connection in both
 * directions (DNAT towards the container, the reverse rewrite on its replies), through the
 * cross-server path when the container lives on another server.
 */
final class PublishHandler {

    private final RoutingContext ctx;
    private final PortMappingService mappings;

    /**
     * Creates the handler.
     *
     * @param ctx      shared routing context
     * @param mappings port mapping service
     */
    PublishHandler(RoutingContext ctx, PortMappingService mappings) {
        this.ctx = ctx;
        this.mappings = mappings;
    }

    /**
     * Returns the destination of a published route key: the client and the mapping.
     *
     * @param client  client address
     * @param mapping mapping
     * @return key destination
     */
    static String destination(IpAddress client, PortMapping mapping) {
        return client + "@" + mapping.name();
    }

    /**
     * Handles a packet to the publishing server's own IP that a published-port rule sent up.
     *
     * @param eth        the frame
     * @param ip         its IPv4 packet
     * @param data       the frame as received
     * @param in         the server's uplink
     * @param pub        the server
     * @param startNanos when the PacketIn arrived
     */
    void toPublished(Ethernet eth, IPv4 ip, ByteBuffer data, ConnectPoint in, Server pub, long startNanos) {
        int protocol = PacketFields.protocol(ip);
        PortMapping m = mappings.mappingAt(pub.deviceId(), protocol, PacketFields.dstPort(ip));
        Container c = m == null ? null : ctx.containers.container(m.containerId());
        if (c == null) {
            ctx.metrics.count(UNROUTABLE);
            return;
        }
        IpAddress client = IpAddress.valueOf(ip.getSourceAddress());
        String dst = destination(client, m);
        RoutingConfig config = ctx.config();
        AccessDecision decision = ctx.policy.decidePublished(client, c, protocol, m.containerPort());
        if (!decision.allowed()) {
            ctx.metrics.count(DENIED);
            RouteKey key = RouteKey.of(DENY_PUBLISHED, c.id(), dst, protocol, m.containerPort(), false);
            FlowRule drop = ctx.rules.publishedDeny(m, pub, in.port(), client, config.publishedDenyPriority(),
                                                    config.dropTimeout());
            ctx.installer.installDrop(new Route(key, ImmutableList.of(drop), System.currentTimeMillis()), true);
            return;
        }
        RouteKey forward = RouteKey.of(PUBLISHED, c.id(), dst, protocol, m.containerPort(), false);
        Route existing = ctx.store.route(forward);
        if (existing != null && RoutingContext.recent(existing) && ctx.sendOn(existing, in, data)) {
            return;
        }
        Attachment at = ctx.attach(c);
        Network network = ctx.networks.network(c.network());
        boolean local = at != null && at.device().equals(pub.deviceId());
        if (at == null || network == null || (!local && (at.uplink == null || c.vip() == null))) {
            ctx.metrics.count(UNROUTABLE);
            return;
        }
        int timeout = config.jitteredTimeout();
        int priority = config.publishedPriority();
        long now = System.currentTimeMillis();
        List<FlowRule> in2c = ctx.rules.publishedForward(m, pub, in.port(), at, network.gatewayMac(), client,
                                                         priority, timeout);
        List<FlowRule> c2out = ctx.rules.publishedReturn(m, pub, in.port(), at, client, eth.getSourceMAC(),
                                                         priority, timeout);
        RouteKey back = RouteKey.of(PUBLISHED_RETURN, c.id(), dst, protocol, m.containerPort(), true);
        ctx.installer.install(ImmutableList.of(new Route(forward, in2c, now), new Route(back, c2out, now)),
                              ctx.packetOut(in2c.get(0), data, in.port()), startNanos, PUBLISHED_SET_UP,
                              () -> ctx.current(c) && m.equals(mappings.mapping(m.name())));
    }

    /**
     * Tells whether a container's packet to an external address is the reply of a published port
     * whose return path is gone. Such a packet must not leave as egress (through the gateway and the
     * host's NAT its client would not recognise it): it is dropped, and the client's next packet
     * sets the connection up again in both directions.
     *
     * @param ip  the container's IPv4 packet
     * @param src the container
     * @return true if the packet belongs to a published port
     */
    boolean isPublishedReply(IPv4 ip, Container src) {
        int protocol = PacketFields.protocol(ip);
        int srcPort = PacketFields.srcPort(ip);
        for (PortMapping m : mappings.mappingsOf(src.id())) {
            if (m.protocol().number() == protocol && m.containerPort() == srcPort) {
                ctx.metrics.count(UNROUTABLE);
                return true;
            }
        }
        return false;
    }
}
