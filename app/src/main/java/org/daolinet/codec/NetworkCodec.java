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
import org.daolinet.api.Network;
import org.daolinet.api.Validation;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;

import static org.daolinet.codec.JsonFields.optional;
import static org.daolinet.codec.JsonFields.required;

/**
 * JSON codec of networks. Decoding reads tenant (optional), name, cidr and gateway (optional);
 * the number and gateway MAC are assigned by DaoliNet.
 */
public final class NetworkCodec extends JsonCodec<Network> {

    static final String TENANT = "tenant";
    static final String NAME = "name";
    static final String CIDR = "cidr";
    static final String GATEWAY = "gateway";
    static final String ID = "id";
    static final String GATEWAY_MAC = "gatewayMac";
    static final String GATEWAY_PORT = "gatewayPort";

    @Override
    public ObjectNode encode(Network network, CodecContext context) {
        return context.mapper().createObjectNode()
                .put(TENANT, network.tenant())
                .put(NAME, network.name())
                .put(CIDR, network.cidr().toString())
                .put(GATEWAY, network.gateway().toString())
                .put(ID, network.id())
                .put(GATEWAY_MAC, network.gatewayMac().toString())
                .put(GATEWAY_PORT, network.gatewayPort());
    }

    @Override
    public Network decode(ObjectNode json, CodecContext context) {
        String gateway = optional(json, GATEWAY);
        return Network.builder()
                .tenant(optional(json, TENANT))
                // checked here so that the error names the JSON field: the key would name it "network"
                .name(Validation.name(NAME, required(json, NAME)))
                .cidr(Validation.cidr(CIDR, required(json, CIDR)))
                .gateway(gateway == null ? null : Validation.ip4(GATEWAY, gateway))
                .build();
    }
}
