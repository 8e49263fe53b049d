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

import org.onlab.packet.IpPrefix;

import java.util.Locale;
import java.util.Objects;

/**
 * What a firewall rule's source or destination denotes: {@code container:NAME},
 * {@code network:NAME}, {@code group:NAME} (names within the rule's tenant), {@code cidr:CIDR}
 * (container addresses of the tenant, or external addresses) or {@code any}.
 */
public final class Selector {

    /**
     * Kinds of selectors.
     */
    public enum Kind {
        /** A container, by name. */
        CONTAINER,
        /** The containers of a network. */
        NETWORK,
        /** The containers of the networks of a group. */
        GROUP,
        /** Addresses in a CIDR: containers of the tenant and external hosts. */
        CIDR,
        /** Everything. */
        ANY
    }

    /** The selector of everything. */
    public static final Selector ANY = new Selector(Kind.ANY, null, null);

    private final Kind kind;
    private final String name;
    private final IpPrefix cidr;
    // an IPv4 CIDR as ints, so that policy decisions test addresses without allocating (IpPrefix
    // masks a copy of the address); not transient, as the store's serializer copies every field
    private final boolean cidr4;
    private final int cidrBits;
    private final int cidrMask;

    private Selector(Kind kind, String name, IpPrefix cidr) {
        this.kind = kind;
        this.name = name;
        this.cidr = cidr;
        this.cidr4 = cidr != null && cidr.isIp4();
        this.cidrMask = cidr4 && cidr.prefixLength() > 0 ? -1 << (Integer.SIZE - cidr.prefixLength()) : 0;
        this.cidrBits = cidr4 ? cidr.address().getIp4Address().toInt() & cidrMask : 0;
    }

    /**
     * Parses a selector.
     *
     * @param field field name for the error message
     * @param text  {@code kind:value} or {@code any}
     * @return selector
     * @throws DaoliNetException INVALID naming the field
     */
    public static Selector parse(String field, String text) {
        Validation.present(field, text);
        String t = text.trim();
        if ("any".equalsIgnoreCase(t)) {
            return ANY;
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            throw DaoliNetException.invalid(field, "'%s' is not a selector (container:NAME, network:NAME, "
                    + "group:NAME, cidr:CIDR or any)", text);
        }
        String kind = t.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = t.substring(colon + 1);
        switch (kind) {
            case "container":
                return new Selector(Kind.CONTAINER, name(field, value), null);
            case "network":
                return new Selector(Kind.NETWORK, name(field, value), null);
            case "group":
                return new Selector(Kind.GROUP, name(field, value), null);
            case "cidr":
                return new Selector(Kind.CIDR, null, cidr(field, value));
            default:
                throw DaoliNetException.invalid(field, "'%s' is not a selector kind (container, network, group, "
                        + "cidr, any)", kind);
        }
    }

    private static String name(String field, String value) {
        try {
            return Validation.name(field, value);
        } catch (DaoliNetException e) {
            throw DaoliNetException.invalid(field, "'%s' is not a valid name (1-64 of A-Z a-z 0-9 _ . -)", value);
        }
    }

    private static IpPrefix cidr(String field, String value) {
        return Validation.cidr(field, value);
    }

    /**
     * Returns the kind.
     *
     * @return kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the container, network or group name, or null for CIDR and ANY.
     *
     * @return name or null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the CIDR of a CIDR selector, or null.
     *
     * @return prefix or null
     */
    public IpPrefix cidr() {
        return cidr;
    }

    /**
     * Tells whether this is an IPv4 CIDR selector holding an address.
     *
     * @param address IPv4 address as an int
     * @return true if the CIDR holds the address; false for other kinds of selector
     */
    public boolean holdsIp4(int address) {
        return cidr4 && (address & cidrMask) == cidrBits;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Selector)) {
            return false;
        }
        Selector that = (Selector) o;
        return kind == that.kind && Objects.equals(name, that.name) && Objects.equals(cidr, that.cidr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, cidr);
    }

    @Override
    public String toString() {
        switch (kind) {
            case ANY:
                return "any";
            case CIDR:
                return "cidr:" + cidr;
            default:
                return kind.name().toLowerCase(Locale.ROOT) + ":" + name;
        }
    }
}
