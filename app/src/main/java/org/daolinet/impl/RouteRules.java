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
import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.api.PortMapping;
import org.daolinet.api.RouteKey;
import org.daolinet.api.Server;
import org.onlab.packet.Ethernet;
import org.onlab.packet.IPv4;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;
import org.onlab.packet.TpPort;
import org.onosproject.core.ApplicationId;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.flow.criteria.ArpPaCriterion;
import org.onosproject.net.flow.criteria.Criteria;
import org.onosproject.net.flow.criteria.Criterion;
import org.onosproject.net.flow.criteria.EthCriterion;
import org.onosproject.net.flow.criteria.EthTypeCriterion;
import org.onosproject.net.flow.criteria.IPCriterion;
import org.onosproject.net.flow.criteria.IPProtocolCriterion;
import org.onosproject.net.flow.criteria.IcmpTypeCriterion;
import org.onosproject.net.flow.criteria.PortCriterion;
import org.onosproject.net.flow.criteria.TcpPortCriterion;
import org.onosproject.net.flow.criteria.UdpPortCriterion;
import org.onosproject.net.flow.instructions.Instruction;
import org.onosproject.net.flow.instructions.Instructions;

import java.util.List;

/**
 * Builds every flow rule DaoliNet installs: the one place that knows the data plane's matches and
 * rewrites (DAOLINET.md section 3). Every rule carries the app's cookie: the app id in its upper bits.
 */
final class RouteRules {

    /** Odd multiplier (the 64-bit golden ratio) that chains the mixed values. */
    private static final long PHI = 0x9e3779b97f4a7c15L;
    private static final int COOKIE_APP_SHIFT = 48;
    private static final long COOKIE_HASH_MASK = (1L << COOKIE_APP_SHIFT) - 1;

    /** Match: an IPv4 packet (criteria are immutable: one for all rules). */
    private static final Criterion IPV4 = Criteria.matchEthType(Ethernet.TYPE_IPV4);
    /** Action: decrement the IP TTL, as a router does. */
    private static final Instruction DEC_TTL = Instructions.decNwTtl();

    /**
     * A flow rule builder per thread, reused for every temporary rule the thread builds. A fresh
     * {@link DefaultFlowRule.Builder} builds an empty selector and an empty treatment as its defaults,
     * which we always replace: more than half a kilobyte of garbage per rule on the PacketIn path.
     * The per-thread values are ONOS objects only, so no thread keeps a class of this app loaded.
     */
    private static final ThreadLocal<FlowRule.Builder> TEMPORARY = ThreadLocal.withInitial(DefaultFlowRule::builder);

    /**
     * Selector builders per thread for the two matches of container routes that carry no L4 fields:
     * a builder keeps one criterion per type and replaces it when one of the same type is added
     * (TrafficSelector.Builder's contract), and build() copies them, so a builder that is always given
     * the same types is reused. This saves a fresh builder's two hash maps and their entries for each
     * of them. L4 matches vary in their types and get a fresh builder.
     */
    private static final ThreadLocal<TrafficSelector.Builder[]> SHAPED = ThreadLocal.withInitial(
            () -> new TrafficSelector.Builder[]{DefaultTrafficSelector.builder(), DefaultTrafficSelector.builder()});
    /** Index in {@link #SHAPED}: IN_PORT, ETH_TYPE, ETH_SRC, IPV4_SRC, IPV4_DST. */
    private static final int FROM_CONTAINER = 0;
    /** Index in {@link #SHAPED}: IN_PORT, ETH_TYPE, IPV4_SRC, IPV4_DST. */
    private static final int FROM_UPLINK = 1;

    private final ApplicationId appId;

    /**
     * Creates a rule factory.
     *
     * @param appId DaoliNet's application id
     */
    RouteRules(ApplicationId appId) {
        this.appId = appId;
    }

