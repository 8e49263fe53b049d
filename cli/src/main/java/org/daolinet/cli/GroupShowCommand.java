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
import org.daolinet.api.ContainerService;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.NetworkService;
import org.daolinet.api.PolicyService;
import org.daolinet.api.Validation;

/**
 * Shows a network group and its member networks.
 */
@Service
@Command(scope = "onos", name = "daolinet-group-show",
        description = "Shows a DaoliNet network group and its member networks")
public class GroupShowCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Tenant of the group (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Argument(index = 0, name = "group", description = "Group name", required = true)
    @Completion(GroupNameCompleter.class)
    String group = null;

    @Override
    protected void run() {
        String inTenant = tenant(tenant);
        NetworkGroup found = service(PolicyService.class).group(inTenant, Validation.name("group", group));
        if (found == null) {
            throw DaoliNetException.notFound("group", "group %s/%s does not exist",
                                             inTenant == null ? NetworkKey.DEFAULT_TENANT : inTenant, group);
        }
        if (outputJson()) {
            printJson(found, NetworkGroup.class);
            return;
        }
        print("%s", Lines.group(found));
        if (found.members().isEmpty()) {
            return;
        }
        NetworkService networks = service(NetworkService.class);
        ContainerService containers = service(ContainerService.class);
        Table table = new Table("NETWORK", "CIDR", "CONTAINERS");
        // a member whose network was deleted since shows without subnet
        for (NetworkKey key : found.memberKeys()) {
            Network network = networks.network(key);
            table.row(key, network == null ? null : network.cidr(), containers.containers(key).size());
        }
        printLines(table.lines());
    }
}
