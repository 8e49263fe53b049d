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

import org.onlab.packet.IPacket;
import org.onlab.packet.IPv4;
import org.onlab.packet.TCP;
import org.onlab.packet.UDP;

/**
 * L3/L4 fields of a parsed IPv4 packet, as the access policy and route keys use them.
 */
final class PacketFields {

    private static final int MULTICAST_FIRST_OCTET = 224;

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
     * Tells whether an IPv4 address is multicast or the limited broadcast address: never routed.
     *
     * @param address address as an int
     * @return true if multicast or broadcast
     */
    static boolean multicastOrBroadcast(int address) {
        return (address >>> 24) >= MULTICAST_FIRST_OCTET;
    }
}
