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
import org.daolinet.api.NetworkKey;
import org.daolinet.api.Route;
import org.daolinet.api.RouteKey;
import org.daolinet.api.Server;
import org.onlab.packet.Ethernet;
import org.onlab.packet.IPv4;
import org.onlab.packet.Ip4Address;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.FlowRule;

import java.nio.ByteBuffer;
import java.util.List;

import static org.daolinet.api.RouteKey.Kind.CONTAINER;
import static org.daolinet.api.RouteKey.Kind.DENY;
import static org.daolinet.impl.RoutingMetrics.Counter.DENIED;
import static org.daolinet.impl.RoutingMetrics.Counter.ROUTES_SET_UP;
import static org.daolinet.impl.RoutingMetrics.Counter.SPOOF_DROPS;
import static org.daolinet.impl.RoutingMetrics.Counter.UNKNOWN_SOURCE;
import static org.daolinet.impl.RoutingMetrics.Counter.UNROUTABLE;

/**
 * Hot-plug routing of IPv4 PacketIns: finds who sent the packet (a container port, a server's uplink
 * carrying VIP traffic whose route expired, or a gateway port), enforces the source's binding, asks
 * the access policy, and installs the route in both directions, or drop rules for a denied one.
 * Destinations that are not containers go to the {@link EgressHandler}.
 */
final class RoutingHandler {

    private final RoutingContext ctx;
    private final EgressHandler egress;
    private final PublishHandler publish;

    /**
     * Creates the handler.
     *
     * @param ctx     shared routing context
     * @param egress  handler of non-container destinations and gateway ports
     * @param publish handler of published container ports
     */
    RoutingHandler(RoutingContext ctx, EgressHandler egress, PublishHandler publish) {
        this.ctx = ctx;
        this.egress = egress;
        this.publish = publish;
    }

    /**
     * Handles an IPv4 PacketIn.
     *
     * @param eth        parsed frame
     * @param data       the frame as received
     * @param in         where it entered
     * @param port       the record of the port it entered on
     * @param startNanos when the PacketIn arrived
     */
    void handle(Ethernet eth, ByteBuffer data, ConnectPoint in, PacketInLimiter.Port port, long startNanos) {
        if (!(eth.getPayload() instanceof IPv4)) {
            ctx.metrics.count(UNROUTABLE);
            return;
        }
        IPv4 ip = (IPv4) eth.getPayload();
        // read before the endpoints are looked up: if it still reads the same when the rules are in,
        // the endpoints are still registered as they were found, without looking them up again
        long version = ctx.version();
        Attachment known = RoutingContext.source(port, version);
        Container src = known != null ? known.container : ctx.containers.containerByPort(in);
        if (src != null) {
            Attachment from = known;
            if (from == null) {
                from = ctx.attach(src);
                if (from != null) {
                    // both looked up after the version was read: current while it reads the same
                    RoutingContext.remember(port, from, version);
                }
            }
            fromContainer(eth, ip, data, in, src, from, startNanos, version);
            return;
        }
        if (in.port().equals(ctx.servers.uplinkPort(in.deviceId()))) {
            Server server = ctx.servers.server(in.deviceId());
            if (server != null && ip.getDestinationAddress() == server.ip().getIp4Address().toInt()) {
                publish.toPublished(eth, ip, data, in, server, startNanos);
            } else {
                fromUplink(ip, data, in, startNanos, version);
            }
            return;
        }
        Network gatewayOf = ctx.networks.networkOfGatewayPort(in);
        if (gatewayOf != null) {
            egress.fromGateway(ip, data, in, gatewayOf, startNanos);
            return;
        }
        if (!PortNumber.LOCAL.equals(in.port())) {
            // a port bound to no container (yet): nothing is routed from it; the rate limit bounds it
            ctx.metrics.count(UNKNOWN_SOURCE);
        }
    }

