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

import org.onosproject.event.AbstractEvent;

/**
 * Describes the installation or removal of a route.
 */
public class RouteEvent extends AbstractEvent<RouteEvent.Type, Route> {

    /**
     * Kinds of route events.
     */
    public enum Type {
        /** Signifies that a route was installed (or re-installed). */
        ROUTE_ADDED,
        /** Signifies that a route was removed: expired, revoked or replaced. */
        ROUTE_REMOVED
    }

    /**
     * Creates an event.
     *
     * @param type  kind
     * @param route the route
     */
    public RouteEvent(Type type, Route route) {
        super(type, route);
    }
}