    /**
     * Returns the rules of one direction of a container-to-container route: one rule when both are on
     * one server (1 hop), two when they are not (3 hops: ingress server, LAN, delivery server; no
     * encapsulation: the source server rewrites MACs to the servers' and IPs to the VIPs, the
     * destination server rewrites them back).
     *
     * @param key          route key (its protocol/port, if any, restrict the match)
     * @param src          sending container's attachment
     * @param dst          receiving container's attachment
     * @param deliverySrc  source MAC the receiver sees: the sender's, or its gateway's when routed
     * @param routed       whether the direction crosses networks (the IP TTL is decremented once)
     * @param priority     rule priority
     * @param timeout      idle timeout in seconds
     * @return rules, the ingress server's first
     */
    List<FlowRule> containerRoute(RouteKey key, Attachment src, Attachment dst, MacAddress deliverySrc,
                                  boolean routed, int priority, int timeout) {
        // the criteria and actions of one container come ready-made with its attachment
        TrafficSelector ingressMatch = fromContainer(key, src, dst.matchIpDst);
        Instruction deliverFrom = deliverySrc.equals(src.container.mac())
                ? src.setEthSrc : Instructions.modL2Src(deliverySrc);
        TrafficTreatment.Builder ingress = DefaultTrafficTreatment.builder();
        if (routed) {
            ingress.add(DEC_TTL);
        }
        if (src.sameServer(dst)) {
            ingress.add(deliverFrom).add(dst.setEthDst).add(dst.output);
            return ImmutableList.of(rule(src.device(), ingressMatch, ingress.build(), priority, timeout));
        }
        ingress.add(src.setServerEthSrc).add(dst.setServerEthDst).add(src.setVipSrc).add(dst.setVipDst)
                .add(src.outputUplink);
        TrafficSelector.Builder deliveryMatch = selectorBuilder(key, FROM_UPLINK)
                .add(dst.matchInUplink).add(IPV4).add(src.matchVipSrc).add(dst.matchVipDst);
        matchL4(deliveryMatch, key);
        TrafficTreatment delivery = DefaultTrafficTreatment.builder()
                .add(deliverFrom).add(dst.setEthDst).add(src.setIpSrc).add(dst.setIpDst).add(dst.output).build();
        return ImmutableList.of(rule(src.device(), ingressMatch, ingress.build(), priority, timeout),
                                rule(dst.device(), deliveryMatch.build(), delivery, priority, timeout));
    }

    /**
     * Returns the rule of an egress direction: a container's packets to an external address go out
     * its network's gateway port on its own server, where the host routes and NATs them.
     *
     * @param key      route key
     * @param src      container's attachment
     * @param network  container's network
     * @param gateway  gateway port of the network on the container's server
     * @param dstIp    external address
     * @param priority rule priority
     * @param timeout  idle timeout in seconds
     * @return rule
     */
    FlowRule egress(RouteKey key, Attachment src, Network network, PortNumber gateway, IpAddress dstIp,
                    int priority, int timeout) {
        TrafficTreatment t = DefaultTrafficTreatment.builder()
                .setEthDst(network.gatewayMac()).setOutput(gateway).build();
        return rule(src.device(), fromContainer(key, src, Criteria.matchIPDst(host(dstIp))), t, priority, timeout);
    }

    /**
     * Returns the rule of an egress return path: packets from the external address entering from the
     * gateway port reach the container. This is the only way into a container from a gateway port.
     *
     * @param key      route key of the return direction (its port, if any, is the source port)
     * @param dst      container's attachment
     * @param network  container's network
     * @param gateway  gateway port of the network on the container's server
     * @param srcIp    external address
     * @param priority rule priority
     * @param timeout  idle timeout in seconds
     * @return rule
     */
    FlowRule egressReturn(RouteKey key, Attachment dst, Network network, PortNumber gateway, IpAddress srcIp,
                          int priority, int timeout) {
        Container c = dst.container;
        TrafficSelector.Builder match = DefaultTrafficSelector.builder()
                .matchInPort(gateway).matchEthType(Ethernet.TYPE_IPV4)
                .matchIPSrc(host(srcIp)).matchIPDst(host(c.ip()));
        matchL4(match, key);
        TrafficTreatment t = DefaultTrafficTreatment.builder()
                .setEthSrc(network.gatewayMac()).setEthDst(c.mac()).setOutput(dst.port).build();
        return rule(dst.device(), match.build(), t, priority, timeout);
    }

    /**
     * Returns a drop rule for a denied direction, matching what the route would have matched.
     *
     * @param key      key of the denied direction
     * @param src      sending container's attachment
     * @param dstIp    destination address
     * @param priority rule priority
     * @param timeout  idle timeout in seconds
     * @return rule
     */
    FlowRule deny(RouteKey key, Attachment src, IpAddress dstIp, int priority, int timeout) {
        return rule(src.device(), fromContainer(key, src, Criteria.matchIPDst(host(dstIp))),
                    DefaultTrafficTreatment.builder().drop().build(), priority, timeout);
    }

