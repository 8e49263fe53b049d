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
import org.daolinet.api.Network;
import org.daolinet.api.NetworkService;
import org.onlab.packet.ARP;
import org.onlab.packet.Ethernet;
import org.onlab.packet.Ip4Address;
import org.onlab.packet.MacAddress;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.packet.DefaultOutboundPacket;
import org.onosproject.net.packet.PacketService;

import java.nio.ByteBuffer;

/**
 * Proxy ARP: answers every ARP request of a container itself, so ARP is never flooded. A container
 * asking for a peer of its own network that it may reach gets the peer's MAC; anything else gets its
 * network's gateway MAC. The host behind a gateway port asking for a container of that network on
 * its server gets the container's MAC (for the return path of egress traffic). Replies, gratuitous
 * and malformed ARP, and requests whose sender breaks its port's binding are dropped.
 */
final class ArpHandler {

    private static final short HW_ETHERNET = 1;
    private static final byte MAC_LENGTH = 6;
    private static final byte IP4_LENGTH = 4;

    private final ContainerService containers;
    private final NetworkService networks;
    private final AccessPolicy policy;
    private final PacketService packetService;
    private final RoutingMetrics metrics;

    /**
     * Creates the handler.
     *
     * @param containers    container service
     * @param networks      network service
     * @param policy        access policy
     * @param packetService packet service
     * @param metrics       metrics
     */
    ArpHandler(ContainerService containers, NetworkService networks, AccessPolicy policy,
               PacketService packetService, RoutingMetrics metrics) {
        this.containers = containers;
        this.networks = networks;
        this.policy = policy;
        this.packetService = packetService;
        this.metrics = metrics;
    }

    /**
     * Handles an ARP PacketIn.
     *
     * @param eth    parsed frame
     * @param inPort where it entered
     */
    void handle(Ethernet eth, ConnectPoint inPort) {
        MacAddress answer = answer(eth, inPort);
        if (answer == null) {
            metrics.count(RoutingMetrics.Counter.ARP_DROPPED);
            return;
        }
        ARP request = (ARP) eth.getPayload();
        Ethernet reply = ARP.buildArpReply(Ip4Address.valueOf(request.getTargetProtocolAddress()), answer, eth);
        packetService.emit(new DefaultOutboundPacket(
                inPort.deviceId(), DefaultTrafficTreatment.builder().setOutput(inPort.port()).build(),
                ByteBuffer.wrap(reply.serialize())));
        metrics.count(RoutingMetrics.Counter.ARP_REPLIES);
    }

    /**
     * Returns the MAC to answer with, or null to drop the request.
     */
    private MacAddress answer(Ethernet eth, ConnectPoint inPort) {
        if (!(eth.getPayload() instanceof ARP)) {
            return null;
        }
        ARP arp = (ARP) eth.getPayload();
        if (arp.getOpCode() != ARP.OP_REQUEST || arp.getHardwareType() != HW_ETHERNET
                || arp.getProtocolType() != ARP.PROTO_TYPE_IP || arp.getHardwareAddressLength() != MAC_LENGTH
                || arp.getProtocolAddressLength() != IP4_LENGTH) {
            return null;
        }
        Ip4Address spa = Ip4Address.valueOf(arp.getSenderProtocolAddress());
        Ip4Address tpa = Ip4Address.valueOf(arp.getTargetProtocolAddress());
        MacAddress sha = MacAddress.valueOf(arp.getSenderHardwareAddress());
        if (spa.equals(tpa) || spa.toInt() == 0) {
            // gratuitous ARP or address probe: nothing to answer, nothing to learn
            return null;
        }
        Container src = containers.containerByPort(inPort);
        if (src != null) {
            if (!sha.equals(src.mac()) || !eth.getSourceMAC().equals(src.mac()) || !spa.equals(src.ip())) {
                metrics.count(RoutingMetrics.Counter.SPOOF_DROPS);
                return null;
            }
            return answerContainer(src, tpa);
        }
        Network gatewayOf = networks.networkOfGatewayPort(inPort);
        if (gatewayOf != null) {
            Container target = containers.containerByIp(gatewayOf.tenant(), tpa);
            boolean local = target != null && target.network().equals(gatewayOf.key())
                    && target.server().equals(inPort.deviceId());
            return local ? target.mac() : null;
        }
        metrics.count(RoutingMetrics.Counter.UNKNOWN_SOURCE);
        return null;
    }

    private MacAddress answerContainer(Container src, Ip4Address target) {
        Network network = networks.network(src.network());
        if (network == null) {
            return null;
        }
        Container peer = containers.containerByIp(src.tenant(), target);
        if (peer != null && peer.network().equals(src.network())
                && policy.decide(src, peer, 0, 0).allowed()) {
            return peer.mac();
        }
        return network.gatewayMac();
    }
}
