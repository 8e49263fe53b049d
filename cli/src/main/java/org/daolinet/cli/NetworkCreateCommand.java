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
import org.daolinet.api.Network;
import org.daolinet.api.NetworkAdminService;
import org.daolinet.api.Validation;

/**
 * Creates a container network in a tenant.
 */
@Service
@Command(scope = "onos", name = "daolinet-network-create",
        description = "Creates a DaoliNet container network")
public class NetworkCreateCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Tenant (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Option(name = "-g", aliases = "--gateway", description = "Gateway IP (default: first host address)")
    String gateway = null;

    @Argument(index = 0, name = "name", description = "Network name (1-64 of A-Z a-z 0-9 _ . -)",
            required = true)
    String name = null;

    @Argument(index = 1, name = "cidr", description = "IPv4 subnet such as 10.1.0.0/24", required = true)
    String cidr = null;

    @Override
    protected void run() {
        Network network = Network.builder()
                .tenant(tenant(tenant))
                .name(name)
                .cidr(Validation.cidr("cidr", cidr))
                .gateway(gateway == null ? null : Validation.ip4("gateway", gateway))
                .build();
        Network created = service(NetworkAdminService.class).createNetwork(network);
        if (outputJson()) {
            printJson(created, Network.class);
        } else {
            print("Created %s", Lines.network(created));
        }
    }
}
