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
 * Moves a container to another server and/or bridge port. It keeps its tenant, network, IP, MAC
 * and VIP; its routes are revoked on every server at once.
 */
@Service
@Command(scope = "onos", name = "daolinet-container-move",
        description = "Moves a DaoliNet container endpoint to another server or bridge port")
public class ContainerMoveCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Tenant of a container name (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Argument(index = 0, name = "container", description = "Container id, or name in the tenant", required = true)
    @Completion(ContainerCompleter.class)
    String container = null;

    @Argument(index = 1, name = "server", description = "New server (name or device id)", required = true)
    @Completion(ServerNameCompleter.class)
    String server = null;

    @Argument(index = 2, name = "portName", description = "Name of the container's port on the new server's bridge",
            required = true)
    String portName = null;

    @Override
    protected void run() {
        Container target = container("container", tenant, container);
        Container moved = service(ContainerAdminService.class).moveContainer(
                target.id(), server("server", server).deviceId(), Validation.name("portName", portName));
        if (outputJson()) {
            printJson(moved, Container.class);
        } else {
            print("Moved %s", Lines.container(moved));
        }
    }
}
