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

/**
 * Constants shared by DaoliNet's components, above all the table of flow rule priority classes.
 * <p>
 * DaoliNet uses one OpenFlow table. Every rule carries the app's cookie and one of these
 * priorities, from the most to the least specific concern:
 * <pre>
 *   class            priority  what
 *   SPOOF_DROP          50000  drop a port's packets whose source breaks its binding (short-lived)
 *   DENY_PUBLISHED      47200  drop a client denied a published port (short-lived)
 *   PUBLISHED           47100  a client's connection to a published container port (idle timeout)
 *   PORT_MAP            47000  a published port's first packets: to the controller (permanent)
 *   INFRA               46000  the server's own traffic between uplink and LOCAL (permanent)
 *   DENY_L4             42100  drop a denied pair's traffic on one protocol/port (short-lived)
 *   ROUTE_L4            42000  hot-plug route restricted to one protocol/port (idle timeout)
 *   DENY                40100  drop a denied pair's traffic (short-lived)
 *   ROUTE               40000  hot-plug route, egress route and its return path (idle timeout)
 *   UPLINK_PUNT          1000  uplink traffic to a VIP without a route: to the controller (permanent)
 *   UPLINK_DROP           900  any other uplink or LOCAL traffic: dropped (permanent)
 *   REACTIVE                5  ARP and IPv4 from the other ports: to the controller (requestPackets)
 *   table miss              0  drop (OpenFlow 1.3 default; bridges run in fail_mode=secure)
 * </pre>
 * A deny rule sits just above the route class it shadows, so that a pair denied on one port keeps
 * its route for the others, and an L4 route beats the pair's L3 deny. Published ports sit above the
 * infrastructure rules, which would otherwise hand their packets to the server's own stack; the
 * three classes of published ports move with the infrastructure priority (offsets 1000, 1100, 1200).
 */
public final class Constants {

    /** ONOS application name. */
    public static final String APP_NAME = "org.daolinet.app";

    /** Anti-spoofing drop rules. */
    public static final int PRIORITY_SPOOF_DROP = 50000;
    /** Server infrastructure rules (uplink and LOCAL). */
    public static final int PRIORITY_INFRA = 46000;
    /** Drop rules of a pair denied on one protocol/port. */
    public static final int PRIORITY_DENY_L4 = 42100;
    /** Routes restricted to one protocol/port. */
    public static final int PRIORITY_ROUTE_L4 = 42000;
    /** Drop rules of a denied pair. */
    public static final int PRIORITY_DENY = 40100;
    /** Hot-plug routes, egress routes and their return paths. */
    public static final int PRIORITY_ROUTE = 40000;
    /** A published port's first packets, sent to the controller. */
    public static final int PRIORITY_PORT_MAP = 47000;
    /** A client's connection to a published port. */
    public static final int PRIORITY_PUBLISHED = 47100;
    /** Drop rules of a client denied a published port. */
    public static final int PRIORITY_DENY_PUBLISHED = 47200;
    /** Uplink traffic addressed to a VIP, sent to the controller. */
    public static final int PRIORITY_UPLINK_PUNT = 1000;
    /** Remaining uplink and LOCAL traffic, dropped. */
    public static final int PRIORITY_UPLINK_DROP = 900;

    private Constants() {
    }
}