    /**
     * Returns a drop rule for a source that breaks its port's binding (or a port bound to nothing).
     *
     * @param device   server
     * @param inPort   port
     * @param srcMac   source MAC of the offending packets, or null for all of the port's traffic
     * @param srcIp    source IP of the offending packets, or null for any
     * @param priority rule priority
     * @param timeout  idle timeout in seconds
     * @return rule
     */
    FlowRule spoofDrop(DeviceId device, PortNumber inPort, MacAddress srcMac, IpAddress srcIp,
                       int priority, int timeout) {
        TrafficSelector.Builder match = DefaultTrafficSelector.builder().matchInPort(inPort);
        if (srcMac != null) {
            match.matchEthSrc(srcMac);
        }
        if (srcIp != null) {
            match.matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(host(srcIp));
        }
        return rule(device, match.build(), DefaultTrafficTreatment.builder().drop().build(), priority, timeout);
    }

    /**
     * Returns a drop rule for unsolicited traffic entering from a gateway port towards a container.
     * It sits below the routes, so a later egress of that container opens its return path at once.
     *
     * @param device   server
     * @param gateway  gateway port
     * @param srcIp    external source
     * @param dstIp    container address
     * @param priority rule priority
     * @param timeout  idle timeout in seconds
     * @return rule
     */
    FlowRule gatewayDrop(DeviceId device, PortNumber gateway, IpAddress srcIp, IpAddress dstIp,
                         int priority, int timeout) {
        TrafficSelector match = DefaultTrafficSelector.builder().matchInPort(gateway)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(host(srcIp)).matchIPDst(host(dstIp)).build();
        return rule(device, match, DefaultTrafficTreatment.builder().drop().build(), priority, timeout);
    }

    /**
     * Returns the permanent rules that carry a server's own traffic between its uplink and its LOCAL
     * port without the controller, send unicast IPv4 for the server's MAC that is not the server's own
     * (VIP traffic whose route expired) to the controller, and drop everything else on the uplink and
     * LOCAL (LAN broadcasts never reach the controller).
     *
     * @param server        server
     * @param uplink        uplink port number
     * @param infraPriority priority of the infrastructure rules
     * @param puntPriority  priority of the uplink punt rule
     * @param dropPriority  priority of the uplink and LOCAL drop rules
     * @return rules
     */
    List<FlowRule> infrastructure(Server server, PortNumber uplink, int infraPriority, int puntPriority,
                                  int dropPriority) {
        DeviceId d = server.deviceId();
        IpPrefix ip = host(server.ip());
        TrafficTreatment toLocal = DefaultTrafficTreatment.builder().setOutput(PortNumber.LOCAL).build();
        TrafficTreatment toUplink = DefaultTrafficTreatment.builder().setOutput(uplink).build();
        TrafficTreatment drop = DefaultTrafficTreatment.builder().drop().build();
        return ImmutableList.of(
                permanent(d, DefaultTrafficSelector.builder().matchInPort(uplink).matchEthType(Ethernet.TYPE_ARP)
                        .matchArpTpa(server.ip().getIp4Address()).build(), toLocal, infraPriority),
                permanent(d, DefaultTrafficSelector.builder().matchInPort(uplink).matchEthType(Ethernet.TYPE_IPV4)
                        .matchIPDst(ip).build(), toLocal, infraPriority),
                permanent(d, DefaultTrafficSelector.builder().matchInPort(PortNumber.LOCAL)
                        .matchEthType(Ethernet.TYPE_ARP).matchArpSpa(server.ip().getIp4Address()).build(),
                          toUplink, infraPriority),
                permanent(d, DefaultTrafficSelector.builder().matchInPort(PortNumber.LOCAL)
                        .matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(ip).build(), toUplink, infraPriority),
                permanent(d, DefaultTrafficSelector.builder().matchInPort(uplink).matchEthType(Ethernet.TYPE_IPV4)
                        .matchEthDst(server.mac()).build(),
                          DefaultTrafficTreatment.builder().punt().build(), puntPriority),
                permanent(d, DefaultTrafficSelector.builder().matchInPort(uplink).build(), drop, dropPriority),
                permanent(d, DefaultTrafficSelector.builder().matchInPort(PortNumber.LOCAL).build(), drop,
                          dropPriority));
    }

