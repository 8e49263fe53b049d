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
 * Adds a network to a network group of its tenant.
 */
@Service
@Command(scope = "onos", name = "daolinet-group-add",
        description = "Adds a network to a DaoliNet network group")
public class GroupAddCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Tenant of the group and the network (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Argument(index = 0, name = "group", description = "Group name", required = true)
    @Completion(GroupNameCompleter.class)
    String group = null;

    @Argument(index = 1, name = "network", description = "Network name, or tenant/name", required = true)
    @Completion(NetworkNameCompleter.class)
    String network = null;

    @Override
    protected void run() {
        String inTenant = tenant(tenant);
        Validation.name("group", group);
        String member = memberNetwork(inTenant, network);
        NetworkGroup changed = service(PolicyAdminService.class).addMember(inTenant, group, member);
        if (outputJson()) {
            printJson(changed, NetworkGroup.class);
        } else {
            print("Added network %s to %s", member, Lines.group(changed));
        }
    }
}
