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
import org.daolinet.api.Container;
import org.daolinet.api.ContainerService;
import org.daolinet.api.PortMapping;
import org.daolinet.api.PortMappingService;
import org.daolinet.api.Server;
import org.daolinet.api.ServerService;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists the published container ports, optionally only those of a container.
 */
@Service
@Command(scope = "onos", name = "daolinet-portmaps",
        description = "Lists the DaoliNet port mappings (published container ports)")
public class PortMapsListCommand extends DaoliNetCommand {

    @Option(name = "-c", aliases = "--container", description = "Only the mappings of this container "
            + "(id, or name in the tenant)")
    @Completion(ContainerCompleter.class)
    String container = null;

    @Option(name = "-t", aliases = "--tenant", description = "Tenant of a container name (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Override
    protected void run() {
        PortMappingService mappings = service(PortMappingService.class);
        Set<PortMapping> selected = container == null ? mappings.mappings()
                : mappings.mappingsOf(container("container", tenant, container).id());
        List<PortMapping> sorted = selected.stream()
                .sorted(Comparator.comparing(PortMapping::name))
                .collect(Collectors.toList());
        if (outputJson()) {
            printJsonArray(sorted, PortMapping.class);
            return;
        }
        ContainerService containers = service(ContainerService.class);
        ServerService servers = service(ServerService.class);
        Table table = new Table("NAME", "CONTAINER", "PROTOCOL", "SERVER", "SERVER PORT", "CONTAINER PORT");
        for (PortMapping m : sorted) {
            Container published = containers.container(m.containerId());
            Server server = servers.server(m.server());
            table.row(m.name(), published == null ? m.containerId() : published.tenant() + "/" + published.name(),
                      m.protocol(), server == null ? m.server() : server.name(), m.serverPort(), m.containerPort());
        }
        printLines(table.lines());
    }
}
