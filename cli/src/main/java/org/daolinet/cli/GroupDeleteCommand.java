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

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.PolicyAdminService;
import org.daolinet.api.Validation;

/**
 * Deletes a network group that no firewall rule selects; routes it alone allowed are removed at once.
 */
@Service
@Command(scope = "onos", name = "daolinet-group-delete",
        description = "Deletes a DaoliNet network group that no firewall rule selects")
public class GroupDeleteCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Tenant of the group (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Argument(index = 0, name = "group", description = "Group name", required = true)
    @Completion(GroupNameCompleter.class)
    String group = null;

    @Override
    protected void run() {
        NetworkGroup removed = service(PolicyAdminService.class)
                .removeGroup(tenant(tenant), Validation.name("group", group));
        if (outputJson()) {
            printJson(removed, NetworkGroup.class);
        } else {
            print("Deleted %s", Lines.group(removed));
        }
    }
}
