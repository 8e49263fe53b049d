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

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.daolinet.api.Container;
import org.daolinet.api.ContainerService;
import org.daolinet.api.Route;
import org.daolinet.api.RouteKey;
import org.daolinet.api.RouteService;
import org.daolinet.api.Validation;
import org.onosproject.net.DeviceId;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists the installed hot-plug routes, optionally only those of a container or a tenant, of a
 * kind, or with a rule on a server.
 */
@Service
@Command(scope = "onos", name = "daolinet-routes",
        description = "Lists the DaoliNet hot-plug routes (one direction of a connection each) and drop rules")
public class RoutesListCommand extends DaoliNetCommand {

    private static final int ICMP = 1;
    private static final int TCP = 6;
    private static final int UDP = 17;

    @Option(name = "-c", aliases = "--container",
            description = "Only the routes of which this container (id, or name in the tenant) is an end")
    @Completion(ContainerCompleter.class)
    String container = null;

    @Option(name = "-t", aliases = "--tenant",
            description = "Tenant of a container name; alone, only the routes with an end in this tenant")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Option(name = "-k", aliases = "--kind",
            description = "Only the routes of this kind (CONTAINER, EGRESS, EGRESS_RETURN, DENY, DENY_EGRESS)")
    @Completion(RouteKindCompleter.class)
    String kind = null;

    @Option(name = "-s", aliases = "--server",
            description = "Only the routes with a rule on this server (name or device id)")
    @Completion(ServerNameCompleter.class)
    String server = null;

    @Override
    protected void run() {
        RouteKey.Kind onlyKind = kind == null ? null : Validation.routeKind("kind", kind);
        DeviceId onlyServer = server == null ? null : server("server", server).deviceId();
        List<Route> selected = candidates().stream()
                .filter(r -> onlyKind == null || r.key().kind() == onlyKind)
                .filter(r -> onlyServer == null || r.rules().stream().anyMatch(f -> f.deviceId().equals(onlyServer)))
                .sorted(Comparator.comparing(Route::key))
                .collect(Collectors.toList());
        if (outputJson()) {
            printJsonArray(selected, Route.class);
            return;
        }
        Table table = new Table("KIND", "SOURCE", "DESTINATION", "L4", "INGRESS", "RULES", "AGE", "PACKETS",
                                "BYTES");
        // the codec's JSON holds the names, age and counters, so the table shows what -j shows
        for (Route route : selected) {
            JsonNode json = jsonForEntity(route, Route.class);
            table.row(route.key().kind(),
                      json.path("srcName").asText(route.key().src()),
                      json.path("dstName").asText(route.key().dst()),
                      l4(route.key()),
                      json.path("ingressName").asText(route.ingress().toString()),
                      route.rules().size(),
                      json.path("ageSeconds").asLong() + "s",
                      json.path("packets").asLong(),
                      json.path("bytes").asLong());
        }
        printLines(table.lines());
    }

    private Set<Route> candidates() {
        RouteService routes = service(RouteService.class);
        if (container != null) {
            return routes.routesOf(container("container", tenant, container).id());
        }
        String onlyTenant = tenant(tenant);
        if (onlyTenant == null) {
            return routes.routes();
        }
        ContainerService containers = service(ContainerService.class);
        // the destination of an egress is an address, which no container id equals
        return routes.routes().stream()
                .filter(r -> inTenant(containers.container(r.key().src()), onlyTenant)
                        || inTenant(containers.container(r.key().dst()), onlyTenant))
                .collect(Collectors.toSet());
    }

    private static boolean inTenant(Container container, String tenant) {
        return container != null && container.tenant().equals(tenant);
    }

    /**
     * Describes the L4 part of a route key, such as {@code tcp/dst:80} for a forward direction
     * and {@code tcp/src:80} for its return direction.
     *
     * @param key route key
     * @return description, or null for a route of all traffic between its ends
     */
    private static String l4(RouteKey key) {
        if (!key.l4()) {
            return null;
        }
        return String.format("%s/%s:%d", protocol(key.protocol()), key.sourcePort() ? "src" : "dst", key.port());
    }

    private static String protocol(int protocol) {
        switch (protocol) {
            case ICMP:
                return "icmp";
            case TCP:
                return "tcp";
            case UDP:
                return "udp";
            default:
                return Integer.toString(protocol);
        }
    }
}
