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
package org.daolinet.web;

import org.daolinet.api.RouteService;
import org.daolinet.api.RoutingStats;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Routing statistics of the ONOS node answering the request: each node counts the PacketIns of
 * the servers it masters and the routes it sets up.
 */
@Path("stats")
public class StatsWebResource extends DaoliNetWebResource {

    /**
     * Returns the routing counters (PacketIns by kind, routes set up, denials, spoof drops,
     * rate-limited PacketIns, revocations, expiries, failures) and the percentiles of the route
     * set-up latency, from the PacketIn to the PacketOut of the first packet.
     *
     * @return 200 OK with {"counters": {name: value, ...}, "setupLatencyMicros": {"samples", "p50",
     * "p90", "p99", "max"}}
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response getStats() {
        RoutingStats stats = get(RouteService.class).stats();
        return ok(codec(RoutingStats.class).encode(stats, this)).build();
    }
}
