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

import org.onlab.packet.ICMP;
import org.onlab.packet.IPacket;
import org.onlab.packet.IPv4;
import org.onlab.packet.TCP;
import org.onlab.packet.UDP;

/**
 * L3/L4 fields of a parsed IPv4 packet, as the access policy and route keys use them.
 */
final class PacketFields {

    private static final int MULTICAST_FIRST_OCTET = 224;
    /** ICMP timestamp request (its reply is the next type). */
    private static final int ICMP_TIMESTAMP = 13;
    /** ICMP information request. */
    private static final int ICMP_INFO = 15;
    /** ICMP address mask request. */
    private static final int ICMP_MASK = 17;

    private PacketFields() {
    }

    /**
     * Returns the IP protocol number.
     *
     * @param ip packet
     * @return protocol, 0-255
     */
    static int protocol(IPv4 ip) {
        return ip.getProtocol() & 0xff;
    }

    /**
     * Returns the TCP or UDP destination port.
     *
     * @param ip packet
     * @return port, or 0 for other protocols
     */
    static int dstPort(IPv4 ip) {
        IPacket p = ip.getPayload();
        if (p instanceof TCP) {
            return ((TCP) p).getDestinationPort();
        }
        return p instanceof UDP ? ((UDP) p).getDestinationPort() : 0;
    }

    /**
     * Returns the TCP or UDP source port.
     *
     * @param ip packet
     * @return port, or 0 for other protocols
     */
    static int srcPort(IPv4 ip) {
        IPacket p = ip.getPayload();
        if (p instanceof TCP) {
            return ((TCP) p).getSourcePort();
        }
        return p instanceof UDP ? ((UDP) p).getSourcePort() : 0;
    }

    /**
     * Returns the L4 key of a packet as route keys and rules use it: the TCP or UDP destination port,
     * the ICMP type for ICMP (an L4 ICMP route carries one type: echo requests one way, echo replies
     * the other), 0 otherwise.
     *
     * @param ip packet
     * @return port or ICMP type
     */
    static int l4Key(IPv4 ip) {
        IPacket p = ip.getPayload();
        if (p instanceof ICMP) {
            return ((ICMP) p).getIcmpType() & 0xff;
        }
        return dstPort(ip);
    }

    /**
     * Returns the L4 key of the replies to a packet of the given protocol and L4 key: the same port
     * (as a source port) for TCP and UDP, the reply type for ICMP requests.
     *
     * @param protocol IP protocol number
     * @param key      port or ICMP type
     * @return the replies' key
     */
    static int replyKey(int protocol, int key) {
        if (protocol != IPv4.PROTOCOL_ICMP) {
            return key;
        }
        switch (key) {
            case ICMP.TYPE_ECHO_REQUEST:
                return ICMP.TYPE_ECHO_REPLY;
            case ICMP_TIMESTAMP:
            case ICMP_INFO:
            case ICMP_MASK:
                return key + 1;
            default:
                return key;
        }
    }

    /**
     * Returns the L4 key of the requests whose replies carry the given key: the inverse of
     * {@link #replyKey}.
     *
     * @param protocol IP protocol number
     * @param key      port or ICMP type of a reply
     * @return the requests' key, or -1 for an ICMP type that answers no request (an echo request, say,
     *         is never the return path of anything)
     */
    static int requestKey(int protocol, int key) {
        if (protocol != IPv4.PROTOCOL_ICMP) {
            return key;
        }
        switch (key) {
            case ICMP.TYPE_ECHO_REPLY:
                return ICMP.TYPE_ECHO_REQUEST;
            case ICMP_TIMESTAMP + 1:
            case ICMP_INFO + 1:
            case ICMP_MASK + 1:
                return key - 1;
            default:
                return -1;
        }
    }

    /**
     * Tells whether an IPv4 address is multicast or the limited broadcast address: never routed.
     *
     * @param address address as an int
     * @return true if multicast or broadcast
     */
    static boolean multicastOrBroadcast(int address) {
        return (address >>> 24) >= MULTICAST_FIRST_OCTET;
    }
}
