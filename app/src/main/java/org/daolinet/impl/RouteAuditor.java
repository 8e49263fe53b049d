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

import org.daolinet.api.AccessDecision;
import org.daolinet.api.AccessPolicy;
import org.daolinet.api.Container;
import org.daolinet.api.ContainerService;
import org.daolinet.api.PortMapping;
import org.daolinet.api.PortMappingService;
import org.daolinet.api.Route;
import org.daolinet.api.RouteKey;
import org.onlab.packet.IpAddress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Re-checks installed routes against the current policy: a route is stale when the decision that
 * installed it would no longer be made, at the same granularity. Used after every policy or mapping
 * change so that running connections follow the change at once.
 */
final class RouteAuditor {

    private final ContainerService containers;
    private final AccessPolicy policy;
    private final PortMappingService mappings;

    /**
     * Creates an auditor.
     *
     * @param containers container service
     * @param policy     access policy
     * @param mappings   port mapping service
     */
    RouteAuditor(ContainerService containers, AccessPolicy policy, PortMappingService mappings) {
        this.containers = containers;
        this.policy = policy;
        this.mappings = mappings;
    }

    /**
     * Returns the routes the current policy would not install (or, for drop rules, would not deny).
     *
     * @param routes routes to check
     * @return stale routes
     */
    List<Route> stale(Collection<Route> routes) {
        List<Route> out = new ArrayList<>();
        for (Route r : routes) {
            if (!current(r.key())) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Tells whether the current policy still makes the decision a route (or drop rule) stands for.
     *
     * @param k route key
     * @return true if still current
     */
    boolean current(RouteKey k) {
        Container src = containers.container(k.src());
        if (src == null) {
            return false;
        }
        switch (k.kind()) {
            case CONTAINER:
            case DENY:
                Container dst = containers.container(k.dst());
                return dst != null && containerCurrent(k, src, dst);
            case EGRESS:
            case EGRESS_RETURN:
                return same(policy.decideEgress(src, IpAddress.valueOf(k.dst()), k.protocol(), k.port()), true, k);
            case DENY_EGRESS:
                return same(policy.decideEgress(src, IpAddress.valueOf(k.dst()), k.protocol(), k.port()), false, k);
            case PUBLISHED:
            case PUBLISHED_RETURN:
            case DENY_PUBLISHED:
                return publishedCurrent(k, src);
            default:
                return false;
        }
    }

    private boolean containerCurrent(RouteKey k, Container src, Container dst) {
        if (k.kind() == RouteKey.Kind.DENY) {
            return same(policy.decide(src, dst, k.protocol(), k.port()), false, k);
        }
        if (k.sourcePort()) {
            // an L4 return path stands as long as the forward direction it serves is allowed
            return same(policy.decide(dst, src, k.protocol(), k.port()), true, k);
        }
        if (same(policy.decide(src, dst, k.protocol(), k.port()), true, k)) {
            return true;
        }
        // an L3 route is also the return path of an allowed L3 route the other way
        return !k.l4() && same(policy.decide(dst, src, 0, 0), true, k);
    }

    private boolean publishedCurrent(RouteKey k, Container c) {
        int at = k.dst().indexOf('@');
        PortMapping m = mappings.mapping(k.dst().substring(at + 1));
        if (m == null || !m.containerId().equals(c.id()) || m.containerPort() != k.port()
                || m.protocol().number() != k.protocol()) {
            return false;
        }
        AccessDecision d = policy.decidePublished(IpAddress.valueOf(k.dst().substring(0, at)), c, k.protocol(),
                                                  k.port());
        return d.allowed() == (k.kind() != RouteKey.Kind.DENY_PUBLISHED);
    }

    /** Tells whether a decision allows (or denies) at the granularity of a route key. */
    private static boolean same(AccessDecision d, boolean allowed, RouteKey k) {
        return d.allowed() == allowed && d.l4Specific() == k.l4();
    }
}
