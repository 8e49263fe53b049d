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

import com.google.common.base.MoreObjects;

import java.util.Objects;

/**
 * An access rule on container traffic: where a pair policy does not decide, the firewall rules of the
 * source container's tenant are consulted by descending priority; the first whose selectors, protocol
 * and port match allows or denies. Immutable; built with {@link #builder()}.
 */
public final class FirewallRule {

    /** Smallest priority. */
    public static final int MIN_PRIORITY = 1;
    /** Largest priority. */
    public static final int MAX_PRIORITY = 65535;
    /** Priority of rules created without one. */
    public static final int DEFAULT_PRIORITY = 100;

    /**
     * What a matching rule does.
     */
    public enum Action {
        /** Let the traffic pass. */
        ALLOW,
        /** Drop the traffic. */
        DENY
    }

    private final String tenant;
    private final String name;
    private final int priority;
    private final Action action;
    private final Selector src;
    private final Selector dst;
    private final Protocol protocol;
    private final int portMin;
    private final int portMax;

    private FirewallRule(Builder b) {
        this.tenant = b.tenant;
        this.name = b.name;
        this.priority = b.priority;
        this.action = b.action;
        this.src = b.src;
        this.dst = b.dst;
        this.protocol = b.protocol;
        this.portMin = b.portMin;
        this.portMax = b.portMax;
    }

    /**
     * Returns the tenant whose names the selectors use.
     *
     * @return tenant
     */
    public String tenant() {
        return tenant;
    }

    /**
     * Returns the name, unique within the tenant.
     *
     * @return name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the priority; higher priorities are consulted first.
     *
     * @return priority
     */
    public int priority() {
        return priority;
    }

    /**
     * Returns what a match does.
     *
     * @return action
     */
    public Action action() {
        return action;
    }

    /**
     * Returns the source selector.
     *
     * @return selector
     */
    public Selector src() {
        return src;
    }

    /**
     * Returns the destination selector.
     *
     * @return selector
     */
    public Selector dst() {
        return dst;
    }

    /**
     * Returns the protocol.
     *
     * @return protocol
     */
    public Protocol protocol() {
        return protocol;
    }

    /**
     * Returns the lowest destination port, or 0 for all ports.
     *
     * @return port
     */
    public int portMin() {
        return portMin;
    }

    /**
     * Returns the highest destination port, or 0 for all ports.
     *
     * @return port
     */
    public int portMax() {
        return portMax;
    }

    /**
     * Tells whether the rule concerns only some traffic of a pair (a protocol, maybe ports): such a rule
     * makes the routes of the pairs it concerns L4-specific.
     *
     * @return true if the rule names a protocol
     */
    public boolean l4() {
        return protocol != Protocol.ANY;
    }

    /**
     * Tells whether the rule's protocol and ports match a packet.
     *
     * @param ipProtocol IP protocol number
     * @param dstPort    destination port (0 if none)
     * @return true if they match
     */
    public boolean matches(int ipProtocol, int dstPort) {
        if (!protocol.matches(ipProtocol)) {
            return false;
        }
        return portMin == 0 || (dstPort >= portMin && dstPort <= portMax);
    }

    /**
     * Returns the ports as written: {@code P}, {@code P-Q} or an empty string for all ports.
     *
     * @return ports
     */
    public String ports() {
        if (portMin == 0) {
            return "";
        }
        return portMin == portMax ? String.valueOf(portMin) : portMin + "-" + portMax;
    }

    /**
     * Returns the key of the rule: {@code tenant/name}.
     *
     * @return key
     */
    public String key() {
        return tenant + '/' + name;
    }

    /**
     * Returns a new builder.
     *
     * @return builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FirewallRule)) {
            return false;
        }
        FirewallRule that = (FirewallRule) o;
        return priority == that.priority && portMin == that.portMin && portMax == that.portMax
                && tenant.equals(that.tenant) && name.equals(that.name) && action == that.action
                && src.equals(that.src) && dst.equals(that.dst) && protocol == that.protocol;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, name, priority, action, src, dst, protocol, portMin, portMax);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("key", key()).add("priority", priority).add("action", action)
                .add("src", src).add("dst", dst).add("protocol", protocol).add("ports", ports()).toString();
    }

    /**
     * Builder of firewall rules; {@link #build()} checks every field.
     */
    public static final class Builder {
        private String tenant;
        private String name;
        private int priority = DEFAULT_PRIORITY;
        private Action action;
        private Selector src = Selector.ANY;
        private Selector dst = Selector.ANY;
        private Protocol protocol = Protocol.ANY;
        private int portMin;
        private int portMax;

