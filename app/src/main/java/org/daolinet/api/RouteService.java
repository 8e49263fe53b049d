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

import org.onosproject.event.ListenerService;

import java.util.Set;

/**
 * Reads the installed hot-plug routes and the routing statistics.
 */
public interface RouteService extends ListenerService<RouteEvent, RouteListener> {

    /**
     * Returns all installed routes (and tracked drop rule sets).
     *
     * @return immutable set
     */
    Set<Route> routes();

    /**
     * Returns a route.
     *
     * @param key route key
     * @return route or null
     */
    Route route(RouteKey key);

    /**
     * Returns the routes of which a container is the source or destination.
     *
     * @param containerId container id
     * @return immutable set
     */
    Set<Route> routesOf(String containerId);

    /**
     * Returns the packet and byte counts of a route's rules, as last reported by the servers'
     * flow statistics: the largest count over its rules (every rule of a direction sees the same packets).
     *
     * @param route route
     * @return two elements: packets, bytes
     */
    long[] counters(Route route);

    /**
     * Returns the routing statistics of this ONOS node.
     *
     * @return snapshot
     */
    RoutingStats stats();
}
