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
import org.daolinet.api.PortMapping;
import org.daolinet.api.PortMappingAdminService;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Port mappings: container ports published on a server's IP (TCP or UDP), by unique name.
 */
@Path("portmaps")
public class PortMappingWebResource extends DaoliNetWebResource {

    private static final String PORTMAPS = "portmaps";
    private static final String NAME = "name";

    private final PortMappingAdminService mappings = get(PortMappingAdminService.class);

    /**
     * Returns the port mappings, by name, optionally only those of a container.
     *
     * @param container only the mappings of this container, by id or by name in the tenant
     *                  (optional)
     * @param tenant    tenant of a name in the filter above (optional; the default tenant if absent)
     * @return 200 OK with {"portmaps": [mapping, ...]}, 400 BAD_REQUEST if the tenant is not a
     * valid name, 404 NOT_FOUND if the container is not registered
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response getMappings(@QueryParam("container") String container, @QueryParam("tenant") String tenant) {
        Set<PortMapping> selected = container == null ? mappings.mappings()
                : mappings.mappingsOf(container(tenant, container).id());
        return ok(encodeArray(PortMapping.class, PORTMAPS, selected.stream()
                .sorted(Comparator.comparing(PortMapping::name))
                .collect(Collectors.toList()))).build();
    }

    /**
     * Returns a port mapping.
     *
     * @param name mapping name
     * @return 200 OK with the mapping, 400 BAD_REQUEST if the name is invalid, 404 NOT_FOUND if
     * the mapping does not exist
     */
    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getMapping(@PathParam("name") String name) {
        PortMapping mapping = mappings.mapping(Validation.name(NAME, name));
        if (mapping == null) {
            throw DaoliNetException.notFound(NAME, "port mapping %s does not exist", name);
        }
        return ok(encode(mapping)).build();
    }

    /**
     * Publishes a container port on a server's IP. Clients outside the container networks reach
     * it unless a firewall rule denies them.
     *
     * @param input mapping JSON: name, container, serverPort, containerPort; tenant, protocol
     *              (tcp or udp) and server may be left out
     * @return 201 CREATED with the mapping and its location, 400 BAD_REQUEST if a field is missing
     * or invalid, 404 NOT_FOUND if the container or server is not registered, 409 CONFLICT if the
     * name or the server's port is taken
     * @onos.rsModel PortMapping
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createMapping(InputStream input) {
        PortMapping mapping = codec(PortMapping.class).decode(readObject(input), this);
        PortMapping added = mappings.addMapping(mapping);
        return createdOrExisting(true, encode(added), PORTMAPS, added.name());
    }

    /**
     * Withdraws a port mapping; its connections are cut at once.
     *
     * @param name mapping name
     * @return 200 OK with the removed mapping, 400 BAD_REQUEST if the name is invalid,
     * 404 NOT_FOUND if the mapping does not exist
     */
    @DELETE
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteMapping(@PathParam("name") String name) {
        return ok(encode(mappings.removeMapping(Validation.name(NAME, name)))).build();
    }

    private ObjectNode encode(PortMapping mapping) {
        return codec(PortMapping.class).encode(mapping, this);
    }
}