    /**
     * Returns the permanent rule that sends the first packets of a published port to the controller.
     *
     * @param server   publishing server
     * @param uplink   its uplink port
     * @param mapping  the mapping
     * @param priority rule priority
     * @return rule
     */
    FlowRule publishPunt(Server server, PortNumber uplink, PortMapping mapping, int priority) {
        TrafficSelector.Builder match = DefaultTrafficSelector.builder().matchInPort(uplink)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPDst(host(server.ip()));
        matchL4(match, mapping.protocol().number(), mapping.serverPort(), false);
        return permanent(server.deviceId(), match.build(), DefaultTrafficTreatment.builder().punt().build(), priority);
    }

    /**
     * Returns the rules carrying a client's packets to a published port: DNAT on the publishing
     * server's uplink, straight to the container's port when it is local, else on to its server by
     * the container's VIP (and out the uplink it came in).
     *
     * @param m        mapping
     * @param pub      publishing server
     * @param uplink   publishing server's uplink port
     * @param c        container's attachment
     * @param gwMac    gateway MAC of the container's network (the source MAC it sees)
     * @param client   client address
     * @param priority rule priority
     * @param timeout  idle timeout in seconds
     * @return rules, the publishing server's first
     */
    List<FlowRule> publishedForward(PortMapping m, Server pub, PortNumber uplink, Attachment c, MacAddress gwMac,
                                    IpAddress client, int priority, int timeout) {
        int protocol = m.protocol().number();
        Container ct = c.container;
        TrafficSelector.Builder atPub = DefaultTrafficSelector.builder().matchInPort(uplink)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(host(client)).matchIPDst(host(pub.ip()));
        matchL4(atPub, protocol, m.serverPort(), false);
        TrafficTreatment.Builder dnat = DefaultTrafficTreatment.builder();
        if (c.device().equals(pub.deviceId())) {
            dnat.setEthSrc(gwMac).setEthDst(ct.mac()).setIpDst(ct.ip());
            setPort(dnat, protocol, m.containerPort(), false);
            dnat.setOutput(c.port);
            return ImmutableList.of(rule(pub.deviceId(), atPub.build(), dnat.build(), priority, timeout));
        }
        dnat.setEthSrc(pub.mac()).setEthDst(c.server.mac()).setIpDst(ct.vip());
        setPort(dnat, protocol, m.containerPort(), false);
        dnat.setOutput(PortNumber.IN_PORT);
        TrafficSelector.Builder atHost = DefaultTrafficSelector.builder().matchInPort(c.uplink)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(host(client)).matchIPDst(host(ct.vip()));
        matchL4(atHost, protocol, m.containerPort(), false);
        TrafficTreatment deliver = DefaultTrafficTreatment.builder().setEthSrc(gwMac).setEthDst(ct.mac())
                .setIpDst(ct.ip()).setOutput(c.port).build();
        return ImmutableList.of(rule(pub.deviceId(), atPub.build(), dnat.build(), priority, timeout),
                                rule(c.device(), atHost.build(), deliver, priority, timeout));
    }

    /**
     * Returns the rules carrying a published container's replies back to a client: the reverse
     * rewrite (source becomes the publishing server's IP and port) out the publishing server's uplink
     * towards the client's next hop.
     *
     * @param m         mapping
     * @param pub       publishing server
     * @param uplink    publishing server's uplink port
     * @param c         container's attachment
     * @param client    client address
     * @param clientMac MAC the client's packets came from (the client or its router)
     * @param priority  rule priority
     * @param timeout   idle timeout in seconds
     * @return rules, the container's server first
     */
    List<FlowRule> publishedReturn(PortMapping m, Server pub, PortNumber uplink, Attachment c, IpAddress client,
                                   MacAddress clientMac, int priority, int timeout) {
        int protocol = m.protocol().number();
        Container ct = c.container;
        TrafficSelector.Builder fromContainer = DefaultTrafficSelector.builder().matchInPort(c.port)
                .matchEthType(Ethernet.TYPE_IPV4).matchEthSrc(ct.mac()).matchIPSrc(host(ct.ip()))
                .matchIPDst(host(client));
        matchL4(fromContainer, protocol, m.containerPort(), true);
        TrafficTreatment.Builder snat = DefaultTrafficTreatment.builder().setEthSrc(pub.mac()).setEthDst(clientMac)
                .setIpSrc(pub.ip());
        setPort(snat, protocol, m.serverPort(), true);
        if (c.device().equals(pub.deviceId())) {
            snat.setOutput(uplink);
            return ImmutableList.of(rule(c.device(), fromContainer.build(), snat.build(), priority, timeout));
        }
        TrafficTreatment toPub = DefaultTrafficTreatment.builder().setEthSrc(c.server.mac()).setEthDst(pub.mac())
                .setIpSrc(ct.vip()).setOutput(c.uplink).build();
        TrafficSelector.Builder atPub = DefaultTrafficSelector.builder().matchInPort(uplink)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(host(ct.vip())).matchIPDst(host(client));
        matchL4(atPub, protocol, m.containerPort(), true);
        snat.setOutput(PortNumber.IN_PORT);
        return ImmutableList.of(rule(c.device(), fromContainer.build(), toPub, priority, timeout),
                                rule(pub.deviceId(), atPub.build(), snat.build(), priority, timeout));
    }

