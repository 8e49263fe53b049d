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

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.NetworkService;
import org.daolinet.api.Validation;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;

import java.util.LinkedHashSet;
import java.util.Set;

import static org.daolinet.codec.JsonFields.optional;
import static org.daolinet.codec.JsonFields.optionalStrings;
import static org.daolinet.codec.JsonFields.required;

/**
 * JSON codec of network groups: {@code {"tenant", "name", "members": [network name, ...]}}. On
 * decoding, the tenant is optional (the default tenant) and so are the members; every member must
 * be an existing network of the group's tenant.
 */
public final class NetworkGroupCodec extends JsonCodec<NetworkGroup> {

    static final String TENANT = "tenant";
    static final String NAME = "name";
    static final String MEMBERS = "members";

    @Override
    public ObjectNode encode(NetworkGroup group, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode()
                .put(TENANT, group.tenant())
                .put(NAME, group.name());
        ArrayNode members = node.putArray(MEMBERS);
        group.members().forEach(members::add);
        return node;
    }

    @Override
    public NetworkGroup decode(ObjectNode json, CodecContext context) {
        String tenant = optional(json, TENANT);
        if (tenant != null && !tenant.isEmpty()) {
            Validation.name(TENANT, tenant);
        }
        // checked here so that the errors name the JSON fields: the group would call a member "network"
        String name = Validation.name(NAME, required(json, NAME));
        Set<String> members = new LinkedHashSet<>();
        for (String member : optionalStrings(json, MEMBERS)) {
            members.add(Validation.name(MEMBERS, member));
        }
        NetworkGroup group = NetworkGroup.of(tenant, name, members);
        NetworkService networks = context.getService(NetworkService.class);
        for (NetworkKey member : group.memberKeys()) {
            if (networks.network(member) == null) {
                throw DaoliNetException.notFound(MEMBERS, "network %s does not exist", member);
            }
        }
        return group;
    }
}
