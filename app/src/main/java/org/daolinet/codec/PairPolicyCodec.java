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
import org.daolinet.api.Container;
import org.daolinet.api.ContainerService;
import org.daolinet.api.PairPolicy;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;

import java.util.Locale;

/**
 * JSON of a pair policy: {@code {"containers": [id, id], "names": [name, name], "action":
 * "connect" | "disconnect"}}, the ids in the pair's order and the names of the same containers
 * when both are registered. Encoding only: a pair policy is set for two containers named in the
 * request's path (REST) or arguments (CLI).
 */
public final class PairPolicyCodec extends JsonCodec<PairPolicy> {

    static final String CONTAINERS = "containers";
    static final String NAMES = "names";
    static final String ACTION = "action";

    @Override
    public ObjectNode encode(PairPolicy policy, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode();
        node.putArray(CONTAINERS).add(policy.first()).add(policy.second());
        ContainerService containers = context.getService(ContainerService.class);
        Container first = containers.container(policy.first());
        Container second = containers.container(policy.second());
        // a policy dies with its containers, so a missing one is gone a moment ago
        if (first != null && second != null) {
            ArrayNode names = node.putArray(NAMES);
            names.add(first.name()).add(second.name());
        }
        return node.put(ACTION, policy.action().name().toLowerCase(Locale.ROOT));
    }
}