    /**
     * Returns a drop rule for a client denied a published port.
     *
     * @param m        mapping
     * @param pub      publishing server
     * @param uplink   its uplink port
     * @param client   client address
     * @param priority rule priority
     * @param timeout  idle timeout in seconds
     * @return rule
     */
    FlowRule publishedDeny(PortMapping m, Server pub, PortNumber uplink, IpAddress client, int priority,
                           int timeout) {
        TrafficSelector.Builder match = DefaultTrafficSelector.builder().matchInPort(uplink)
                .matchEthType(Ethernet.TYPE_IPV4).matchIPSrc(host(client)).matchIPDst(host(pub.ip()));
        matchL4(match, m.protocol().number(), m.serverPort(), false);
        return rule(pub.deviceId(), match.build(), DefaultTrafficTreatment.builder().drop().build(), priority,
                    timeout);
    }

    /**
     * Returns a rule's actions for a PacketOut of a packet that entered on a port: a PacketOut has no
     * ingress port of its own, so an output to IN_PORT becomes an output to that port.
     *
     * @param rule   rule
     * @param inPort port the packet entered on
     * @return treatment
     */
    static TrafficTreatment forPacketOut(FlowRule rule, PortNumber inPort) {
        TrafficTreatment t = rule.treatment();
        // an indexed loop: this runs for every set-up's PacketOut, where a stream or an iterator
        // would be garbage
        List<Instruction> actions = t.immediate();
        boolean hairpin = false;
        for (int k = 0; k < actions.size() && !hairpin; k++) {
            hairpin = toInPort(actions.get(k));
        }
        if (!hairpin) {
            return t;
        }
        TrafficTreatment.Builder b = DefaultTrafficTreatment.builder();
        for (Instruction i : t.immediate()) {
            b.add(toInPort(i) ? Instructions.createOutput(inPort) : i);
        }
        return b.build();
    }

    private static boolean toInPort(Instruction i) {
        return i instanceof Instructions.OutputInstruction
                && ((Instructions.OutputInstruction) i).port().equals(PortNumber.IN_PORT);
    }

    private static void setPort(TrafficTreatment.Builder b, int protocol, int port, boolean source) {
        TpPort p = TpPort.tpPort(port);
        if (protocol == IPv4.PROTOCOL_TCP) {
            if (source) {
                b.setTcpSrc(p);
            } else {
                b.setTcpDst(p);
            }
        } else if (protocol == IPv4.PROTOCOL_UDP) {
            if (source) {
                b.setUdpSrc(p);
            } else {
                b.setUdpDst(p);
            }
        }
    }

    /**
     * Returns the match of IPv4 packets a container sends from its port to an address: the exact
     * binding (port, MAC, IP), so no other source can use the route. The selector builder orders the
     * criteria by type, so the order they are added in does not matter.
     */
    private static TrafficSelector fromContainer(RouteKey key, Attachment src, Criterion matchIpDst) {
        TrafficSelector.Builder b = selectorBuilder(key, FROM_CONTAINER)
                .add(src.matchInPort).add(IPV4).add(src.matchEthSrc).add(src.matchIpSrc).add(matchIpDst);
        matchL4(b, key);
        return b.build();
    }

    /**
     * Returns a selector builder for a route match of the given shape: this thread's reused one when
     * the key adds no L4 fields (then every criterion type of the shape is added on each use, which
     * replaces all that the builder held), a fresh one otherwise.
     */
    private static TrafficSelector.Builder selectorBuilder(RouteKey key, int shape) {
        return key.l4() ? DefaultTrafficSelector.builder() : SHAPED.get()[shape];
    }

