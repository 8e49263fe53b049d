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
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkAdminService;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.Validation;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Container networks, named within their tenant; a bare name means the default tenant.
 */
@Path("networks")
public class NetworkWebResource extends DaoliNetWebResource {

    private static final String NETWORKS = "networks";
    private static final String NETWORK = "network";
    private static final String TENANT = "tenant";

    private final NetworkAdminService networks = get(NetworkAdminService.class);

    /**
     * Returns the networks, by tenant and name.
     *
     * @param tenant only the networks of this tenant (optional)
     * @return 200 OK with {"networks": [network, ...]}, 400 BAD_REQUEST if the tenant is not a
     * valid name
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response getNetworks(@QueryParam("tenant") String tenant) {
        if (tenant != null) {
            Validation.name(TENANT, tenant);
        }
        return ok(encodeArray(Network.class, NETWORKS, networks.networks().stream()
                .filter(n -> tenant == null || n.tenant().equals(tenant))
                .sorted(Comparator.comparing(Network::tenant).thenComparing(Network::name))
                .collect(Collectors.toList()))).build();
    }

    /**
     * Returns a network of a tenant.
     *
     * @param tenant tenant
     * @param name   network name
     * @return 200 OK with the network, 400 BAD_REQUEST if a name is invalid, 404 NOT_FOUND if
     * the network does not exist
     */
    @GET
    @Path("{tenant}/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getNetwork(@PathParam("tenant") String tenant, @PathParam("name") String name) {
        return ok(encode(find(NetworkKey.of(tenant, name)))).build();
    }

    /**
     * Returns a network of the default tenant.
     *
     * @param name network name
     * @return 200 OK with the network, 400 BAD_REQUEST if the name is invalid, 404 NOT_FOUND if
     * the network does not exist
     */
    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getDefaultTenantNetwork(@PathParam("name") String name) {
        return ok(encode(find(NetworkKey.of(null, name)))).build();
    }

    /**
     * Creates a network. Creating a network again with identical settings is harmless, so the
     * same Docker network can be created on every server.
     *
     * @param input network JSON: tenant (optional), name, cidr, gateway (optional)
     * @return 201 CREATED with the network and its location, 200 OK with the network if it
     * already existed exactly so, 400 BAD_REQUEST if a field is missing or invalid,
     * 409 CONFLICT if the name is taken with other settings or the subnet overlaps another
     * network of the tenant
     * @onos.rsModel Network
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createNetwork(InputStream input) {
        Network network = codec(Network.class).decode(readObject(input), this);
        boolean known = networks.network(network.key()) != null;
        Network stored = networks.createNetwork(network);
        return createdOrExisting(!known, encode(stored), NETWORKS, stored.tenant(), stored.name());
    }

    /**
     * Deletes a network of a tenant.
     *
     * @param tenant tenant
     * @param name   network name
     * @return 200 OK with the deleted network, 400 BAD_REQUEST if a name is invalid,
     * 404 NOT_FOUND if the network does not exist, 409 CONFLICT if containers are still attached
     */
    @DELETE
    @Path("{tenant}/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteNetwork(@PathParam("tenant") String tenant, @PathParam("name") String name) {
        return ok(encode(networks.removeNetwork(NetworkKey.of(tenant, name)))).build();
    }

    /**
     * Deletes a network of the default tenant.
     *
     * @param name network name
     * @return 200 OK with the deleted network, 400 BAD_REQUEST if the name is invalid,
     * 404 NOT_FOUND if the network does not exist, 409 CONFLICT if containers are still attached
     */
    @DELETE
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteDefaultTenantNetwork(@PathParam("name") String name) {
        return ok(encode(networks.removeNetwork(NetworkKey.of(null, name)))).build();
    }

    private Network find(NetworkKey key) {
        Network network = networks.network(key);
        if (network == null) {
            throw DaoliNetException.notFound(NETWORK, "network %s does not exist", key);
        }
        return network;
    }

    private ObjectNode encode(Network network) {
        return codec(Network.class).encode(network, this);
    }
}
