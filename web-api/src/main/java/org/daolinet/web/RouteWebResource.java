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

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.Container;
import org.daolinet.api.ContainerService;
import org.daolinet.api.Route;
import org.daolinet.api.RouteAdminService;
import org.daolinet.api.RouteKey;
import org.daolinet.api.Validation;
import org.onosproject.net.DeviceId;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Installed hot-plug routes: one direction of an allowed connection each (or the drop rules of a
 * denied one), with the servers and rules it occupies and the traffic its rules counted.
 */
@Path("routes")
public class RouteWebResource extends DaoliNetWebResource {

    private static final String ROUTES = "routes";
    private static final String KIND = "kind";
    private static final String REVOKED = "revoked";

    private final RouteAdminService routes = get(RouteAdminService.class);

    /**
     * Returns the installed routes, by kind, source and destination, optionally only those of a
     * container or a tenant, of a kind, or with a rule on a server.
     *
     * @param container only the routes of which this container (id, or name in the tenant) is
     *                  the source or destination (optional)
     * @param tenant    tenant of a name in the filter above (the default tenant if absent); alone,
     *                  only the routes with an end in this tenant (optional)
     * @param kind      only the routes of this kind: CONTAINER, EGRESS, EGRESS_RETURN, DENY or
     *                  DENY_EGRESS, in any letter case (optional)
     * @param server    only the routes with a rule on this server, by name or device id (optional)
     * @return 200 OK with {"routes": [route, ...]}, 400 BAD_REQUEST if the kind is unknown or the
     * tenant is not a valid name, 404 NOT_FOUND if the container or server is not registered
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response getRoutes(@QueryParam("container") String container,
                              @QueryParam("tenant") String tenant,
                              @QueryParam("kind") String kind,
                              @QueryParam("server") String server) {
        RouteKey.Kind onlyKind = kind == null ? null : Validation.routeKind(KIND, kind);
        DeviceId onlyServer = server == null ? null : server(server).deviceId();
        Stream<Route> selected;
        if (container != null) {
            selected = routes.routesOf(container(tenant, container).id()).stream();
        } else if (tenant != null) {
            Validation.name(TENANT, tenant);
            ContainerService containers = get(ContainerService.class);
            selected = routes.routes().stream().filter(r -> hasEndInTenant(containers, r.key(), tenant));
        } else {
            selected = routes.routes().stream();
        }
        return ok(encodeArray(Route.class, ROUTES, selected
                .filter(r -> onlyKind == null || r.key().kind() == onlyKind)
                .filter(r -> onlyServer == null || r.rules().stream().anyMatch(f -> f.deviceId().equals(onlyServer)))
                .sorted(Comparator.comparing(Route::key))
                .collect(Collectors.toList()))).build();
    }

    /**
     * Revokes the routes of a container: removes their rules on every server at once. Its next
     * packets set routes up again, as the policy then allows.
     *
     * @param container id, or name in the tenant, of the container whose routes to revoke
     * @param tenant    tenant of a name (optional; the default tenant if absent)
     * @return 200 OK with {"revoked": number of routes revoked}, 400 BAD_REQUEST if the container
     * is missing or the tenant is not a valid name, 404 NOT_FOUND if the container is not registered
     */
    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public Response revokeRoutes(@QueryParam("container") String container,
                                 @QueryParam("tenant") String tenant) {
        Container target = container(tenant, Validation.present(CONTAINER, container));
        ObjectNode result = mapper().createObjectNode().put(REVOKED, routes.revokeContainer(target.id()));
        return ok(result).build();
    }

    /**
     * Tells whether an end of a route is a container of a tenant. The destination of an egress
     * is an address, which no container id equals.
     */
    private static boolean hasEndInTenant(ContainerService containers, RouteKey key, String tenant) {
        return inTenant(containers.container(key.src()), tenant) || inTenant(containers.container(key.dst()), tenant);
    }

    private static boolean inTenant(Container container, String tenant) {
        return container != null && container.tenant().equals(tenant);
    }
}
