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

import com.google.common.base.MoreObjects;
import org.daolinet.api.Constants;
import org.daolinet.api.DaoliNetException;
import org.onlab.util.Tools;

import java.util.Dictionary;
import java.util.concurrent.ThreadLocalRandom;

import static org.daolinet.impl.OsgiPropertyConstants.DROP_TIMEOUT;
import static org.daolinet.impl.OsgiPropertyConstants.DROP_TIMEOUT_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.IDLE_JITTER;
import static org.daolinet.impl.OsgiPropertyConstants.IDLE_JITTER_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.IDLE_TIMEOUT;
import static org.daolinet.impl.OsgiPropertyConstants.IDLE_TIMEOUT_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.INFRA_PRIORITY;
import static org.daolinet.impl.OsgiPropertyConstants.INFRA_PRIORITY_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.PACKET_IN_BURST;
import static org.daolinet.impl.OsgiPropertyConstants.PACKET_IN_BURST_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.PACKET_IN_RATE;
import static org.daolinet.impl.OsgiPropertyConstants.PACKET_IN_RATE_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.ROUTE_PRIORITY;
import static org.daolinet.impl.OsgiPropertyConstants.ROUTE_PRIORITY_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.SPOOF_PRIORITY;
import static org.daolinet.impl.OsgiPropertyConstants.SPOOF_PRIORITY_DEFAULT;

/**
 * An immutable, validated snapshot of the routing configuration. The PacketIn path reads one
 * snapshot through a volatile reference; {@code cfg set} replaces it as a whole or not at all.
 */
public final class RoutingConfig {

    /** Offset of the L4 route class above the route class. */
    static final int L4_OFFSET = Constants.PRIORITY_ROUTE_L4 - Constants.PRIORITY_ROUTE;
    /** Offset of a deny class above the route class it shadows. */
    static final int DENY_OFFSET = Constants.PRIORITY_DENY - Constants.PRIORITY_ROUTE;
    /** Offset of the published-port punt rules above the infrastructure rules. */
    static final int PORT_MAP_OFFSET = Constants.PRIORITY_PORT_MAP - Constants.PRIORITY_INFRA;
    /** Offset of published-port routes above the infrastructure rules. */
    static final int PUBLISHED_OFFSET = Constants.PRIORITY_PUBLISHED - Constants.PRIORITY_INFRA;
    /** Offset of published-port drop rules above the infrastructure rules. */
    static final int DENY_PUBLISHED_OFFSET = Constants.PRIORITY_DENY_PUBLISHED - Constants.PRIORITY_INFRA;
    /** Drop rules for unsolicited traffic from a gateway port sit just below the routes. */
    static final int GATEWAY_DROP_OFFSET = -100;
    /** Largest OpenFlow priority. */
    private static final int MAX_PRIORITY = 0xffff;
    /** Largest timeout, in seconds (OpenFlow timeouts are 16 bits). */
    private static final int MAX_TIMEOUT = 0xffff;

    /** The defaults. */
    public static final RoutingConfig DEFAULT = new RoutingConfig(
            IDLE_TIMEOUT_DEFAULT, IDLE_JITTER_DEFAULT, DROP_TIMEOUT_DEFAULT, PACKET_IN_RATE_DEFAULT,
            PACKET_IN_BURST_DEFAULT, ROUTE_PRIORITY_DEFAULT, INFRA_PRIORITY_DEFAULT, SPOOF_PRIORITY_DEFAULT);

    private final int idleTimeout;
    private final int idleJitter;
    private final int dropTimeout;
    private final int packetInRate;
    private final int packetInBurst;
    private final int routePriority;
    private final int infraPriority;
    private final int spoofPriority;

    private RoutingConfig(int idleTimeout, int idleJitter, int dropTimeout, int packetInRate, int packetInBurst,
                          int routePriority, int infraPriority, int spoofPriority) {
        this.idleTimeout = idleTimeout;
        this.idleJitter = idleJitter;
        this.dropTimeout = dropTimeout;
        this.packetInRate = packetInRate;
        this.packetInBurst = packetInBurst;
        this.routePriority = routePriority;
        this.infraPriority = infraPriority;
        this.spoofPriority = spoofPriority;
    }

    /**
     * Reads a configuration from component properties; absent properties keep the values of a base.
     *
     * @param properties component properties (may be null)
     * @param base       values of absent properties
     * @return validated configuration
     * @throws DaoliNetException INVALID naming the property if a value is malformed or out of range
     */
    public static RoutingConfig from(Dictionary<?, ?> properties, RoutingConfig base) {
        RoutingConfig c = new RoutingConfig(
                integer(properties, IDLE_TIMEOUT, base.idleTimeout),
                integer(properties, IDLE_JITTER, base.idleJitter),
                integer(properties, DROP_TIMEOUT, base.dropTimeout),
                integer(properties, PACKET_IN_RATE, base.packetInRate),
                integer(properties, PACKET_IN_BURST, base.packetInBurst),
                integer(properties, ROUTE_PRIORITY, base.routePriority),
                integer(properties, INFRA_PRIORITY, base.infraPriority),
                integer(properties, SPOOF_PRIORITY, base.spoofPriority));
        c.validate();
        return c;
    }

