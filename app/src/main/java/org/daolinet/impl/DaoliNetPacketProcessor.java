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

import org.daolinet.api.ServerService;
import org.onlab.packet.Ethernet;
import org.onosproject.mastership.MastershipService;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.packet.InboundPacket;
import org.onosproject.net.packet.PacketContext;
import org.onosproject.net.packet.PacketProcessor;

import static org.daolinet.impl.RoutingMetrics.Counter.PACKET_IN_ARP;
import static org.daolinet.impl.RoutingMetrics.Counter.PACKET_IN_IPV4;
import static org.daolinet.impl.RoutingMetrics.Counter.PACKET_IN_OTHER;
import static org.daolinet.impl.RoutingMetrics.Counter.RATE_LIMITED;

/**
 * The thin PacketIn processor: runs on the switch's I/O thread, so it only filters cheaply (ARP or
 * IPv4, a DaoliNet server, this node is the server's master), applies the per-port rate limit, and
 * hands the packet to the handler that owns its concern. Every lookup below is a local hash read.
 */
final class DaoliNetPacketProcessor implements PacketProcessor {

    private final ServerService servers;
    private final MastershipService mastership;
    private final PacketInLimiter limiter;
    private final RoutingMetrics metrics;
    private final ArpHandler arp;
    private final RoutingHandler routing;

    /**
     * Creates the processor.
     *
     * @param servers    server service
     * @param mastership mastership service
     * @param limiter    per-port PacketIn limiter
     * @param metrics    metrics
     * @param arp        ARP handler
     * @param routing    IPv4 routing handler
     */
    DaoliNetPacketProcessor(ServerService servers, MastershipService mastership, PacketInLimiter limiter,
                            RoutingMetrics metrics, ArpHandler arp, RoutingHandler routing) {
        this.servers = servers;
        this.mastership = mastership;
        this.limiter = limiter;
        this.metrics = metrics;
        this.arp = arp;
        this.routing = routing;
    }

    @Override
    public void process(PacketContext context) {
        if (context.isHandled()) {
            return;
        }
        InboundPacket in = context.inPacket();
        Ethernet eth = in.parsed();
        ConnectPoint port = in.receivedFrom();
        if (eth == null || port == null || servers.server(port.deviceId()) == null
                || !mastership.isLocalMaster(port.deviceId())) {
            return;
        }
        short type = eth.getEtherType();
        if (type != Ethernet.TYPE_ARP && type != Ethernet.TYPE_IPV4) {
            metrics.count(PACKET_IN_OTHER);
            return;
        }
        long now = System.nanoTime();
        // from here on the packet is DaoliNet's: no other processor may forward it around the policy
        context.block();
        PacketInLimiter.Port record = limiter.acquire(port, now);
        if (record == null) {
            metrics.count(RATE_LIMITED);
            return;
        }
        if (type == Ethernet.TYPE_ARP) {
            metrics.count(PACKET_IN_ARP);
            arp.handle(eth, port);
        } else {
            metrics.count(PACKET_IN_IPV4);
            routing.handle(eth, in.unparsed(), port, record, now);
        }
    }
}
