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

import org.onlab.packet.ARP;
import org.onlab.packet.Data;
import org.onlab.packet.Ethernet;
import org.onlab.packet.ICMP;
import org.onlab.packet.ICMPEcho;
import org.onlab.packet.IPv4;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onlab.packet.TCP;
import org.onlab.packet.UDP;

/**
 * Frames for tests: ICMP echo, TCP, UDP and ARP.
 */
public final class Packets {

    private Packets() {
    }

    /**
     * Returns an ICMP echo request.
     *
     * @param srcMac source MAC
     * @param dstMac destination MAC
     * @param srcIp  source IP
     * @param dstIp  destination IP
     * @return frame
     */
    public static Ethernet ping(MacAddress srcMac, MacAddress dstMac, String srcIp, String dstIp) {
        ICMP icmp = new ICMP();
        icmp.setIcmpType(ICMP.TYPE_ECHO_REQUEST);
        icmp.setIcmpCode((byte) 0);
        ICMPEcho echo = new ICMPEcho();
        echo.setIdentifier((short) 0x4d2);
        echo.setSequenceNum((short) 1);
        echo.setPayload(new Data(new byte[56]));
        icmp.setPayload(echo);
        return ipv4(srcMac, dstMac, srcIp, dstIp, IPv4.PROTOCOL_ICMP, icmp);
    }

    /**
     * Returns a TCP SYN.
     *
     * @param srcMac  source MAC
     * @param dstMac  destination MAC
     * @param srcIp   source IP
     * @param dstIp   destination IP
     * @param srcPort source port
     * @param dstPort destination port
     * @return frame
     */
    public static Ethernet tcp(MacAddress srcMac, MacAddress dstMac, String srcIp, String dstIp,
                               int srcPort, int dstPort) {
        TCP tcp = new TCP();
        tcp.setSourcePort(srcPort);
        tcp.setDestinationPort(dstPort);
        tcp.setFlags((short) 0x02);
        return ipv4(srcMac, dstMac, srcIp, dstIp, IPv4.PROTOCOL_TCP, tcp);
    }

    /**
     * Returns a UDP datagram.
     *
     * @param srcMac  source MAC
     * @param dstMac  destination MAC
     * @param srcIp   source IP
     * @param dstIp   destination IP
     * @param srcPort source port
     * @param dstPort destination port
     * @return frame
     */
    public static Ethernet udp(MacAddress srcMac, MacAddress dstMac, String srcIp, String dstIp,
                               int srcPort, int dstPort) {
        UDP udp = new UDP();
        udp.setSourcePort(srcPort);
        udp.setDestinationPort(dstPort);
        return ipv4(srcMac, dstMac, srcIp, dstIp, IPv4.PROTOCOL_UDP, udp);
    }

    private static Ethernet ipv4(MacAddress srcMac, MacAddress dstMac, String srcIp, String dstIp,
                                 byte protocol, org.onlab.packet.IPacket payload) {
        IPv4 ip = new IPv4();
        ip.setSourceAddress(IpAddress.valueOf(srcIp).getIp4Address().toInt());
        ip.setDestinationAddress(IpAddress.valueOf(dstIp).getIp4Address().toInt());
        ip.setProtocol(protocol);
        ip.setTtl((byte) 64);
        ip.setPayload(payload);
        Ethernet eth = new Ethernet();
        eth.setSourceMACAddress(srcMac);
        eth.setDestinationMACAddress(dstMac);
        eth.setEtherType(Ethernet.TYPE_IPV4);
        eth.setPayload(ip);
        return eth;
    }

    /**
     * Returns a broadcast ARP request.
     *
     * @param srcMac   sender MAC
     * @param srcIp    sender IP
     * @param targetIp asked-for IP
     * @return frame
     */
    public static Ethernet arpRequest(MacAddress srcMac, String srcIp, String targetIp) {
        return arp(ARP.OP_REQUEST, srcMac, srcIp, targetIp);
    }

    /**
     * Returns an ARP frame of any opcode.
     *
     * @param opcode   ARP opcode
     * @param srcMac   sender MAC
     * @param srcIp    sender IP
     * @param targetIp target IP
     * @return frame
     */
    public static Ethernet arp(short opcode, MacAddress srcMac, String srcIp, String targetIp) {
        ARP arp = new ARP();
        arp.setHardwareType(ARP.HW_TYPE_ETHERNET);
        arp.setProtocolType(ARP.PROTO_TYPE_IP);
        arp.setHardwareAddressLength((byte) Ethernet.DATALAYER_ADDRESS_LENGTH);
        arp.setProtocolAddressLength((byte) 4);
        arp.setOpCode(opcode);
        arp.setSenderHardwareAddress(srcMac.toBytes());
        arp.setSenderProtocolAddress(IpAddress.valueOf(srcIp).toOctets());
        arp.setTargetHardwareAddress(MacAddress.ZERO.toBytes());
        arp.setTargetProtocolAddress(IpAddress.valueOf(targetIp).toOctets());
        Ethernet eth = new Ethernet();
        eth.setSourceMACAddress(srcMac);
        eth.setDestinationMACAddress(MacAddress.BROADCAST);
        eth.setEtherType(Ethernet.TYPE_ARP);
        eth.setPayload(arp);
        return eth;
    }
}
