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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.client.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code group list|show|create|delete}: network groups, named sets of networks of a tenant whose
 * containers may talk to each other.
 */
@Command(name = "group", description = "Network groups: networks whose containers may talk to each other")
final class GroupCommand extends Verb {

    @Command(name = "list", description = "Lists the groups (of the tenant, if given)")
    int list() {
        JsonNode groups = api().get("groups", "tenant", tenant());
        return print(groups, Views.groups(groups.path("groups")));
    }

    @Command(name = "show", description = "Shows a group and its member networks")
    int show(@Parameters(paramLabel = "GROUP", description = "Group name") String group) {
        JsonNode found = api().get(groupPath(group));
        return print(found, Views.groups(Views.items(found)));
    }

    @Command(name = "create", description = "Creates a group, with member networks if given")
    int create(@Parameters(index = "0", paramLabel = "GROUP", description = "Group name") String group,
               @Parameters(index = "1..*", arity = "0..*", paramLabel = "NET",
                       description = "Member networks of the tenant") List<String> networks) {
        ObjectNode body = object().put("name", group);
        if (tenant() != null) {
            body.put("tenant", tenant());
        }
        ArrayNode members = body.putArray("members");
        if (networks != null) {
            networks.forEach(members::add);
        }
        JsonNode created = api().post("groups", body);
        return print(created, Views.groups(Views.items(created)));
    }

    @Command(name = "delete", description = "Deletes groups; routes they alone allowed are removed at once")
    int delete(@Parameters(arity = "1..*", paramLabel = "GROUP", description = "Group names") List<String> groups) {
        // every group must exist before any is deleted: a typo deletes nothing
        groups.forEach(g -> api().get(groupPath(g)));
        List<JsonNode> deleted = new ArrayList<>();
        for (String group : groups) {
            deleted.add(api().delete(groupPath(group)));
        }
        if (json()) {
            ObjectNode result = object();
            deleted.forEach(result.putArray("groups")::add);
            print(result);
        } else {
            deleted.forEach(g -> println("Deleted group " + g.path("tenant").asText() + "/"
                                                 + g.path("name").asText()));
        }
        return 0;
    }

    /**
     * Returns the path of a group of the tenant option's tenant.
     *
     * @param group group name
     * @return path
     */
    String groupPath(String group) {
        return ApiClient.path("groups", tenantOrDefault(), group);
    }
}
