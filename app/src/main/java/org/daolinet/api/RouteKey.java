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
import com.google.common.collect.ComparisonChain;


/**
 * Identity of one direction of a hot-plug route, or of a drop rule set for a denied direction.
 * <p>
 * A route is one direction: the rules that carry packets from a source container to a destination
 * (another container, or an external address through the gateway). Setting up a connection installs
 * two routes, the forward one and the return one. When the decision was L4-specific, the key holds
 * the protocol and the port: the destination port on the forward direction, the source port on the
 * return direction; for ICMP the "port" is the ICMP type (echo request forward, echo reply back).
 * <p>
 * Keys are ordered by kind, source, destination, protocol, port and port role, the order in
 * which routes are listed.
 */
public final class RouteKey implements Comparable<RouteKey> {

    /**
     * What a route carries.
     */
    public enum Kind {
        /** Container to container. */
        CONTAINER,
        /** Container to an external address, through the network's gateway port. */
        EGRESS,
        /** External address back to a container, from the gateway port: the return path of an egress. */
        EGRESS_RETURN,
        /** Drop rules of a denied container-to-container direction. */
        DENY,
        /** Drop rules of a denied egress direction. */
        DENY_EGRESS,
        /** A client to a published container port (src: container id, dst: client IP). */
        PUBLISHED,
        /** The replies of a published container port to a client (src: container id, dst: client IP). */
        PUBLISHED_RETURN,
        /** Drop rules of a client denied a published port (src: container id, dst: client IP). */
        DENY_PUBLISHED
    }

    private final Kind kind;
    private final String src;
    private final String dst;
    private final int protocol;
    private final int port;
    private final boolean sourcePort;

    private RouteKey(Kind kind, String src, String dst, int protocol, int port, boolean sourcePort) {
        this.kind = kind;
        this.src = src;
        this.dst = dst;
        this.protocol = protocol;
        this.port = port;
        this.sourcePort = sourcePort;
    }

    /**
     * Returns a key.
     *
     * @param kind       what the route carries
     * @param src        id of the source container (the container, for EGRESS_RETURN)
     * @param dst        id of the destination container, or the external IP address
     * @param protocol   IP protocol number, or 0 for all traffic
     * @param port       L4 port, or 0
     * @param sourcePort whether the port is the source port (return direction)
     * @return key
     */
    public static RouteKey of(Kind kind, String src, String dst, int protocol, int port, boolean sourcePort) {
        return new RouteKey(kind, src, dst, protocol, port, sourcePort);
    }

    /**
     * Returns the key of the direction carrying all traffic between two endpoints.
     *
     * @param kind what the route carries
     * @param src  source container id
     * @param dst  destination container id or external IP
     * @return key
     */
    public static RouteKey of(Kind kind, String src, String dst) {
        return new RouteKey(kind, src, dst, 0, 0, false);
    }

    /**
     * Returns what the route carries.
     *
     * @return kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the id of the source container (of the container, for an egress return path).
     *
     * @return container id
     */
    public String src() {
        return src;
    }

    /**
     * Returns the id of the destination container, or the external IP address.
     *
     * @return destination
     */
    public String dst() {
        return dst;
    }

    /**
     * Returns the IP protocol number, or 0 if the route carries all traffic of the pair.
     *
     * @return protocol
     */
    public int protocol() {
        return protocol;
    }

    /**
     * Returns the L4 port, or 0.
     *
     * @return port
     */
    public int port() {
        return port;
    }

    /**
     * Tells whether {@link #port()} is a source port (return direction) rather than a destination port.
     *
     * @return true for a source port
     */
    public boolean sourcePort() {
        return sourcePort;
    }

    /**
     * Tells whether the key is L4-specific.
     *
     * @return true if it names a protocol
     */
    public boolean l4() {
        return protocol != 0;
    }

    @Override
    public int compareTo(RouteKey other) {
        return ComparisonChain.start()
                .compare(kind, other.kind)
                .compare(src, other.src)
                .compare(dst, other.dst)
                .compare(protocol, other.protocol)
                .compare(port, other.port)
                .compareFalseFirst(sourcePort, other.sourcePort)
                .result();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RouteKey)) {
            return false;
        }
        RouteKey that = (RouteKey) o;
        return kind == that.kind && protocol == that.protocol && port == that.port
                && sourcePort == that.sourcePort && src.equals(that.src) && dst.equals(that.dst);
    }

    @Override
    public int hashCode() {
        // spelled out rather than Objects.hash: keys are hashed several times per route set-up, and
        // the varargs array and the boxed numbers would be garbage each time
        int h = kind.ordinal();
        h = 31 * h + src.hashCode();
        h = 31 * h + dst.hashCode();
        h = 31 * h + protocol;
        h = 31 * h + port;
        return 31 * h + Boolean.hashCode(sourcePort);
    }

    @Override
    public String toString() {
        MoreObjects.ToStringHelper h = MoreObjects.toStringHelper(this).add("kind", kind)
                .add("src", src).add("dst", dst);
        if (protocol != 0) {
            h.add("protocol", protocol).add(sourcePort ? "srcPort" : "dstPort", port);
        }
        return h.toString();
    }
}
