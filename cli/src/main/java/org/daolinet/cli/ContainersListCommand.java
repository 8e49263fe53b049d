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
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.NetworkService;
import org.daolinet.api.Server;
import org.daolinet.api.ServerService;
import org.onosproject.net.DeviceId;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists the containers, optionally only those of a tenant, a network or a server.
 */
@Service
@Command(scope = "onos", name = "daolinet-containers",
        description = "Lists the DaoliNet containers")
public class ContainersListCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Only the containers of this tenant")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Option(name = "-n", aliases = "--network", description = "Only the containers of this network "
            + "(name in the -t tenant, or tenant/name)")
    @Completion(NetworkNameCompleter.class)
    String network = null;

    @Option(name = "-s", aliases = "--server", description = "Only the containers on this server (name or device id)")
    @Completion(ServerNameCompleter.class)
    String server = null;

    @Override
    protected void run() {
        List<Container> selected = select().stream()
                .sorted(Comparator.comparing(Container::tenant).thenComparing(Container::name))
                .collect(Collectors.toList());
        if (outputJson()) {
            printJsonArray(selected, Container.class);
            return;
        }
        ServerService servers = service(ServerService.class);
        ContainerService containers = service(ContainerService.class);
        Table table = new Table("NAME", "ID", "NETWORK", "IP", "MAC", "SERVER", "PORT", "PORT NO", "VIP");
        // the port number shows "-" until the bridge reports a port of the container's port name
        selected.forEach(c -> table.row(c.name(), c.id(), c.network(), c.ip(), c.mac(),
                                        serverName(servers, c.server()), c.portName(),
                                        portNumber(containers.portNumber(c.id())), c.vip()));
        printLines(table.lines());
    }

    private Set<Container> select() {
        ContainerService containers = service(ContainerService.class);
        String onlyTenant = tenant(tenant);
        DeviceId onlyServer = server == null ? null : server("server", server).deviceId();
        Set<Container> candidates;
        if (network != null) {
            NetworkKey key = networkKey(onlyTenant, network);
            if (service(NetworkService.class).network(key) == null) {
                throw DaoliNetException.notFound("network", "network %s does not exist", key);
            }
            candidates = containers.containers(key);
        } else if (onlyServer != null) {
            candidates = containers.containersOn(onlyServer);
        } else {
            candidates = containers.containers();
        }
        return candidates.stream()
                .filter(c -> onlyTenant == null || c.tenant().equals(onlyTenant))
                .filter(c -> onlyServer == null || c.server().equals(onlyServer))
                .collect(Collectors.toSet());
    }

    private static String serverName(ServerService servers, DeviceId deviceId) {
        Server server = servers.server(deviceId);
        return server == null ? deviceId.toString() : server.name();
    }
}
