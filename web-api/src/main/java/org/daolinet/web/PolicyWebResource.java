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
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.PolicyAdminService;
import org.daolinet.api.Validation;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Pair policies: an explicit connect or disconnect of two containers, which beats every other
 * rule. A pair is unordered and addressed as {@code /policies/{one}/{other}}, each container by
 * id or by name in the tenant given as query parameter: GET shows the pair's policy, PUT with
 * {@code {"action": "connect" | "disconnect"}} sets it, DELETE clears it.
 */
@Path("policies")
public class PolicyWebResource extends DaoliNetWebResource {

    private static final String POLICIES = "policies";
    private static final String PAIR = "pair";
    private static final String ACTION = "action";

    private final PolicyAdminService policy = get(PolicyAdminService.class);

    /**
     * Returns the pair policies, by container ids, optionally only those of a container or of
     * a tenant.
     *
     * @param container only the policies of this container, by id or by name in the tenant
     *                  (optional)
     * @param tenant    tenant of a name in the filter above (the default tenant if absent); alone,
     *                  only the policies with an end in this tenant (optional)
     * @return 200 OK with {"policies": [policy, ...]}, 400 BAD_REQUEST if the tenant is not a
     * valid name, 404 NOT_FOUND if the container is not registered
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response getPolicies(@QueryParam("container") String container, @QueryParam("tenant") String tenant) {
        Stream<PairPolicy> selected = policy.pairPolicies().stream();
        if (container != null) {
            String id = container(tenant, container).id();
            selected = selected.filter(p -> p.first().equals(id) || p.second().equals(id));
        } else if (tenant(tenant) != null) {
            ContainerService containers = get(ContainerService.class);
            selected = selected.filter(p -> inTenant(containers.container(p.first()), tenant)
                    || inTenant(containers.container(p.second()), tenant));
        }
        return ok(encodeArray(PairPolicy.class, POLICIES, selected
                .sorted(Comparator.comparing(PairPolicy::key))
                .collect(Collectors.toList()))).build();
    }

    /**
     * Returns the policy of a pair of containers.
     *
     * @param one    id or name of a container
     * @param other  id or name of the other container of the pair
     * @param tenant tenant of container names (optional; the default tenant if absent)
     * @return 200 OK with the policy, 400 BAD_REQUEST if the two are the same container,
     * 404 NOT_FOUND if a container is not registered or the pair has no policy
     */
    @GET
    @Path("{one}/{other}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getPolicy(@PathParam("one") String one, @PathParam("other") String other,
                              @QueryParam("tenant") String tenant) {
        Container[] pair = pair(tenant, one, other);
        PairPolicy found = policy.pairPolicy(pair[0].id(), pair[1].id());
        if (found == null) {
            throw DaoliNetException.notFound(PAIR, "containers %s and %s have no pair policy",
                                             pair[0].id(), pair[1].id());
        }
        return ok(encode(found)).build();
    }

    /**
     * Sets the policy of a pair of containers: connect lets them talk, disconnect keeps them
     * apart, whatever groups and firewall rules say. Routes it no longer allows are removed at
     * once, on every server.
     *
     * @param one    id or name of a container
     * @param other  id or name of the other container of the pair
     * @param input  action JSON: {"action": "connect" or "disconnect"}
     * @param tenant tenant of container names (optional; the default tenant if absent)
     * @return 201 CREATED with the policy and its location if the pair had none, 200 OK with the
     * policy if it replaced or repeated the pair's policy, 400 BAD_REQUEST if the action is
     * missing or invalid or the two are the same container, 404 NOT_FOUND if a container is not
     * registered
     * @onos.rsModel PairAction
     */
    @PUT
    @Path("{one}/{other}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response setPolicy(@PathParam("one") String one, @PathParam("other") String other,
                              InputStream input, @QueryParam("tenant") String tenant) {
        PairPolicy.Action action = Validation.choice(ACTION, requiredText(readObject(input), ACTION),
                                                     PairPolicy.Action.class);
        Container[] pair = pair(tenant, one, other);
        boolean known = policy.pairPolicy(pair[0].id(), pair[1].id()) != null;
        PairPolicy set = policy.setPairPolicy(pair[0].id(), pair[1].id(), action);
        return createdOrExisting(!known, encode(set), POLICIES, set.first(), set.second());
    }

    /**
     * Clears the policy of a pair of containers: groups and firewall rules decide again.
     *
     * @param one    id or name of a container
     * @param other  id or name of the other container of the pair
     * @param tenant tenant of container names (optional; the default tenant if absent)
     * @return 200 OK with the cleared policy, 400 BAD_REQUEST if the two are the same container,
     * 404 NOT_FOUND if a container is not registered or the pair has no policy
     */
    @DELETE
    @Path("{one}/{other}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response clearPolicy(@PathParam("one") String one, @PathParam("other") String other,
                                @QueryParam("tenant") String tenant) {
        Container[] pair = pair(tenant, one, other);
        return ok(encode(policy.clearPairPolicy(pair[0].id(), pair[1].id()))).build();
    }

    /**
     * Resolves the two containers of a pair.
     *
     * @throws DaoliNetException NOT_FOUND on {@code container} if one is not registered, INVALID
     *                           on {@code container} if both are the same container
     */
    private Container[] pair(String tenant, String one, String other) {
        Container first = container(tenant, one);
        Container second = container(tenant, other);
        if (first.id().equals(second.id())) {
            throw DaoliNetException.invalid(CONTAINER, "a pair needs two different containers, not %s twice",
                                            first.id());
        }
        return new Container[]{first, second};
    }

    private static boolean inTenant(Container container, String tenant) {
        return container != null && container.tenant().equals(tenant);
    }

    private ObjectNode encode(PairPolicy pairPolicy) {
        return codec(PairPolicy.class).encode(pairPolicy, this);
    }
}
