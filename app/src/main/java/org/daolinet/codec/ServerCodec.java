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
import org.daolinet.api.Server;
import org.daolinet.api.Validation;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;

import static org.daolinet.codec.JsonFields.required;

/**
 * JSON codec of servers.
 */
public final class ServerCodec extends JsonCodec<Server> {

    static final String DEVICE_ID = "deviceId";
    static final String NAME = "name";
    static final String UPLINK_PORT = "uplinkPort";
    static final String IP = "ip";
    static final String MAC = "mac";

    @Override
    public ObjectNode encode(Server server, CodecContext context) {
        return context.mapper().createObjectNode()
                .put(DEVICE_ID, server.deviceId().toString())
                .put(NAME, server.name())
                .put(UPLINK_PORT, server.uplinkPort())
                .put(IP, server.ip().toString())
                .put(MAC, server.mac().toString());
    }

    @Override
    public Server decode(ObjectNode json, CodecContext context) {
        return Server.builder()
                .deviceId(Validation.ofDevice(DEVICE_ID, required(json, DEVICE_ID)))
                .name(required(json, NAME))
                .uplinkPort(required(json, UPLINK_PORT))
                .ip(Validation.ip4(IP, required(json, IP)))
                .mac(Validation.mac(MAC, required(json, MAC)))
                .build();
    }
}
