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
import org.daolinet.api.Server;
import org.daolinet.api.ServerAdminService;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Docker servers: the OVS bridges DaoliNet routes on.
 */
@Path("servers")
public class ServerWebResource extends DaoliNetWebResource {

    private static final String SERVERS = "servers";
    private static final String SERVER = "server";

    private final ServerAdminService servers = get(ServerAdminService.class);

    /**
     * Returns all registered servers, by name.
     *
     * @return 200 OK with {"servers": [server, ...]}
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response getServers() {
        return ok(encodeArray(Server.class, SERVERS, servers.servers().stream()
                .sorted(Comparator.comparing(Server::name))
                .collect(Collectors.toList()))).build();
    }

    /**
     * Returns a server.
     *
     * @param server server name or device id of its bridge
     * @return 200 OK with the server, 404 NOT_FOUND if it is not registered
     */
    @GET
    @Path("{server}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getServer(@PathParam("server") String server) {
        return ok(encode(find(server))).build();
    }

    /**
     * Registers a server. Repeating a registration exactly is harmless.
     *
     * @param input server JSON: deviceId, name, uplinkPort, ip, mac
     * @return 201 CREATED with the server and its location, 200 OK with the server if it was
     * already registered exactly so, 400 BAD_REQUEST if a field is missing or invalid,
     * 409 CONFLICT if the device, name or IP belongs to another registration
     * @onos.rsModel Server
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createServer(InputStream input) {
        Server server = codec(Server.class).decode(readObject(input), this);
        boolean known = servers.server(server.deviceId()) != null;
        Server stored = servers.addServer(server);
        return createdOrExisting(!known, encode(stored), SERVERS, stored.deviceId().toString());
    }

    /**
     * Removes a server.
     *
     * @param server server name or device id of its bridge
     * @return 200 OK with the removed server, 404 NOT_FOUND if it is not registered,
     * 409 CONFLICT if containers are still on it
     */
    @DELETE
    @Path("{server}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteServer(@PathParam("server") String server) {
        return ok(encode(servers.removeServer(find(server).deviceId()))).build();
    }

    private Server find(String nameOrDeviceId) {
        Server server = servers.resolve(nameOrDeviceId);
        if (server == null) {
            throw DaoliNetException.notFound(SERVER, "server %s is not registered", nameOrDeviceId);
        }
        return server;
    }

    private ObjectNode encode(Server server) {
        return codec(Server.class).encode(server, this);
    }
}
