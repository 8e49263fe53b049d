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
package org.daolinet.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.Container;
import org.daolinet.api.ContainerService;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.PortMapping;
import org.daolinet.api.Protocol;
import org.daolinet.api.Server;
import org.daolinet.api.ServerService;
import org.daolinet.api.Validation;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;
import org.onosproject.net.DeviceId;

import static org.daolinet.codec.JsonFields.optional;
import static org.daolinet.codec.JsonFields.required;
import static org.daolinet.codec.JsonFields.requiredInt;

/**
 * JSON codec of port mappings: {@code {"name", "container", "containerName", "protocol", "server",
 * "serverName", "serverPort", "containerPort"}}, the container by id and the server by device id,
 * each with its name when registered. On decoding, {@code container} is a container id or a name
 * within {@code tenant} (the default tenant if absent), {@code server} a server name or device id
 * (the container's own server if absent), and {@code protocol} tcp (the default) or udp.
 */
public final class PortMappingCodec extends JsonCodec<PortMapping> {

    static final String NAME = "name";
    static final String TENANT = "tenant";
    static final String CONTAINER = "container";
    static final String CONTAINER_NAME = "containerName";
    static final String PROTOCOL = "protocol";
    static final String SERVER = "server";
    static final String SERVER_NAME = "serverName";
    static final String SERVER_PORT = "serverPort";
    static final String CONTAINER_PORT = "containerPort";

    @Override
    public ObjectNode encode(PortMapping mapping, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode()
                .put(NAME, mapping.name())
                .put(CONTAINER, mapping.containerId());
        Container container = context.getService(ContainerService.class).container(mapping.containerId());
        if (container != null) {
            node.put(CONTAINER_NAME, container.name());
        }
        node.put(PROTOCOL, mapping.protocol().toString())
                .put(SERVER, mapping.server().toString());
        Server server = context.getService(ServerService.class).server(mapping.server());
        if (server != null) {
            node.put(SERVER_NAME, server.name());
        }
        return node.put(SERVER_PORT, mapping.serverPort())
                .put(CONTAINER_PORT, mapping.containerPort());
    }

    @Override
    public PortMapping decode(ObjectNode json, CodecContext context) {
        String name = Validation.name(NAME, required(json, NAME));
        String protocol = optional(json, PROTOCOL);
        PortMapping.Builder builder = PortMapping.builder()
                .name(name)
                .protocol(protocol == null ? Protocol.TCP : Protocol.parse(PROTOCOL, protocol))
                .serverPort(Validation.l4Port(SERVER_PORT, requiredInt(json, SERVER_PORT)))
                .containerPort(Validation.l4Port(CONTAINER_PORT, requiredInt(json, CONTAINER_PORT)));
        // names and ports first, then the references; the protocol is checked by build()
        String tenant = optional(json, TENANT);
        if (tenant != null && tenant.isEmpty()) {
            // as in the other codecs: an empty tenant is the default tenant
            tenant = null;
        }
        if (tenant != null) {
            Validation.name(TENANT, tenant);
        }
        Container container = container(tenant, required(json, CONTAINER), context);
        String server = optional(json, SERVER);
        return builder.containerId(container.id())
                .server(server == null ? container.server() : server(server, context))
                .build();
    }

    private static Container container(String tenant, String idOrName, CodecContext context) {
        Container container = context.getService(ContainerService.class).resolve(tenant, idOrName);
        if (container == null) {
            throw DaoliNetException.notFound(CONTAINER, "container %s is not registered", idOrName);
        }
        return container;
    }

    private static DeviceId server(String nameOrId, CodecContext context) {
        Server server = context.getService(ServerService.class).resolve(nameOrId);
        if (server == null) {
            throw DaoliNetException.notFound(SERVER, "server %s is not registered", nameOrId);
        }
        return server.deviceId();
    }
}