    private static int integer(Dictionary<?, ?> properties, String name, int fallback) {
        String text = properties == null ? null : Tools.get(properties, name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw DaoliNetException.invalid(name, "'%s' is not an integer", text);
        }
    }

    private void validate() {
        range(IDLE_TIMEOUT, idleTimeout, 1, MAX_TIMEOUT);
        range(IDLE_JITTER, idleJitter, 0, idleTimeout - 1);
        range(DROP_TIMEOUT, dropTimeout, 1, MAX_TIMEOUT);
        range(PACKET_IN_RATE, packetInRate, 1, Integer.MAX_VALUE);
        range(PACKET_IN_BURST, packetInBurst, 1, Integer.MAX_VALUE);
        range(ROUTE_PRIORITY, routePriority, Constants.PRIORITY_UPLINK_PUNT + 1 - GATEWAY_DROP_OFFSET,
              infraPriority - L4_OFFSET - DENY_OFFSET - 1);
        range(INFRA_PRIORITY, infraPriority, routePriority + L4_OFFSET + DENY_OFFSET + 1,
              spoofPriority - DENY_PUBLISHED_OFFSET - 1);
        range(SPOOF_PRIORITY, spoofPriority, infraPriority + DENY_PUBLISHED_OFFSET + 1, MAX_PRIORITY);
    }

    private static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw DaoliNetException.invalid(name, "%d is outside %d-%d", value, min, max);
        }
    }

    /**
     * Returns the nominal idle timeout of routes.
     *
     * @return seconds
     */
    public int idleTimeout() {
        return idleTimeout;
    }

    /**
     * Returns the jitter of route timeouts.
     *
     * @return seconds
     */
    public int idleJitter() {
        return idleJitter;
    }

    /**
     * Returns a route timeout: the idle timeout plus or minus a random jitter.
     *
     * @return seconds, at least 1
     */
    public int jitteredTimeout() {
        if (idleJitter == 0) {
            return idleTimeout;
        }
        return Math.max(1, idleTimeout + ThreadLocalRandom.current().nextInt(-idleJitter, idleJitter + 1));
    }

    /**
     * Returns the idle timeout of drop rules.
     *
     * @return seconds
     */
    public int dropTimeout() {
        return dropTimeout;
    }

    /**
     * Returns the PacketIn rate per port.
     *
     * @return PacketIns per second
     */
    public int packetInRate() {
        return packetInRate;
    }

    /**
     * Returns the PacketIn burst per port.
     *
     * @return PacketIns
     */
    public int packetInBurst() {
        return packetInBurst;
    }

    /**
     * Returns the priority of routes, or of L4-specific routes.
     *
     * @param l4 whether the route is L4-specific
     * @return priority
     */
    public int routePriority(boolean l4) {
        return l4 ? routePriority + L4_OFFSET : routePriority;
    }

    /**
     * Returns the priority of the drop rules of a denied direction.
     *
     * @param l4 whether the denial is L4-specific
     * @return priority
     */
    public int denyPriority(boolean l4) {
        return routePriority(l4) + DENY_OFFSET;
    }

    /**
     * Returns the priority of drop rules for unsolicited traffic from gateway ports.
     *
     * @return priority
     */
    public int gatewayDropPriority() {
        return routePriority + GATEWAY_DROP_OFFSET;
    }

    /**
     * Returns the priority of infrastructure rules.
     *
     * @return priority
     */
    public int infraPriority() {
        return infraPriority;
    }

    /**
     * Returns the priority of the rules sending a published port's first packets to the controller.
     *
     * @return priority
     */
    public int portMapPriority() {
        return infraPriority + PORT_MAP_OFFSET;
    }

    /**
     * Returns the priority of published-port routes.
     *
     * @return priority
     */
    public int publishedPriority() {
        return infraPriority + PUBLISHED_OFFSET;
    }

    /**
     * Returns the priority of published-port drop rules.
     *
     * @return priority
     */
    public int publishedDenyPriority() {
        return infraPriority + DENY_PUBLISHED_OFFSET;
    }

    /**
     * Returns the priority of anti-spoofing drop rules.
     *
     * @return priority
     */
    public int spoofPriority() {
        return spoofPriority;
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add(IDLE_TIMEOUT, idleTimeout).add(IDLE_JITTER, idleJitter)
                .add(DROP_TIMEOUT, dropTimeout).add(PACKET_IN_RATE, packetInRate)
                .add(PACKET_IN_BURST, packetInBurst).add(ROUTE_PRIORITY, routePriority)
                .add(INFRA_PRIORITY, infraPriority).add(SPOOF_PRIORITY, spoofPriority).toString();
    }
}
