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
import org.daolinet.api.Container;
import org.daolinet.api.ContainerAdminService;
import org.daolinet.api.Validation;

/**
 * Registers a container: binds its id and name to a network, an IP and MAC address and a port of
 * a server's bridge, and allocates its VIP.
 */
@Service
@Command(scope = "onos", name = "daolinet-container-add",
        description = "Registers a DaoliNet container endpoint")
public class ContainerAddCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Tenant of a bare network name (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Argument(index = 0, name = "id", description = "Container (endpoint) id", required = true)
    String id = null;

    @Argument(index = 1, name = "name", description = "Container name, unique in its tenant", required = true)
    String name = null;

    @Argument(index = 2, name = "network", description = "Network name, or tenant/name", required = true)
    @Completion(NetworkNameCompleter.class)
    String network = null;

    @Argument(index = 3, name = "ip", description = "IPv4 address in the network", required = true)
    String ip = null;

    @Argument(index = 4, name = "mac", description = "Unicast MAC address", required = true)
    String mac = null;

    @Argument(index = 5, name = "server", description = "Hosting server (name or device id)", required = true)
    @Completion(ServerNameCompleter.class)
    String server = null;

    @Argument(index = 6, name = "portName", description = "Name of the container's port on the bridge",
            required = true)
    String portName = null;

    @Override
    protected void run() {
        Container container = Container.builder()
                .id(Validation.name("id", id))
                .name(Validation.name("name", name))
                .network(networkKey(tenant, network))
                .ip(Validation.ip4("ip", ip))
                .mac(Validation.mac("mac", mac))
                .portName(Validation.name("portName", portName))
                .server(server("server", server).deviceId())
                .build();
        Container added = service(ContainerAdminService.class).addContainer(container);
        if (outputJson()) {
            printJson(added, Container.class);
        } else {
            print("Added %s", Lines.container(added));
        }
    }
}
