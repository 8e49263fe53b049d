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

/**
 * Names and defaults of the component configuration properties ({@code cfg set}).
 */
public final class OsgiPropertyConstants {

    /** VIP pool property. */
    public static final String VIP_POOL = "vipPool";
    /** Default VIP pool: the shared address space of RFC 6598. */
    public static final String VIP_POOL_DEFAULT = "100.64.0.0/10";

    /** Idle timeout of hot-plug routes, in seconds. */
    public static final String IDLE_TIMEOUT = "idleTimeout";
    /** Default idle timeout. */
    public static final int IDLE_TIMEOUT_DEFAULT = 10;

    /** Largest random change of a route's idle timeout, in seconds, so routes don't expire in waves. */
    public static final String IDLE_JITTER = "idleJitter";
    /** Default jitter. */
    public static final int IDLE_JITTER_DEFAULT = 2;

    /** Idle timeout of the drop rules of denied, spoofed or unknown traffic, in seconds. */
    public static final String DROP_TIMEOUT = "dropTimeout";
    /** Default drop rule timeout. */
    public static final int DROP_TIMEOUT_DEFAULT = 5;

    /** PacketIns accepted per second and port (token bucket rate). */
    public static final String PACKET_IN_RATE = "packetInRate";
    /** Default PacketIn rate. */
    public static final int PACKET_IN_RATE_DEFAULT = 200;

    /** PacketIns accepted in a burst per port (token bucket depth). */
    public static final String PACKET_IN_BURST = "packetInBurst";
    /** Default PacketIn burst. */
    public static final int PACKET_IN_BURST_DEFAULT = 100;

    /** Priority of hot-plug routes; the L4 and deny classes are fixed offsets above it. */
    public static final String ROUTE_PRIORITY = "routePriority";
    /** Default route priority. */
    public static final int ROUTE_PRIORITY_DEFAULT = 40000;

    /** Priority of the servers' infrastructure rules. */
    public static final String INFRA_PRIORITY = "infraPriority";
    /** Default infrastructure priority. */
    public static final int INFRA_PRIORITY_DEFAULT = 46000;

    /** Priority of anti-spoofing drop rules. */
    public static final String SPOOF_PRIORITY = "spoofPriority";
    /** Default anti-spoofing priority. */
    public static final int SPOOF_PRIORITY_DEFAULT = 50000;

    private OsgiPropertyConstants() {
    }
}
