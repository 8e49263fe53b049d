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
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.Server;
import org.daolinet.api.ServerService;
import org.daolinet.api.Validation;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;
import org.onosproject.net.DeviceId;

import static org.daolinet.codec.JsonFields.optional;
import static org.daolinet.codec.JsonFields.required;

/**
 * JSON codec of containers. On decoding, {@code server} is a server name or device id and
 * {@code network} a network name of {@code tenant} (default tenant if absent).
 */
public final class ContainerCodec extends JsonCodec<Container> {

    static final String ID = "id";
    static final String NAME = "name";
    static final String TENANT = "tenant";
    static final String NETWORK = "network";
    static final String IP = "ip";
    static final String MAC = "mac";
    static final String SERVER = "server";
    static final String PORT_NAME = "portName";
    static final String VIP = "vip";

    @Override
    public ObjectNode encode(Container container, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode()
                .put(ID, container.id())
                .put(NAME, container.name())
                .put(TENANT, container.tenant())
                .put(NETWORK, container.network().name())
                .put(IP, container.ip().toString())
                .put(MAC, container.mac().toString())
                .put(SERVER, container.server().toString())
                .put(PORT_NAME, container.portName());
        if (container.vip() != null) {
            node.put(VIP, container.vip().toString());
        }
        return node;
    }

    @Override
    public Container decode(ObjectNode json, CodecContext context) {
        return Container.builder()
                .id(required(json, ID))
                .name(required(json, NAME))
                .network(NetworkKey.of(optional(json, TENANT), required(json, NETWORK)))
                .ip(Validation.ip4(IP, required(json, IP)))
                .mac(Validation.mac(MAC, required(json, MAC)))
                .server(server(required(json, SERVER), context))
                .portName(required(json, PORT_NAME))
                .build();
    }

    private static DeviceId server(String nameOrId, CodecContext context) {
        Server server = context.getService(ServerService.class).resolve(nameOrId);
        if (server == null) {
            throw DaoliNetException.notFound(SERVER, "server %s is not registered", nameOrId);
        }
        return server.deviceId();
    }
}