    /**
     * A packet from a container's port.
     *
     * @param from the container's attachment, or null if its port or server is not known
     */
    private void fromContainer(Ethernet eth, IPv4 ip, ByteBuffer data, ConnectPoint in, Container src,
                               Attachment from, long startNanos, long version) {
        MacAddress srcMac = eth.getSourceMAC();
        int srcIp = ip.getSourceAddress();
        // the attachment holds the bound address as an int; converting the container's address would
        // allocate on every PacketIn
        int boundIp = from != null ? from.ip4 : src.ip().getIp4Address().toInt();
        if (!srcMac.equals(src.mac()) || srcIp != boundIp) {
            spoofed(in, src, srcMac, srcIp);
            return;
        }
        int dstInt = ip.getDestinationAddress();
        if (PacketFields.multicastOrBroadcast(dstInt)) {
            ctx.metrics.count(UNROUTABLE);
            return;
        }
        // an Ip4Address: the registry's lookups read it as an int without another conversion
        IpAddress dstIp = Ip4Address.valueOf(dstInt);
        Container dst = ctx.containers.containerByIp(src.tenant(), dstIp);
        if (dst != null) {
            if (!dst.id().equals(src.id())) {
                containerPacket(ip, data, in, src, from, dst, startNanos, version);
            }
            return;
        }
        Network network = ctx.networks.networkOf(src.tenant(), dstIp);
        if (network != null && !dstIp.equals(network.gateway())) {
            // an address of one of the tenant's subnets that no container holds
            ctx.metrics.count(UNROUTABLE);
            return;
        }
        if (!publish.isPublishedReply(ip, src)) {
            egress.toExternal(ip, data, in, src, dstIp, startNanos);
        }
    }

    /**
     * VIP traffic entering a server from the LAN without a rule: the route's rules on this server
     * expired (or a packet overtook them). Routed like a packet of the source container.
     */
    private void fromUplink(IPv4 ip, ByteBuffer data, ConnectPoint in, long startNanos, long version) {
        Container src = ctx.containers.containerByVip(IpAddress.valueOf(ip.getSourceAddress()));
        Container dst = ctx.containers.containerByVip(IpAddress.valueOf(ip.getDestinationAddress()));
        if (src == null || dst == null || !dst.server().equals(in.deviceId())) {
            ctx.metrics.count(UNROUTABLE);
            return;
        }
        containerPacket(ip, data, in, src, null, dst, startNanos, version);
    }

    /**
     * Routes a packet from one container to another: policy, then the route in both directions.
     *
     * @param srcAttachment the source's attachment if the caller resolved it already, else null
     * @param version       the registry version read before the endpoints were looked up
     */
    private void containerPacket(IPv4 ip, ByteBuffer data, ConnectPoint in, Container src,
                                 Attachment srcAttachment, Container dst, long startNanos, long version) {
        int protocol = PacketFields.protocol(ip);
        int dstPort = PacketFields.dstPort(ip);
        int l4Key = PacketFields.l4Key(ip);
        AccessDecision decision = ctx.policy.decide(src, dst, protocol, dstPort);
        RouteKey forward;
        RouteKey reverse = null;
        if (decision.allowed()) {
            forward = decision.l4Specific()
                    ? RouteKey.of(CONTAINER, src.id(), dst.id(), protocol, l4Key, false)
                    : RouteKey.of(CONTAINER, src.id(), dst.id());
            reverse = decision.l4Specific()
                    ? RouteKey.of(CONTAINER, dst.id(), src.id(), protocol, PacketFields.replyKey(protocol, l4Key),
                                  true)
                    : RouteKey.of(CONTAINER, dst.id(), src.id());
        } else {
            forward = returnPath(src, dst, protocol, ip);
            if (forward == null) {
                deny(decision, src, dst, protocol, l4Key);
                return;
            }
        }
        Route existing = ctx.store.route(forward);
        if (existing != null && RoutingContext.recent(existing) && ctx.sendOn(existing, in, data)) {
            return;
        }
        Attachment from = srcAttachment != null ? srcAttachment : ctx.attach(src);
        Attachment to = ctx.attach(dst);
        if (from == null || to == null || !from.routableTo(to)) {
            ctx.metrics.count(UNROUTABLE);
            return;
        }
        RoutingConfig config = ctx.config();
        int timeout = config.jitteredTimeout();
        boolean sameNetwork = src.network().equals(dst.network());
        long now = System.currentTimeMillis();
        Route f = new Route(forward, ctx.rules.containerRoute(
                forward, from, to, sameNetwork ? src.mac() : gatewayMac(dst.network()), !sameNetwork,
                config.routePriority(forward.l4()), timeout), now);
        List<Route> routes = reverse == null ? ImmutableList.of(f) : ImmutableList.of(f, new Route(
                reverse, ctx.rules.containerRoute(
                        reverse, to, from, sameNetwork ? dst.mac() : gatewayMac(src.network()), !sameNetwork,
                        config.routePriority(reverse.l4()), timeout), now));
        FlowRule here = RoutingContext.ruleOn(f, in.deviceId());
        if (here == null) {
            ctx.metrics.count(UNROUTABLE);
            return;
        }
        ctx.installer.install(routes, ctx.packetOut(here, data, in.port()), startNanos, ROUTES_SET_UP,
                              () -> ctx.version() == version || ctx.current(src) && ctx.current(dst));
    }

