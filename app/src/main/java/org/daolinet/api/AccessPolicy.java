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
package org.daolinet.api;

import org.onlab.packet.IpAddress;

/**
 * Decides who may talk to whom; consulted on the PacketIn path when a route is set up, so every
 * implementation must answer from local state in (near) constant time, without blocking.
 * <p>
 * Protocol numbers are IP protocol numbers (6 TCP, 17 UDP, 1 ICMP); the destination port is 0 when
 * the protocol has none.
 */
public interface AccessPolicy {

    /**
     * Decides whether a container may send a packet to another container.
     *
     * @param src      sending container
     * @param dst      receiving container
     * @param protocol IP protocol number
     * @param dstPort  destination port, or 0
     * @return decision
     */
    AccessDecision decide(Container src, Container dst, int protocol, int dstPort);

    /**
     * Decides whether a container may send a packet to a destination that is not a container
     * (through its network's gateway on its server).
     *
     * @param src      sending container
     * @param dst      destination address
     * @param protocol IP protocol number
     * @param dstPort  destination port, or 0
     * @return decision
     */
    AccessDecision decideEgress(Container src, IpAddress dst, int protocol, int dstPort);

    /**
     * Decides whether a client outside the container networks may reach a published container port.
     *
     * @param client   client address
     * @param dst      published container
     * @param protocol IP protocol number
     * @param dstPort  container port
     * @return decision
     */
    AccessDecision decidePublished(IpAddress client, Container dst, int protocol, int dstPort);
}
