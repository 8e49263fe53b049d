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
package org.daolinet.sandbox.southbound;

import org.onlab.packet.IpPrefix;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.IndexTableId;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.flow.TrafficTreatment;
import org.onosproject.net.flow.criteria.ArpOpCriterion;
import org.onosproject.net.flow.criteria.ArpPaCriterion;
import org.onosproject.net.flow.criteria.Criterion;
import org.onosproject.net.flow.criteria.EthCriterion;
import org.onosproject.net.flow.criteria.EthTypeCriterion;
import org.onosproject.net.flow.criteria.IPCriterion;
import org.onosproject.net.flow.criteria.IPProtocolCriterion;
import org.onosproject.net.flow.criteria.IcmpCodeCriterion;
import org.onosproject.net.flow.criteria.IcmpTypeCriterion;
import org.onosproject.net.flow.criteria.PortCriterion;
import org.onosproject.net.flow.criteria.TcpPortCriterion;
import org.onosproject.net.flow.criteria.UdpPortCriterion;
import org.onosproject.net.flow.instructions.Instruction;
import org.onosproject.net.flow.instructions.Instructions.OutputInstruction;
import org.onosproject.net.flow.instructions.L2ModificationInstruction.ModEtherInstruction;
import org.onosproject.net.flow.instructions.L3ModificationInstruction;
import org.onosproject.net.flow.instructions.L3ModificationInstruction.ModIPInstruction;
import org.onosproject.net.flow.instructions.L4ModificationInstruction.ModTransportPortInstruction;
import org.onosproject.net.packet.OutboundPacket;
import org.projectfloodlight.openflow.protocol.OFFactories;
import org.projectfloodlight.openflow.protocol.OFFactory;
import org.projectfloodlight.openflow.protocol.OFFlowAdd;
import org.projectfloodlight.openflow.protocol.OFFlowDelete;
import org.projectfloodlight.openflow.protocol.OFFlowDeleteStrict;
import org.projectfloodlight.openflow.protocol.OFFlowModFlags;
import org.projectfloodlight.openflow.protocol.OFPacketOut;
import org.projectfloodlight.openflow.protocol.OFVersion;
import org.projectfloodlight.openflow.protocol.action.OFAction;
import org.projectfloodlight.openflow.protocol.instruction.OFInstruction;
import org.projectfloodlight.openflow.protocol.match.Match;
import org.projectfloodlight.openflow.protocol.match.MatchField;
import org.projectfloodlight.openflow.types.ArpOpcode;
import org.projectfloodlight.openflow.types.EthType;
import org.projectfloodlight.openflow.types.ICMPv4Code;
import org.projectfloodlight.openflow.types.ICMPv4Type;
import org.projectfloodlight.openflow.types.IPv4Address;
import org.projectfloodlight.openflow.types.IpProtocol;
import org.projectfloodlight.openflow.types.MacAddress;
import org.projectfloodlight.openflow.types.OFBufferId;
import org.projectfloodlight.openflow.types.OFGroup;
import org.projectfloodlight.openflow.types.OFPort;
import org.projectfloodlight.openflow.types.TableId;
import org.projectfloodlight.openflow.types.TransportPort;
import org.projectfloodlight.openflow.types.U64;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Translates ONOS flow rules, selectors and treatments into OpenFlow 1.3 messages with openflowj, for the
 * matches and actions an application on one flow table uses: ports, Ethernet, ARP, IPv4, ICMP, TCP and UDP
 * fields; output, field rewrites and TTL decrement. Anything else is refused with an
 * {@link IllegalArgumentException} that names it, so that the rule's batch fails instead of installing
 * something else than was asked for.
 * <p>
 * Every rule carries its flow id as cookie (ONOS puts the application id in the cookie's top 16 bits) and
 * asks for a FLOW_REMOVED message, from which the flow rule service learns about idle timeouts.
 */
public final class FlowRuleTranslator {

    /** The OpenFlow version the sandbox speaks: Open vSwitch bridges are configured for OpenFlow 1.3. */
    public static final OFFactory OF13 = OFFactories.getFactory(OFVersion.OF_13);

    /**
     * max_len of outputs: the whole packet, unbuffered. Open vSwitch never buffers; a PacketIn carries the
     * whole frame.
     */
    static final int NO_BUFFER = 0xffff;

    private static final int HOST_PREFIX = 32;

    private final OFFactory factory = OF13;

    /**
     * Builds the FLOW_MOD that adds (or replaces) a rule.
     *
     * @param rule rule
     * @param xid  transaction id of the message
     * @return the message
     * @throws IllegalArgumentException if the rule matches or does something the translator does not know
     */
    public OFFlowAdd flowAdd(FlowRule rule, long xid) {
        return factory.buildFlowAdd()
                .setXid(xid)
                .setCookie(U64.of(rule.id().value()))
                .setTableId(table(rule))
                .setPriority(rule.priority())
                .setIdleTimeout(rule.isPermanent() ? 0 : rule.timeout())
                .setHardTimeout(rule.hardTimeout())
                .setBufferId(OFBufferId.NO_BUFFER)
                .setFlags(Set.of(OFFlowModFlags.SEND_FLOW_REM))
                .setMatch(match(rule.selector()))
                .setInstructions(instructions(rule.treatment()))
                .build();
    }

    /**
     * Builds the FLOW_MOD that deletes exactly one rule: same table, priority and match.
     *
     * @param rule rule
     * @param xid  transaction id of the message
     * @return the message
     * @throws IllegalArgumentException if the rule's match cannot be translated
     */
    public OFFlowDeleteStrict flowDelete(FlowRule rule, long xid) {
        return factory.buildFlowDeleteStrict()
                .setXid(xid)
                .setCookie(U64.of(rule.id().value()))
                .setTableId(table(rule))
                .setPriority(rule.priority())
                .setOutPort(OFPort.ANY)
                .setOutGroup(OFGroup.ANY)
                .setMatch(match(rule.selector()))
                .build();
    }

    /**
     * Builds the FLOW_MOD that deletes every rule, in every table, whose cookie matches under a mask.
     * A zero mask deletes all rules.
     *
     * @param cookie cookie
     * @param mask   cookie mask
     * @param xid    transaction id of the message
     * @return the message
     */
    public OFFlowDelete deleteByCookie(long cookie, long mask, long xid) {
        return factory.buildFlowDelete()
                .setXid(xid)
                .setTableId(TableId.ALL)
                .setOutPort(OFPort.ANY)
                .setOutGroup(OFGroup.ANY)
                .setCookie(U64.of(cookie))
                .setCookieMask(U64.of(mask))
                .setMatch(factory.buildMatch().build())
                .build();
    }

    /**
     * Builds the PACKET_OUT of an outbound packet: its treatment's actions applied to its data. The packet
     * enters from the controller unless it names an input port.
     *
     * @param packet packet
     * @param xid    transaction id of the message
     * @return the message
     * @throws IllegalArgumentException if the treatment does something the translator does not know
     */
    public OFPacketOut packetOut(OutboundPacket packet, long xid) {
        PortNumber in = packet.inPort();
        return factory.buildPacketOut()
                .setXid(xid)
                .setBufferId(OFBufferId.NO_BUFFER)
                .setInPort(in == null ? OFPort.CONTROLLER : port(in))
                .setActions(actions(packet.treatment()))
                .setData(bytes(packet.data()))
                .build();
    }

    /**
     * Translates a selector into an OpenFlow match. OpenFlow's prerequisites (an Ethernet type before IPv4
     * fields, an IP protocol before ports) are the rule author's business, as in ONOS: the switch rejects a
     * rule that misses one.
     *
     * @param selector selector
     * @return match
     * @throws IllegalArgumentException if a criterion has no translation
     */
    public Match match(TrafficSelector selector) {
        Match.Builder m = factory.buildMatch();
        for (Criterion c : selector.criteria()) {
            switch (c.type()) {
                case IN_PORT:
                    m.setExact(MatchField.IN_PORT, port(((PortCriterion) c).port()));
                    break;
                case ETH_TYPE:
                    m.setExact(MatchField.ETH_TYPE, EthType.of(((EthTypeCriterion) c).ethType().toShort() & 0xffff));
                    break;
                case ETH_SRC:
                    m.setExact(MatchField.ETH_SRC, mac(((EthCriterion) c).mac()));
                    break;
                case ETH_DST:
                    m.setExact(MatchField.ETH_DST, mac(((EthCriterion) c).mac()));
                    break;
                case ETH_SRC_MASKED:
                    m.setMasked(MatchField.ETH_SRC, mac(((EthCriterion) c).mac()), mac(((EthCriterion) c).mask()));
                    break;
                case ETH_DST_MASKED:
                    m.setMasked(MatchField.ETH_DST, mac(((EthCriterion) c).mac()), mac(((EthCriterion) c).mask()));
                    break;
                case IPV4_SRC:
                    ipv4(m, MatchField.IPV4_SRC, ((IPCriterion) c).ip());
                    break;
                case IPV4_DST:
                    ipv4(m, MatchField.IPV4_DST, ((IPCriterion) c).ip());
                    break;
                case IP_PROTO:
                    m.setExact(MatchField.IP_PROTO, IpProtocol.of(((IPProtocolCriterion) c).protocol()));
                    break;
                case TCP_SRC:
                    m.setExact(MatchField.TCP_SRC, TransportPort.of(((TcpPortCriterion) c).tcpPort().toInt()));
                    break;
                case TCP_DST:
                    m.setExact(MatchField.TCP_DST, TransportPort.of(((TcpPortCriterion) c).tcpPort().toInt()));
                    break;
                case UDP_SRC:
                    m.setExact(MatchField.UDP_SRC, TransportPort.of(((UdpPortCriterion) c).udpPort().toInt()));
                    break;
                case UDP_DST:
                    m.setExact(MatchField.UDP_DST, TransportPort.of(((UdpPortCriterion) c).udpPort().toInt()));
                    break;
                case ARP_SPA:
                    m.setExact(MatchField.ARP_SPA, IPv4Address.of(((ArpPaCriterion) c).ip().toInt()));
                    break;
                case ARP_TPA:
                    m.setExact(MatchField.ARP_TPA, IPv4Address.of(((ArpPaCriterion) c).ip().toInt()));
                    break;
                case ARP_OP:
                    m.setExact(MatchField.ARP_OP, ArpOpcode.of(((ArpOpCriterion) c).arpOp()));
                    break;
                case ICMPV4_TYPE:
                    m.setExact(MatchField.ICMPV4_TYPE, ICMPv4Type.of(((IcmpTypeCriterion) c).icmpType()));
                    break;
                case ICMPV4_CODE:
                    m.setExact(MatchField.ICMPV4_CODE, ICMPv4Code.of(((IcmpCodeCriterion) c).icmpCode()));
                    break;
                default:
                    throw new IllegalArgumentException("criterion " + c + " is not supported by the sandbox's"
                                                               + " OpenFlow southbound");
            }
        }
        return m.build();
    }

    /**
     * Translates a treatment into the actions applied at once (OpenFlow's apply-actions instruction).
     * A treatment that drops (ONOS's no-action) has no actions.
     *
     * @param treatment treatment
     * @return actions, in the treatment's order
     * @throws IllegalArgumentException if the treatment uses anything but immediate instructions the
     *                                  translator knows
     */
    public List<OFAction> actions(TrafficTreatment treatment) {
        if (!treatment.deferred().isEmpty() || treatment.clearedDeferred() || treatment.tableTransition() != null
                || treatment.writeMetadata() != null || treatment.metered() != null
                || treatment.statTrigger() != null) {
            throw new IllegalArgumentException("treatment " + treatment + " uses more than immediate actions, which"
                                                       + " the sandbox's OpenFlow southbound does not support");
        }
        List<OFAction> actions = new ArrayList<>();
        for (Instruction i : treatment.immediate()) {
            OFAction a = action(i);
            if (a != null) {
                actions.add(a);
            }
        }
        return actions;
    }

    private List<OFInstruction> instructions(TrafficTreatment treatment) {
        List<OFAction> actions = actions(treatment);
        // no instruction at all: OpenFlow drops what the rule matches
        return actions.isEmpty() ? List.of() : List.of(factory.instructions().applyActions(actions));
    }

    private OFAction action(Instruction i) {
        switch (i.type()) {
            case NOACTION:
                return null;
            case OUTPUT:
                return factory.actions().output(port(((OutputInstruction) i).port()), NO_BUFFER);
            case L2MODIFICATION:
                if (i instanceof ModEtherInstruction) {
                    ModEtherInstruction e = (ModEtherInstruction) i;
                    switch (e.subtype()) {
                        case ETH_SRC:
                            return factory.actions().setField(factory.oxms().ethSrc(mac(e.mac())));
                        case ETH_DST:
                            return factory.actions().setField(factory.oxms().ethDst(mac(e.mac())));
                        default:
                            break;
                    }
                }
                break;
            case L3MODIFICATION:
                L3ModificationInstruction l3 = (L3ModificationInstruction) i;
                if (l3.subtype() == L3ModificationInstruction.L3SubType.DEC_TTL) {
                    return factory.actions().decNwTtl();
                }
                if (l3 instanceof ModIPInstruction && ((ModIPInstruction) l3).ip().isIp4()) {
                    IPv4Address ip = IPv4Address.of(((ModIPInstruction) l3).ip().getIp4Address().toInt());
                    switch (l3.subtype()) {
                        case IPV4_SRC:
                            return factory.actions().setField(factory.oxms().ipv4Src(ip));
                        case IPV4_DST:
                            return factory.actions().setField(factory.oxms().ipv4Dst(ip));
                        default:
                            break;
                    }
                }
                break;
            case L4MODIFICATION:
                if (i instanceof ModTransportPortInstruction) {
                    ModTransportPortInstruction t = (ModTransportPortInstruction) i;
                    TransportPort p = TransportPort.of(t.port().toInt());
                    switch (t.subtype()) {
                        case TCP_SRC:
                            return factory.actions().setField(factory.oxms().tcpSrc(p));
                        case TCP_DST:
                            return factory.actions().setField(factory.oxms().tcpDst(p));
                        case UDP_SRC:
                            return factory.actions().setField(factory.oxms().udpSrc(p));
                        case UDP_DST:
                            return factory.actions().setField(factory.oxms().udpDst(p));
                        default:
                            break;
                    }
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException("instruction " + i + " is not supported by the sandbox's OpenFlow"
                                                   + " southbound");
    }

    private static TableId table(FlowRule rule) {
        if (!(rule.table() instanceof IndexTableId)) {
            throw new IllegalArgumentException("table " + rule.table() + " is no table number");
        }
        return TableId.of(((IndexTableId) rule.table()).id());
    }

    private static void ipv4(Match.Builder m, MatchField<IPv4Address> field, IpPrefix prefix) {
        if (!prefix.isIp4()) {
            throw new IllegalArgumentException("IPv4 criterion with IPv6 prefix " + prefix);
        }
        IPv4Address ip = IPv4Address.of(prefix.address().getIp4Address().toInt());
        if (prefix.prefixLength() == HOST_PREFIX) {
            m.setExact(field, ip);
        } else {
            m.setMasked(field, ip, IPv4Address.ofCidrMaskLength(prefix.prefixLength()));
        }
    }

    /**
     * Converts an ONOS port number to an OpenFlow port: ONOS numbers the logical ports (LOCAL, CONTROLLER,
     * IN_PORT, ...) as negative longs, which are OpenFlow's 0xfffffff8 and up taken as signed 32-bit integers.
     *
     * @param port ONOS port number
     * @return OpenFlow port
     */
    public static OFPort port(PortNumber port) {
        return OFPort.of((int) port.toLong());
    }

    /**
     * Converts an OpenFlow port to an ONOS port number (see {@link #port(PortNumber)}).
     *
     * @param port OpenFlow port
     * @return ONOS port number
     */
    public static PortNumber port(OFPort port) {
        return PortNumber.portNumber(port.getPortNumber());
    }

    private static MacAddress mac(org.onlab.packet.MacAddress mac) {
        return MacAddress.of(mac.toLong());
    }

    // the whole buffer, whatever its position: ONOS's providers send the backing array of the packet
    private static byte[] bytes(ByteBuffer data) {
        ByteBuffer all = data.duplicate();
        all.rewind();
        byte[] bytes = new byte[all.remaining()];
        all.get(bytes);
        return bytes;
    }
}
