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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.Protocol;
import org.daolinet.api.Selector;
import org.daolinet.api.Validation;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;

import java.util.Locale;

import static org.daolinet.codec.JsonFields.optional;
import static org.daolinet.codec.JsonFields.optionalInt;
import static org.daolinet.codec.JsonFields.required;

/**
 * JSON codec of firewall rules: {@code {"tenant", "name", "priority", "action": "allow" | "deny",
 * "src", "dst", "protocol", "port"}} with selectors as written ({@code network:web}, {@code any},
 * ...) and the port as {@code "80"} or {@code "8000-8080"}, absent for all ports. On decoding,
 * tenant (the default tenant), priority (100), protocol (any) and port are optional; the port may
 * also be a JSON integer.
 */
public final class FirewallRuleCodec extends JsonCodec<FirewallRule> {

    static final String TENANT = "tenant";
    static final String NAME = "name";
    static final String PRIORITY = "priority";
    static final String ACTION = "action";
    static final String SRC = "src";
    static final String DST = "dst";
    static final String PROTOCOL = "protocol";
    static final String PORT = "port";

    @Override
    public ObjectNode encode(FirewallRule rule, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode()
                .put(TENANT, rule.tenant())
                .put(NAME, rule.name())
                .put(PRIORITY, rule.priority())
                .put(ACTION, rule.action().name().toLowerCase(Locale.ROOT))
                .put(SRC, rule.src().toString())
                .put(DST, rule.dst().toString())
                .put(PROTOCOL, rule.protocol().toString());
        if (!rule.ports().isEmpty()) {
            node.put(PORT, rule.ports());
        }
        return node;
    }

    @Override
    public FirewallRule decode(ObjectNode json, CodecContext context) {
        String protocol = optional(json, PROTOCOL);
        return FirewallRule.builder()
                .tenant(optional(json, TENANT))
                .name(Validation.name(NAME, required(json, NAME)))
                .priority(optionalInt(json, PRIORITY, FirewallRule.DEFAULT_PRIORITY))
                .action(Validation.choice(ACTION, required(json, ACTION), FirewallRule.Action.class))
                .src(Selector.parse(SRC, required(json, SRC)))
                .dst(Selector.parse(DST, required(json, DST)))
                .protocol(protocol == null ? Protocol.ANY : Protocol.parse(PROTOCOL, protocol))
                .ports(ports(json))
                .build();
    }

    /**
     * Returns the port field as text: a single port may come as a JSON integer.
     */
    private static String ports(ObjectNode json) {
        JsonNode node = json.get(PORT);
        return node != null && node.isIntegralNumber() ? node.asText() : optional(json, PORT);
    }
}
