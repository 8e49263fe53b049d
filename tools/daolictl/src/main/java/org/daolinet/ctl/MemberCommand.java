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
import org.daolinet.client.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code member add|rm --group G NET}: adds a network to a group or removes it.
 */
@Command(name = "member", description = "Members of a network group")
final class MemberCommand extends Verb {

    @Command(name = "add", description = "Adds a network of the tenant to a group")
    int add(@Option(names = {"-g", "--group"}, required = true, paramLabel = "GROUP", description = "Group name")
                    String group,
            @Parameters(paramLabel = "NET", description = "Network name") String network) {
        JsonNode changed = api().post(ApiClient.path("groups", tenantOrDefault(), group, "members"),
                                      object().put("network", network));
        return print(changed, Views.groups(Views.items(changed)));
    }

    @Command(name = "rm", description = "Removes a network from a group; routes its membership alone allowed "
            + "are removed at once")
    int remove(@Option(names = {"-g", "--group"}, required = true, paramLabel = "GROUP", description = "Group name")
                       String group,
               @Parameters(paramLabel = "NET", description = "Network name") String network) {
        JsonNode changed = api().delete(ApiClient.path("groups", tenantOrDefault(), group, "members", network));
        return print(changed, Views.groups(Views.items(changed)));
    }
}
