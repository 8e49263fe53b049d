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

/**
 * Removes a container and releases its VIP.
 */
@Service
@Command(scope = "onos", name = "daolinet-container-remove",
        description = "Removes a DaoliNet container endpoint")
public class ContainerRemoveCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Tenant of a container name (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Argument(index = 0, name = "container", description = "Container id, or name in the tenant", required = true)
    @Completion(ContainerCompleter.class)
    String container = null;

    @Override
    protected void run() {
        Container target = container("container", tenant, container);
        Container removed = service(ContainerAdminService.class).removeContainer(target.id());
        if (outputJson()) {
            printJson(removed, Container.class);
        } else {
            print("Removed %s", Lines.container(removed));
        }
    }
}