        private Builder() {
        }

        /**
         * Sets the tenant; the default tenant if never set.
         *
         * @param tenant tenant
         * @return this builder
         */
        public Builder tenant(String tenant) {
            this.tenant = tenant;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param name name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the priority.
         *
         * @param priority priority
         * @return this builder
         */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /**
         * Sets the action.
         *
         * @param action action
         * @return this builder
         */
        public Builder action(Action action) {
            this.action = action;
            return this;
        }

        /**
         * Sets the source selector (default any).
         *
         * @param src selector
         * @return this builder
         */
        public Builder src(Selector src) {
            this.src = src;
            return this;
        }

        /**
         * Sets the destination selector (default any).
         *
         * @param dst selector
         * @return this builder
         */
        public Builder dst(Selector dst) {
            this.dst = dst;
            return this;
        }

        /**
         * Sets the protocol (default any).
         *
         * @param protocol protocol
         * @return this builder
         */
        public Builder protocol(Protocol protocol) {
            this.protocol = protocol;
            return this;
        }

        /**
         * Sets the destination ports; 0, 0 for all.
         *
         * @param min lowest port
         * @param max highest port
         * @return this builder
         */
        public Builder ports(int min, int max) {
            this.portMin = min;
            this.portMax = max;
            return this;
        }

        /**
         * Parses and sets the destination ports: {@code P}, {@code P-Q}, or null/empty for all.
         *
         * @param text ports
         * @return this builder
         */
        public Builder ports(String text) {
            int[] range = parsePorts("port", text);
            return ports(range[0], range[1]);
        }

        /**
         * Builds the rule.
         *
         * @return rule
         * @throws DaoliNetException INVALID naming the field
         */
        public FirewallRule build() {
            tenant = Validation.name("tenant", tenant == null || tenant.isEmpty() ? NetworkKey.DEFAULT_TENANT : tenant);
            Validation.name("name", name);
            if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
                throw DaoliNetException.invalid("priority", "%d is outside %d-%d", priority, MIN_PRIORITY,
                                                MAX_PRIORITY);
            }
            Validation.present("action", action);
            Validation.present("src", src);
            Validation.present("dst", dst);
            Validation.present("protocol", protocol);
            if (portMin != 0 || portMax != 0) {
                if (!protocol.hasPorts()) {
                    throw DaoliNetException.invalid("port", "protocol %s has no ports", protocol);
                }
                if (portMin < 1 || portMax > Validation.MAX_L4_PORT || portMin > portMax) {
                    throw DaoliNetException.invalid("port", "%d-%d is not a port range within 1-65535",
                                                    portMin, portMax);
                }
            }
            return new FirewallRule(this);
        }
    }

    /**
     * Parses {@code P} or {@code P-Q} into a range; null or empty gives {0, 0}.
     *
     * @param field field name for the error message
     * @param text  text
     * @return two elements: min, max
     */
    public static int[] parsePorts(String field, String text) {
        if (text == null || text.trim().isEmpty()) {
            return new int[]{0, 0};
        }
        String t = text.trim();
        int dash = t.indexOf('-');
        try {
            int min = Integer.parseInt(dash < 0 ? t : t.substring(0, dash).trim());
            int max = dash < 0 ? min : Integer.parseInt(t.substring(dash + 1).trim());
            if (min < 1 || max > Validation.MAX_L4_PORT || min > max) {
                throw DaoliNetException.invalid(field, "'%s' is not a port or range within 1-65535", text);
            }
            return new int[]{min, max};
        } catch (NumberFormatException e) {
            throw DaoliNetException.invalid(field, "'%s' is not a port or port range (P or P-Q)", text);
        }
    }
}
