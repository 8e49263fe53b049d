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
import org.onlab.packet.Ethernet;
import org.onlab.packet.ICMP;
import org.onlab.packet.IPv4;
import org.onlab.packet.Ip4Address;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;
import org.onlab.packet.TCP;
import org.onlab.packet.UDP;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.TrafficTreatment;
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
import org.onosproject.net.flow.instructions.L2ModificationInstruction;
import org.onosproject.net.flow.instructions.L3ModificationInstruction;
import org.onosproject.net.flow.instructions.L4ModificationInstruction;
import org.onosproject.net.packet.OutboundPacket;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Walks IPv4 frames through the servers' simulated flow tables as OpenFlow switches would: the
 * highest-priority matching rule applies its rewrites and output; a table miss or a punt hands the
 * frame to the app's PacketIn processor, whose PacketOut (after the rules are confirmed) carries it
 * on. Frames leaving an uplink reach the server whose MAC they are addressed to. The walk ends at a
 * container port, a gateway port, a drop, or when the controller sends nothing on.
 */
public class SimulatedDataPlane {

    /**
     * Where a frame ended.
     */
    public static final class Result {
        /** The container that received it, or null. */
        public final Container deliveredTo;
        /** The frame as received. */
        public final Ethernet frame;
        /** Whether the controller saw it on the way. */
        public final boolean viaController;
        /** The uplink it left the servers by, towards a host that is no server, or null. */
        public final ConnectPoint leftBy;

        Result(Container deliveredTo, Ethernet frame, boolean viaController) {
            this(deliveredTo, frame, viaController, null);
        }

        Result(Container deliveredTo, Ethernet frame, boolean viaController, ConnectPoint leftBy) {
            this.deliveredTo = deliveredTo;
            this.frame = frame;
            this.viaController = viaController;
            this.leftBy = leftBy;
        }
    }

    private static final int MAX_HOPS = 8;

    private final RoutingFixture f;

    /**
     * Creates a data plane over a routing fixture; the fixture's batches are confirmed at once.
     *
     * @param f fixture
     */
    public SimulatedDataPlane(RoutingFixture f) {
        this.f = f;
        f.flows.autoComplete(true);
    }

    /**
     * Sends a frame from a container's port.
     *
     * @param from  sending container
     * @param frame frame
     * @return where it ended
     */
    public Result send(Container from, Ethernet frame) {
        ConnectPoint in = new ConnectPoint(from.server(), f.reg.containers.portNumber(from.id()));
        return walk(in, frame);
    }

