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
import org.daolinet.api.ContainerService;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkService;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists the container networks, of all tenants or of one.
 */
@Service
@Command(scope = "onos", name = "daolinet-networks",
        description = "Lists the DaoliNet container networks")
public class NetworksListCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Only the networks of this tenant")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Override
    protected void run() {
        String onlyTenant = tenant(tenant);
        List<Network> networks = service(NetworkService.class).networks().stream()
                .filter(n -> onlyTenant == null || n.tenant().equals(onlyTenant))
                .sorted(Comparator.comparing(Network::tenant).thenComparing(Network::name))
                .collect(Collectors.toList());
        if (outputJson()) {
            printJsonArray(networks, Network.class);
            return;
        }
        ContainerService containers = service(ContainerService.class);
        Table table = new Table("NETWORK", "CIDR", "GATEWAY", "ID", "GATEWAY MAC", "GATEWAY PORT", "CONTAINERS");
        networks.forEach(n -> table.row(n.key(), n.cidr(), n.gateway(), n.id(), n.gatewayMac(), n.gatewayPort(),
                                        containers.containers(n.key()).size()));
        printLines(table.lines());
    }
}