    /**
     * Adds a route key's protocol and port to a match: TCP and UDP ports, the ICMP type, other
     * protocols by number only.
     */
    private static void matchL4(TrafficSelector.Builder b, RouteKey key) {
        if (key.l4()) {
            matchL4(b, key.protocol(), key.port(), key.sourcePort());
        }
    }

    private static void matchL4(TrafficSelector.Builder b, int protocol, int l4Port, boolean sourcePort) {
        b.matchIPProtocol((byte) protocol);
        if (protocol == IPv4.PROTOCOL_ICMP) {
            // for ICMP the key is the type, so that echo replies never carry new echo requests back
            b.matchIcmpType((byte) l4Port);
            return;
        }
        if (l4Port == 0) {
            return;
        }
        TpPort port = TpPort.tpPort(l4Port);
        if (protocol == IPv4.PROTOCOL_TCP) {
            if (sourcePort) {
                b.matchTcpSrc(port);
            } else {
                b.matchTcpDst(port);
            }
        } else if (protocol == IPv4.PROTOCOL_UDP) {
            if (sourcePort) {
                b.matchUdpSrc(port);
            } else {
                b.matchUdpDst(port);
            }
        }
    }

    private static IpPrefix host(IpAddress ip) {
        return Attachment.host(ip);
    }

    private FlowRule rule(DeviceId device, TrafficSelector selector, TrafficTreatment treatment,
                          int priority, int timeout) {
        // build() copies the builder's fields into a new immutable rule and leaves the builder as it
        // was, so this thread's builder is reused: every field build() reads is set here, except the
        // table, hard timeout and removal reason, which keep the defaults no rule of ours changes
        return TEMPORARY.get().forDevice(device).withSelector(selector).withTreatment(treatment)
                .withPriority(priority).withCookie(cookie(device, selector, priority)).makeTemporary(timeout)
                .build();
    }

    private FlowRule permanent(DeviceId device, TrafficSelector selector, TrafficTreatment treatment,
                               int priority) {
        return DefaultFlowRule.builder().forDevice(device).withSelector(selector).withTreatment(treatment)
                .withPriority(priority).withCookie(cookie(device, selector, priority)).makePermanent().build();
    }

    /**
     * Returns the cookie (ONOS flow id) of a rule: the app id in the upper 16 bits, as ONOS's own flow
     * ids, and 48 bits of a 64-bit hash (SplitMix64 mixing) of what identifies the rule in a table
     * (device, priority, match). ONOS's builder would hash the criteria's formatted strings, which
     * costs kilobytes of garbage per rule on the PacketIn path; this hashes the fields themselves.
     *
     * @param device   device
     * @param selector match
     * @param priority priority
     * @return cookie
     */
    long cookie(DeviceId device, TrafficSelector selector, int priority) {
        long h = mix(device.hashCode() * PHI + priority);
        for (Criterion c : selector.criteria()) {
            h = mix(h * PHI + c.type().ordinal());
            h = mix(h * PHI + value(c));
        }
        return ((long) appId.id() << COOKIE_APP_SHIFT) | (h & COOKIE_HASH_MASK);
    }

    /** The finalizer of SplitMix64: a cheap 64-bit mix with full avalanche. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Returns the exact value a criterion matches, as a long (its hash for kinds DaoliNet never uses). */
    private static long value(Criterion c) {
        switch (c.type()) {
            case IN_PORT:
                return ((PortCriterion) c).port().toLong();
            case ETH_TYPE:
                return ((EthTypeCriterion) c).ethType().toShort();
            case ETH_SRC:
            case ETH_DST:
                return ((EthCriterion) c).mac().toLong();
            case IPV4_SRC:
            case IPV4_DST:
                IpPrefix ip = ((IPCriterion) c).ip();
                return ip.address().getIp4Address().toInt() * 256L + ip.prefixLength();
            case IP_PROTO:
                return ((IPProtocolCriterion) c).protocol();
            case TCP_SRC:
            case TCP_DST:
                return ((TcpPortCriterion) c).tcpPort().toInt();
            case UDP_SRC:
            case UDP_DST:
                return ((UdpPortCriterion) c).udpPort().toInt();
            case ICMPV4_TYPE:
                return ((IcmpTypeCriterion) c).icmpType();
            case ARP_SPA:
            case ARP_TPA:
                return ((ArpPaCriterion) c).ip().toInt();
            default:
                return c.hashCode();
        }
    }
}
