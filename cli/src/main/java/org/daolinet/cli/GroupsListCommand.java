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
package org.daolinet.cli;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.PolicyService;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists the network groups, of all tenants or of one.
 */
@Service
@Command(scope = "onos", name = "daolinet-groups",
        description = "Lists the DaoliNet network groups")
public class GroupsListCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Only the groups of this tenant")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Override
    protected void run() {
        String onlyTenant = tenant(tenant);
        List<NetworkGroup> groups = service(PolicyService.class).groups().stream()
                .filter(g -> onlyTenant == null || g.tenant().equals(onlyTenant))
                .sorted(Comparator.comparing(NetworkGroup::tenant).thenComparing(NetworkGroup::name))
                .collect(Collectors.toList());
        if (outputJson()) {
            printJsonArray(groups, NetworkGroup.class);
            return;
        }
        Table table = new Table("GROUP", "MEMBERS");
        groups.forEach(g -> table.row(g.key(), Lines.members(g)));
        printLines(table.lines());
    }
}
