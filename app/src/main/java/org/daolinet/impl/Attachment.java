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
import org.onlab.packet.Ip4Address;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.criteria.Criteria;
import org.onosproject.net.flow.criteria.Criterion;
import org.onosproject.net.flow.instructions.Instruction;
import org.onosproject.net.flow.instructions.Instructions;

import java.util.Objects;

/**
 * Where a container is plugged in, with everything route rules need: its bridge port, its server
 * and that server's uplink port.
 * <p>
 * An attachment also holds the match fields and actions that depend on its container alone (or on
 * its server), built once: ONOS criteria and instructions are immutable values, so every rule of
 * the container shares them instead of building its own copies on the PacketIn path. The routing
 * context keeps one attachment per container and replaces it as soon as any of the values it was
 * built from changes.
 * <p>
 * Its one mutable field is the registry version at which the attachment was last found current
 * (see {@link RoutingContext#attach}): while the registry's version still reads that, nothing the
 * attachment was built from can have changed, and it is used without looking anything up again.
 */
final class Attachment {

    final Container container;
    final PortNumber port;
    final Server server;
    final PortNumber uplink;

    /** The container's IPv4 address as an int, for the source check of every PacketIn. */
    final int ip4;

    /** Match: entering from the container's port. */
    final Criterion matchInPort;
    /** Match: sent from the container's MAC. */
    final Criterion matchEthSrc;
    /** Match: sent from the container's IP. */
    final Criterion matchIpSrc;
    /** Match: sent to the container's IP. */
    final Criterion matchIpDst;
    /** Match: sent from the container's VIP (null without a VIP). */
    final Criterion matchVipSrc;
    /** Match: sent to the container's VIP (null without a VIP). */
    final Criterion matchVipDst;
    /** Match: entering from the server's uplink (null while the uplink is unknown). */
    final Criterion matchInUplink;

    /** Action: the container's MAC as the source. */
    final Instruction setEthSrc;
    /** Action: the container's MAC as the destination. */
    final Instruction setEthDst;
    /** Action: the container's IP as the source. */
    final Instruction setIpSrc;
    /** Action: the container's IP as the destination. */
    final Instruction setIpDst;
    /** Action: the container's VIP as the source (null without a VIP). */
    final Instruction setVipSrc;
    /** Action: the container's VIP as the destination (null without a VIP). */
    final Instruction setVipDst;
    /** Action: out the container's port. */
    final Instruction output;
    /** Action: the server's MAC as the source. */
    final Instruction setServerEthSrc;
    /** Action: the server's MAC as the destination. */
    final Instruction setServerEthDst;
    /** Action: out the server's uplink (null while the uplink is unknown). */
    final Instruction outputUplink;

    /**
     * The registry version read before the lookups that last found this attachment current (it only
     * ever moves to a version at which the registry held exactly these values).
     */
    private volatile long currentAt;

    /**
     * Creates an attachment.
     *
     * @param container container
     * @param port      its bridge port number
     * @param server    its server
     * @param uplink    the server's uplink port number, or null if not reported yet
     * @param version   the registry version read before port, server and uplink were looked up
     */
    Attachment(Container container, PortNumber port, Server server, PortNumber uplink, long version) {
        this.currentAt = version;
        this.container = container;
        this.port = port;
        this.server = server;
        this.uplink = uplink;
        IpAddress ip = container.ip();
        IpAddress vip = container.vip();
        this.ip4 = ip.getIp4Address().toInt();
        IpPrefix ipHost = host(ip);
        IpPrefix vipHost = vip == null ? null : host(vip);
        matchInPort = Criteria.matchInPort(port);
        matchEthSrc = Criteria.matchEthSrc(container.mac());
        matchIpSrc = Criteria.matchIPSrc(ipHost);
        matchIpDst = Criteria.matchIPDst(ipHost);
        matchVipSrc = vip == null ? null : Criteria.matchIPSrc(vipHost);
        matchVipDst = vip == null ? null : Criteria.matchIPDst(vipHost);
        matchInUplink = uplink == null ? null : Criteria.matchInPort(uplink);
        setEthSrc = Instructions.modL2Src(container.mac());
        setEthDst = Instructions.modL2Dst(container.mac());
        setIpSrc = Instructions.modL3Src(ip);
        setIpDst = Instructions.modL3Dst(ip);
        setVipSrc = vip == null ? null : Instructions.modL3Src(vip);
        setVipDst = vip == null ? null : Instructions.modL3Dst(vip);
        output = Instructions.createOutput(port);
        setServerEthSrc = Instructions.modL2Src(server.mac());
        setServerEthDst = Instructions.modL2Dst(server.mac());
        outputUplink = uplink == null ? null : Instructions.createOutput(uplink);
    }

    /**
     * Returns the prefix matching exactly one address. Its address is an {@link Ip4Address} (equal to
     * any other form of the same address), whose int value reads without a conversion: the rule
     * cookie reads it for every criterion.
     *
     * @param ip address
     * @return host prefix
     */
    static IpPrefix host(IpAddress ip) {
        return IpPrefix.valueOf(ip.isIp4() ? ip.getIp4Address() : ip, IpAddress.INET_BIT_LENGTH);
    }

    /**
     * Tells whether this attachment was built from the given values, so that it may be reused. The
     * values come from the registry's maps, which hand out the instances they hold: identity is the
     * usual answer, equality the safe one.
     *
     * @param c         container as registered now
     * @param nowPort   its port number now
     * @param nowServer its server now
     * @param nowUplink the server's uplink port number now, or null
     * @return true if nothing the attachment depends on changed
     */
    boolean builtFrom(Container c, PortNumber nowPort, Server nowServer, PortNumber nowUplink) {
        return (container == c || container.equals(c)) && port.equals(nowPort)
                && (server == nowServer || server.equals(nowServer)) && Objects.equals(uplink, nowUplink);
    }

    /**
     * Tells whether this attachment is known to be current for a container at a registry version:
     * the container is the one it was built for, and nothing it was built from changed since it was
     * last found current. False means "look it up", not "stale".
     *
     * @param c       container as registered now
     * @param version the registry's version now
     * @return true if it may be used without looking anything up
     */
    boolean currentAt(Container c, long version) {
        return currentAt == version && (container == c || container.equals(c));
    }

    /**
     * Records that this attachment was found current by lookups made after reading a version.
     *
     * @param version the registry version read before the lookups
     */
    void confirm(long version) {
        // a racing confirmation with an older version only costs its next user a lookup: versions
        // grow, so an older one never matches the registry again
        currentAt = version;
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