    /**
     * Returns the key of the return direction a denied packet belongs to, if its destination opened
     * a route to its source: replies of allowed connections pass whatever the reverse policy says.
     */
    private RouteKey returnPath(Container src, Container dst, int protocol, IPv4 ip) {
        if (ctx.store.route(RouteKey.of(CONTAINER, dst.id(), src.id())) != null) {
            return RouteKey.of(CONTAINER, src.id(), dst.id());
        }
        // a reply carries the request's destination port as its source port, or the reply ICMP type
        int replyKey = protocol == IPv4.PROTOCOL_ICMP ? PacketFields.l4Key(ip) : PacketFields.srcPort(ip);
        int requestKey = PacketFields.requestKey(protocol, replyKey);
        if (requestKey >= 0
                && ctx.store.route(RouteKey.of(CONTAINER, dst.id(), src.id(), protocol, requestKey, false)) != null) {
            return RouteKey.of(CONTAINER, src.id(), dst.id(), protocol, replyKey, true);
        }
        return null;
    }

    private void deny(AccessDecision decision, Container src, Container dst, int protocol, int dstPort) {
        ctx.metrics.count(DENIED);
        Attachment from = ctx.attach(src);
        if (from == null) {
            return;
        }
        RouteKey key = decision.l4Specific()
                ? RouteKey.of(DENY, src.id(), dst.id(), protocol, dstPort, false)
                : RouteKey.of(DENY, src.id(), dst.id());
        RoutingConfig config = ctx.config();
        FlowRule drop = ctx.rules.deny(key, from, dst.ip(), config.denyPriority(key.l4()), config.dropTimeout());
        ctx.installer.installDrop(new Route(key, ImmutableList.of(drop), System.currentTimeMillis()), true);
    }

    private void spoofed(ConnectPoint in, Container bound, MacAddress srcMac, int srcIp) {
        ctx.metrics.count(SPOOF_DROPS);
        RoutingConfig config = ctx.config();
        boolean macBroken = !srcMac.equals(bound.mac());
        // a foreign MAC: drop all its traffic on the port; the bound MAC with a foreign IP: that IP only
        FlowRule drop = ctx.rules.spoofDrop(in.deviceId(), in.port(), srcMac,
                                            macBroken ? null : IpAddress.valueOf(srcIp),
                                            config.spoofPriority(), config.dropTimeout());
        ctx.installer.installUntracked(drop);
    }

    private MacAddress gatewayMac(NetworkKey key) {
        Network network = ctx.networks.network(key);
        return network == null ? MacAddress.NONE : network.gatewayMac();
    }
}
