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

import org.onosproject.net.flow.FlowId;
import org.onosproject.store.Store;

import java.util.Set;

/**
 * Cluster-wide record of the installed routes. Writes are non-blocking and reads are local, so both
 * may happen on the PacketIn path.
 */
public interface RouteStore extends Store<RouteEvent, RouteStoreDelegate> {

    /**
     * Records an installed route, replacing a previous record of the same key.
     *
     * @param route route
     */
    void putRoute(Route route);

    /**
     * Forgets a route.
     *
     * @param key route key
     * @return the forgotten route or null
     */
    Route removeRoute(RouteKey key);

    /**
     * Returns a route.
     *
     * @param key route key
     * @return route or null
     */
    Route route(RouteKey key);

    /**
     * Returns the route one of whose rules has the given flow id.
     *
     * @param flowId flow id (the rule's cookie)
     * @return route or null
     */
    Route routeOfRule(FlowId flowId);

    /**
     * Returns the routes of which a container is the source or the destination.
     *
     * @param containerId container id
     * @return immutable set
     */
    Set<Route> routesOf(String containerId);

    /**
     * Returns all routes.
     *
     * @return immutable set
     */
    Set<Route> routes();
}
