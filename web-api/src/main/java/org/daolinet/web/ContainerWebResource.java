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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.Container;
import org.daolinet.api.ContainerAdminService;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.NetworkService;
import org.daolinet.api.Server;
import org.daolinet.api.Validation;
import org.onosproject.net.PortNumber;

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
import java.util.stream.Stream;

/**
 * Containers attached to DaoliNet networks. A container is addressed by its id, or by its name
 * within a tenant.
 */
@Path("containers")
public class ContainerWebResource extends DaoliNetWebResource {

    private static final String CONTAINERS = "containers";
    private static final String NETWORK = "network";
    private static final String PORT_NAME = "portName";
    /** Bridge port number; known to the registry only once the bridge reported the port. */
    private static final String PORT = "port";

    private final ContainerAdminService containers = get(ContainerAdminService.class);

    /**
     * Returns the containers, by tenant and name, optionally only those of a network, a tenant
     * or a server.
     *
     * @param network only the containers of this network of the tenant (optional)
     * @param tenant  only the containers of this tenant, which also qualifies the name given
     *                above (the default tenant if absent) (optional)
     * @param server  only the containers on this server, by name or device id (optional)
     * @return 200 OK with {"containers": [container, ...]}, 400 BAD_REQUEST if a filter is not
     * a valid name, 404 NOT_FOUND if the network or server does not exist
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response getContainers(@QueryParam("network") String network,
                                  @QueryParam("tenant") String tenant,
                                  @QueryParam("server") String server) {
        Stream<Container> selected;
        if (network != null) {
            NetworkKey key = NetworkKey.of(tenant, network);
            if (get(NetworkService.class).network(key) == null) {
                throw DaoliNetException.notFound(NETWORK, "network %s does not exist", key);
            }
            selected = containers.containers(key).stream();
        } else if (tenant != null) {
            Validation.name(TENANT, tenant);
            selected = containers.containers().stream().filter(c -> c.tenant().equals(tenant));
        } else {
            selected = containers.containers().stream();
        }
        if (server != null) {
            Server host = server(server);
            selected = selected.filter(c -> c.server().equals(host.deviceId()));
        }
        ObjectNode root = mapper().createObjectNode();
        ArrayNode array = root.putArray(CONTAINERS);
        selected.sorted(Comparator.comparing(Container::tenant).thenComparing(Container::name))
                .forEach(c -> array.add(encode(c)));
        return ok(root).build();
    }

    /**
     * Returns a container.
     *
     * @param idOrName container id, or container name
     * @param tenant   tenant of a container name (optional; the default tenant if absent)
     * @return 200 OK with the container, 404 NOT_FOUND if it is not registered
     */
    @GET
    @Path("{idOrName}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getContainer(@PathParam("idOrName") String idOrName, @QueryParam("tenant") String tenant) {
        return ok(encode(container(tenant, idOrName))).build();
    }

    /**
     * Registers a container and allocates its VIP. Repeating a registration exactly is harmless,
     * so Docker driver retries are safe.
     *
     * @param input container JSON: id, name, tenant (optional), network, ip, mac, server, portName
     * @return 201 CREATED with the container and its location, 200 OK with the container if it
     * was already registered exactly so, 400 BAD_REQUEST if a field is missing or invalid (also
     * an IP outside the network or equal to its gateway), 404 NOT_FOUND if the network or server
     * does not exist, 409 CONFLICT if the id, name, IP, MAC or port is taken
     * @onos.rsModel Container
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createContainer(InputStream input) {
        Container container = codec(Container.class).decode(readObject(input), this);
        boolean known = containers.container(container.id()) != null;
        Container stored = containers.addContainer(container);
        return createdOrExisting(!known, encode(stored), CONTAINERS, stored.id());
    }

    /**
     * Removes a container and releases its VIP.
     *
     * @param idOrName container id, or container name
     * @param tenant   tenant of a container name (optional; the default tenant if absent)
     * @return 200 OK with the removed container, 404 NOT_FOUND if it is not registered
     */
    @DELETE
    @Path("{idOrName}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteContainer(@PathParam("idOrName") String idOrName, @QueryParam("tenant") String tenant) {
        return ok(encode(containers.removeContainer(container(tenant, idOrName).id()))).build();
    }

    /**
     * Moves a container to another server and/or bridge port. It keeps its tenant, network, IP,
     * MAC and VIP; its routes are revoked on every server at once and the next packet sets them
     * up to the new location. Repeating a move is harmless.
     *
     * @param idOrName container id, or container name
     * @param input    move JSON: {"server": server name or device id, "portName": name of the
     *                 container's port on that server's bridge}
     * @param tenant   tenant of a container name (optional; the default tenant if absent)
     * @return 200 OK with the moved container, 400 BAD_REQUEST if a field is missing or invalid,
     * 404 NOT_FOUND if the container or server is not registered, 409 CONFLICT if the port is
     * taken on that server
     * @onos.rsModel ContainerMove
     */
    @POST
    @Path("{idOrName}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response moveContainer(@PathParam("idOrName") String idOrName, InputStream input,
                                  @QueryParam("tenant") String tenant) {
        ObjectNode move = readObject(input);
        Container target = container(tenant, idOrName);
        Server host = server(requiredText(move, SERVER));
        String portName = Validation.name(PORT_NAME, requiredText(move, PORT_NAME));
        return ok(encode(containers.moveContainer(target.id(), host.deviceId(), portName))).build();
    }

    /**
     * Encodes a container with the codec, plus its bridge port number when known: the number is
     * node-local runtime state, not part of the registered container the codec describes.
     *
     * @param container container
     * @return JSON
     */
    private ObjectNode encode(Container container) {
        ObjectNode node = codec(Container.class).encode(container, this);
        PortNumber port = containers.portNumber(container.id());
        if (port != null) {
            node.put(PORT, port.toLong());
        }
        return node;
    }
}
