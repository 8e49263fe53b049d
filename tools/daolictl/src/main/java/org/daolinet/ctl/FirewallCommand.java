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
package org.daolinet.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.client.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code firewall create|list|show|delete}: L3/L4 access rules on container traffic, named within
 * their tenant and consulted by descending priority where no pair policy decides.
 */
@Command(name = "firewall", description = "Firewall rules on container traffic, by descending priority")
final class FirewallCommand extends Verb {

    private static final String SELECTOR = "container:NAME, network:NAME, group:NAME, cidr:CIDR or any";

    @Command(name = "create", description = "Adds a rule; routes it denies are removed at once")
    int create(@Parameters(paramLabel = "NAME", description = "Rule name") String name,
               @Option(names = "--action", required = true, paramLabel = "allow|deny",
                       description = "What the rule does") String action,
               @Option(names = "--src", required = true, paramLabel = "SEL", description = "Source: " + SELECTOR)
                       String src,
               @Option(names = "--dst", required = true, paramLabel = "SEL", description = "Destination: " + SELECTOR)
                       String dst,
               @Option(names = "--proto", paramLabel = "tcp|udp|icmp|any", description = "Protocol (default: any)")
                       String protocol,
               @Option(names = "--port", paramLabel = "P[-Q]", description = "Destination port or range (tcp and "
                       + "udp only; default: all)") String port,
               @Option(names = "--priority", paramLabel = "N", description = "1-65535, highest first (default: 100)")
                       Integer priority) {
        ObjectNode body = object().put("name", name).put("action", action).put("src", src).put("dst", dst);
        if (tenant() != null) {
            body.put("tenant", tenant());
        }
        if (protocol != null) {
            body.put("protocol", protocol);
        }
        if (port != null) {
            body.put("port", port);
        }
        if (priority != null) {
            body.put("priority", priority);
        }
        JsonNode created = api().post("firewall", body);
        return print(created, Views.firewallRules(Views.items(created)));
    }

    @Command(name = "list", description = "Lists the rules in the order they are consulted (of the tenant, if "
            + "given)")
    int list() {
        JsonNode rules = api().get("firewall", "tenant", tenant());
        return print(rules, Views.firewallRules(rules.path("rules")));
    }

    @Command(name = "show", description = "Shows a rule")
    int show(@Parameters(paramLabel = "NAME", description = "Rule name") String name) {
        JsonNode found = api().get(rulePath(name));
        return print(found, Views.firewallRules(Views.items(found)));
    }

    @Command(name = "delete", description = "Removes a rule; routes that only it allowed are removed at once")
    int delete(@Parameters(paramLabel = "NAME", description = "Rule name") String name) {
        JsonNode deleted = api().delete(rulePath(name));
        if (json()) {
            print(deleted);
        } else {
            println("Deleted firewall rule " + deleted.path("tenant").asText() + "/"
                            + deleted.path("name").asText());
        }
        return 0;
    }

    private String rulePath(String name) {
        return ApiClient.path("firewall", tenantOrDefault(), name);
    }
}
