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

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates a network group of a tenant, with its first member networks.
 */
@Service
@Command(scope = "onos", name = "daolinet-group-create",
        description = "Creates a DaoliNet network group: its networks' containers may talk to each other")
public class GroupCreateCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Tenant of the group and its networks (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Argument(index = 0, name = "name", description = "Group name (1-64 of A-Z a-z 0-9 _ . -)", required = true)
    String name = null;

    @Argument(index = 1, name = "network", description = "Member networks of the tenant", multiValued = true)
    @Completion(NetworkNameCompleter.class)
    List<String> networks = null;

    @Override
    protected void run() {
        String inTenant = tenant(tenant);
        Validation.name("name", name);
        Set<String> members = new LinkedHashSet<>();
        if (networks != null) {
            networks.forEach(n -> members.add(memberNetwork(inTenant, n)));
        }
        NetworkGroup created = service(PolicyAdminService.class).createGroup(inTenant, name, members);
        if (outputJson()) {
            printJson(created, NetworkGroup.class);
        } else {
            print("Created %s", Lines.group(created));
        }
    }
}