    /**
     * Sends a frame entering a port.
     *
     * @param in    port
     * @param frame frame
     * @return where it ended
     */
    public Result walk(ConnectPoint in, Ethernet frame) {
        Ethernet current = copy(frame);
        boolean viaController = false;
        ConnectPoint at = in;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            FlowRule rule = lookup(at, current);
            TrafficTreatment treatment;
            if (rule == null || isPunt(rule.treatment())) {
                viaController = true;
                treatment = controller(at, current);
                if (treatment == null) {
                    return new Result(null, current, true);
                }
            } else {
                treatment = rule.treatment();
            }
            PortNumber out = apply(treatment, current, at.port());
            if (out == null) {
                return new Result(null, current, viaController);
            }
            ConnectPoint outPoint = new ConnectPoint(at.deviceId(), out);
            Container c = f.reg.containers.containerByPort(outPoint);
            if (c != null) {
                return new Result(c, current, viaController);
            }
            if (!out.equals(f.reg.servers.uplinkPort(at.deviceId()))) {
                return new Result(null, current, viaController);
            }
            Server next = serverByMac(current.getDestinationMAC());
            if (next == null) {
                return new Result(null, current, viaController, outPoint);
            }
            at = new ConnectPoint(next.deviceId(), f.reg.servers.uplinkPort(next.deviceId()));
        }
        throw new IllegalStateException("forwarding loop for " + frame);
    }

    private Server serverByMac(MacAddress mac) {
        return f.reg.servers.servers().stream().filter(s -> s.mac().equals(mac)).findFirst().orElse(null);
    }

    private TrafficTreatment controller(ConnectPoint at, Ethernet frame) {
        int before = f.packets.emitted.size();
        f.receive(at, frame);
        List<OutboundPacket> out = f.packets.emitted.subList(before, f.packets.emitted.size());
        byte[] bytes = frame.serialize();
        for (OutboundPacket p : out) {
            if (java.util.Arrays.equals(bytes, p.data().array()) && p.sendThrough().equals(at.deviceId())) {
                return p.treatment();
            }
        }
        return null;
    }

    private static boolean isPunt(TrafficTreatment t) {
        return t.immediate().stream().anyMatch(i -> i instanceof Instructions.OutputInstruction
                && ((Instructions.OutputInstruction) i).port().equals(PortNumber.CONTROLLER));
    }

    private FlowRule lookup(ConnectPoint at, Ethernet frame) {
        List<FlowRule> rules = f.flows.rules(at.deviceId()).stream()
                .sorted(Comparator.comparingInt(FlowRule::priority).reversed()).collect(Collectors.toList());
        for (FlowRule r : rules) {
            if (matches(r, at.port(), frame)) {
                return r;
            }
        }
        return null;
    }

    private static boolean matches(FlowRule rule, PortNumber inPort, Ethernet eth) {
        IPv4 ip = eth.getPayload() instanceof IPv4 ? (IPv4) eth.getPayload() : null;
        for (Criterion c : rule.selector().criteria()) {
            boolean ok;
            switch (c.type()) {
                case IN_PORT:
                    ok = ((PortCriterion) c).port().equals(inPort);
                    break;
                case ETH_TYPE:
                    ok = ((EthTypeCriterion) c).ethType().toShort() == eth.getEtherType();
                    break;
                case ETH_SRC:
                    ok = ((EthCriterion) c).mac().equals(eth.getSourceMAC());
                    break;
                case ETH_DST:
                    ok = ((EthCriterion) c).mac().equals(eth.getDestinationMAC());
                    break;
                case IPV4_SRC:
                    ok = ip != null && contains(((IPCriterion) c).ip(), ip.getSourceAddress());
                    break;
                case IPV4_DST:
                    ok = ip != null && contains(((IPCriterion) c).ip(), ip.getDestinationAddress());
                    break;
                case IP_PROTO:
                    ok = ip != null && ((IPProtocolCriterion) c).protocol() == (ip.getProtocol() & 0xff);
                    break;
                case TCP_SRC:
                    ok = ip != null && ip.getPayload() instanceof TCP
                            && ((TcpPortCriterion) c).tcpPort().toInt() == ((TCP) ip.getPayload()).getSourcePort();
                    break;
                case TCP_DST:
                    ok = ip != null && ip.getPayload() instanceof TCP && ((TcpPortCriterion) c).tcpPort().toInt()
                            == ((TCP) ip.getPayload()).getDestinationPort();
                    break;
                case UDP_SRC:
                    ok = ip != null && ip.getPayload() instanceof UDP
                            && ((UdpPortCriterion) c).udpPort().toInt() == ((UDP) ip.getPayload()).getSourcePort();
                    break;
                case UDP_DST:
                    ok = ip != null && ip.getPayload() instanceof UDP && ((UdpPortCriterion) c).udpPort().toInt()
                            == ((UDP) ip.getPayload()).getDestinationPort();
                    break;
                case ICMPV4_TYPE:
                    ok = ip != null && ip.getPayload() instanceof ICMP
                            && ((IcmpTypeCriterion) c).icmpType() == (((ICMP) ip.getPayload()).getIcmpType() & 0xff);
                    break;
                default:
                    // ARP criteria and the like: IPv4 frames never match them
                    ok = false;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(IpPrefix prefix, int address) {
        return prefix.contains(Ip4Address.valueOf(address));
    }

    /**
     * Applies a treatment to a frame and returns the output port, or null if dropped.
     */
    private static PortNumber apply(TrafficTreatment t, Ethernet eth, PortNumber inPort) {
        PortNumber out = null;
        IPv4 ip = (IPv4) eth.getPayload();
        for (Instruction i : t.immediate()) {
            if (i instanceof Instructions.OutputInstruction) {
                PortNumber p = ((Instructions.OutputInstruction) i).port();
                out = p.equals(PortNumber.IN_PORT) ? inPort : p;
            } else if (i instanceof L2ModificationInstruction.ModEtherInstruction) {
                L2ModificationInstruction.ModEtherInstruction m = (L2ModificationInstruction.ModEtherInstruction) i;
                if (m.subtype() == L2ModificationInstruction.L2SubType.ETH_SRC) {
                    eth.setSourceMACAddress(m.mac());
                } else {
                    eth.setDestinationMACAddress(m.mac());
                }
            } else if (i instanceof L3ModificationInstruction.ModIPInstruction) {
                L3ModificationInstruction.ModIPInstruction m = (L3ModificationInstruction.ModIPInstruction) i;
                int address = m.ip().getIp4Address().toInt();
                if (m.subtype() == L3ModificationInstruction.L3SubType.IPV4_SRC) {
                    ip.setSourceAddress(address);
                } else {
                    ip.setDestinationAddress(address);
                }
            } else if (i instanceof L3ModificationInstruction.ModTtlInstruction) {
                ip.setTtl((byte) (ip.getTtl() - 1));
            } else if (i instanceof L4ModificationInstruction.ModTransportPortInstruction) {
                L4ModificationInstruction.ModTransportPortInstruction m =
                        (L4ModificationInstruction.ModTransportPortInstruction) i;
                int port = m.port().toInt();
                switch (m.subtype()) {
                    case TCP_SRC:
                        ((TCP) ip.getPayload()).setSourcePort(port);
                        break;
                    case TCP_DST:
                        ((TCP) ip.getPayload()).setDestinationPort(port);
                        break;
                    case UDP_SRC:
                        ((UDP) ip.getPayload()).setSourcePort(port);
                        break;
                    default:
                        ((UDP) ip.getPayload()).setDestinationPort(port);
                }
            }
        }
        ip.resetChecksum();
        return out;
    }

    private static Ethernet copy(Ethernet frame) {
        byte[] bytes = frame.serialize();
        try {
            return Ethernet.deserializer().deserialize(bytes, 0, bytes.length);
        } catch (org.onlab.packet.DeserializationException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
