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
 * {@code network create|list|show|delete}: container networks, named within their tenant.
 */
@Command(name = "network", description = "Container networks (subnets), named within their tenant")
final class NetworkCommand extends Verb {

    @Command(name = "create", description = "Creates a network; creating it again identically is harmless")
    int create(@Parameters(paramLabel = "NAME", description = "Network name") String name,
               @Option(names = "--subnet", required = true, paramLabel = "CIDR", description = "Subnet, e.g. "
                       + "10.1.0.0/24") String subnet,
               @Option(names = "--gateway", paramLabel = "IP", description = "Gateway address (default: the "
                       + "subnet's first address)") String gateway) {
        ObjectNode body = object().put("name", name).put("cidr", subnet);
        if (tenant() != null) {
            body.put("tenant", tenant());
        }
        if (gateway != null) {
            body.put("gateway", gateway);
        }
        JsonNode created = api().post("networks", body);
        return print(created, Views.networks(Views.items(created)));
    }

    @Command(name = "list", description = "Lists the networks (of the tenant, if given)")
    int list() {
        JsonNode networks = api().get("networks", "tenant", tenant());
        return print(networks, Views.networks(networks.path("networks")));
    }

    @Command(name = "show", description = "Shows a network")
    int show(@Parameters(paramLabel = "NAME", description = "Network name") String name) {
        JsonNode found = api().get(networkPath(name));
        return print(found, Views.networks(Views.items(found)));
    }

    @Command(name = "delete", description = "Deletes a network that no container is attached to")
    int delete(@Parameters(paramLabel = "NAME", description = "Network name") String name) {
        JsonNode deleted = api().delete(networkPath(name));
        if (json()) {
            print(deleted);
        } else {
            println("Deleted network " + deleted.path("tenant").asText() + "/" + deleted.path("name").asText());
        }
        return 0;
    }

    private String networkPath(String name) {
        return ApiClient.path("networks", tenantOrDefault(), name);
    }
}
