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
package org.daolinet.cli;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.daolinet.api.RouteService;
import org.daolinet.api.RoutingStats;

/**
 * Shows the routing statistics of this ONOS node: each node counts the PacketIns of the servers
 * it masters and the routes it sets up.
 */
@Service
@Command(scope = "onos", name = "daolinet-stats",
        description = "Shows the DaoliNet routing counters and route set-up latency of this ONOS node")
public class StatsCommand extends DaoliNetCommand {

    @Override
    protected void run() {
        RoutingStats stats = service(RouteService.class).stats();
        if (outputJson()) {
            printJson(stats, RoutingStats.class);
            return;
        }
        Table table = new Table("COUNTER", "VALUE");
        stats.counters().forEach(table::row);
        table.row("setupLatencySamples", stats.latencySamples())
                .row("setupLatencyP50Micros", stats.p50Micros())
                .row("setupLatencyP90Micros", stats.p90Micros())
                .row("setupLatencyP99Micros", stats.p99Micros())
                .row("setupLatencyMaxMicros", stats.maxMicros());
        printLines(table.lines());
    }
}
