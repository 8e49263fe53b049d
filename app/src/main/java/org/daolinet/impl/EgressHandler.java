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
import org.daolinet.api.Route;
import org.daolinet.api.RouteKey;
import org.onlab.packet.IPv4;
import org.onlab.packet.IpAddress;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.FlowRule;

import java.nio.ByteBuffer;

import static org.daolinet.api.RouteKey.Kind.DENY_EGRESS;
import static org.daolinet.api.RouteKey.Kind.EGRESS;
import static org.daolinet.api.RouteKey.Kind.EGRESS_RETURN;
import static org.daolinet.impl.RoutingMetrics.Counter.DENIED;
import static org.daolinet.impl.RoutingMetrics.Counter.EGRESS_SET_UP;
import static org.daolinet.impl.RoutingMetrics.Counter.UNROUTABLE;

/**
 * Egress: traffic from a container to a destination that is not a container leaves through its
 * network's gateway port on its own server (the host routes and NATs it), with a return path for
 * the replies. Traffic entering from a gateway port reaches a container only as the return path of
 * that container's own egress, never as a detour from another network or tenant through the host.
 */
final class EgressHandler {

    private final RoutingContext ctx;

    /**
     * Creates the handler.
     *
     * @param ctx shared routing context
     */
    EgressHandler(RoutingContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Handles a container's packet to an external address.
     *
     * @param ip         the IPv4 packet
     * @param data       the frame as received
     * @param in         container port
     * @param src        container (binding already checked)
     * @param dstIp      external address
     * @param startNanos when the PacketIn arrived
     */
    void toExternal(IPv4 ip, ByteBuffer data, ConnectPoint in, Container src, IpAddress dstIp,
                    long startNanos) {
        int protocol = PacketFields.protocol(ip);
        int dstPort = PacketFields.dstPort(ip);
        int l4Key = PacketFields.l4Key(ip);
        AccessDecision decision = ctx.policy.decideEgress(src, dstIp, protocol, dstPort);
        String ext = dstIp.toString();
        RoutingConfig config = ctx.config();
        Attachment from = ctx.attach(src);
        if (!decision.allowed()) {
            ctx.metrics.count(DENIED);
            if (from != null) {
                RouteKey key = decision.l4Specific() ? RouteKey.of(DENY_EGRESS, src.id(), ext, protocol, l4Key, false)
                        : RouteKey.of(DENY_EGRESS, src.id(), ext);
                FlowRule drop = ctx.rules.deny(key, from, dstIp, config.denyPriority(key.l4()),
                                               config.dropTimeout());
                ctx.installer.installDrop(new Route(key, ImmutableList.of(drop), System.currentTimeMillis()), true);
            }
            return;
        }
        RouteKey forward = decision.l4Specific() ? RouteKey.of(EGRESS, src.id(), ext, protocol, l4Key, false)
                : RouteKey.of(EGRESS, src.id(), ext);
        Route existing = ctx.store.route(forward);
        if (existing != null && RoutingContext.recent(existing) && ctx.sendOn(existing, in, data)) {
            return;
        }
        Network network = ctx.networks.network(src.network());
        PortNumber gateway = network == null ? null : ctx.networks.gatewayPort(src.server(), network.id());
        if (gateway == null || from == null) {
            ctx.metrics.count(UNROUTABLE);
            return;
        }
        RouteKey back = decision.l4Specific()
                ? RouteKey.of(EGRESS_RETURN, src.id(), ext, protocol, PacketFields.replyKey(protocol, l4Key), true)
                : RouteKey.of(EGRESS_RETURN, src.id(), ext);
        int timeout = config.jitteredTimeout();
        long now = System.currentTimeMillis();
        FlowRule out = ctx.rules.egress(forward, from, network, gateway, dstIp,
                                        config.routePriority(forward.l4()), timeout);
        FlowRule returnRule = ctx.rules.egressReturn(back, from, network, gateway, dstIp,
                                              config.routePriority(back.l4()), timeout);
        ctx.installer.install(ImmutableList.of(new Route(forward, ImmutableList.of(out), now),
                                               new Route(back, ImmutableList.of(returnRule), now)),
                              ctx.packetOut(out, data, in.port()), startNanos, EGRESS_SET_UP, () -> ctx.current(src));
    }

    /**
     * Handles a packet entering from a gateway port: forwarded only as the return path of an egress of
     * the destination container; anything else is dropped, with a short-lived drop rule.
     *
     * @param ip         the IPv4 packet
     * @param data       the frame as received
     * @param in         gateway port
     * @param network    the network the gateway port serves
     * @param startNanos when the PacketIn arrived
     */
    void fromGateway(IPv4 ip, ByteBuffer data, ConnectPoint in, Network network, long startNanos) {
        IpAddress srcIp = IpAddress.valueOf(ip.getSourceAddress());
        IpAddress dstIp = IpAddress.valueOf(ip.getDestinationAddress());
        Container dst = ctx.containers.containerByIp(network.tenant(), dstIp);
        RouteKey back = null;
        if (dst != null && dst.network().equals(network.key()) && dst.server().equals(in.deviceId())) {
            int protocol = PacketFields.protocol(ip);
            int replyKey = protocol == IPv4.PROTOCOL_ICMP ? PacketFields.l4Key(ip) : PacketFields.srcPort(ip);
            back = returnKey(dst, srcIp.toString(), protocol, replyKey);
        }
        Attachment to = dst == null ? null : ctx.attach(dst);
        if (back == null || to == null) {
            ctx.metrics.count(DENIED);
            RoutingConfig config = ctx.config();
            ctx.installer.installUntracked(ctx.rules.gatewayDrop(in.deviceId(), in.port(), srcIp, dstIp,
                                                                 config.gatewayDropPriority(),
                                                                 config.dropTimeout()));
            return;
        }
        Route existing = ctx.store.route(back);
        if (existing != null && RoutingContext.recent(existing) && ctx.sendOn(existing, in, data)) {
            return;
        }
        RoutingConfig config = ctx.config();
        FlowRule rule = ctx.rules.egressReturn(back, to, network, in.port(), srcIp,
                                               config.routePriority(back.l4()), config.jitteredTimeout());
        ctx.installer.install(ImmutableList.of(new Route(back, ImmutableList.of(rule), System.currentTimeMillis())),
                              ctx.packetOut(rule, data, in.port()), startNanos, EGRESS_SET_UP, () -> ctx.current(dst));
    }

    /**
     * Returns the key of the return path a packet from an external address belongs to, or null if
     * the container has no egress (or return path) towards that address.
     */
    private RouteKey returnKey(Container c, String ext, int protocol, int replyKey) {
        RouteKey l3 = RouteKey.of(EGRESS_RETURN, c.id(), ext);
        if (ctx.store.route(l3) != null || ctx.store.route(RouteKey.of(EGRESS, c.id(), ext)) != null) {
            return l3;
        }
        RouteKey l4 = RouteKey.of(EGRESS_RETURN, c.id(), ext, protocol, replyKey, true);
        int requestKey = PacketFields.requestKey(protocol, replyKey);
        if (ctx.store.route(l4) != null || (requestKey >= 0
                && ctx.store.route(RouteKey.of(EGRESS, c.id(), ext, protocol, requestKey, false)) != null)) {
            return l4;
        }
        return null;
    }
}
