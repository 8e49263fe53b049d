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
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.daolinet.api.ContainerService;
import org.daolinet.api.PortMapping;
import org.daolinet.api.PortMappingAdminService;
import org.daolinet.api.ServerService;
import org.daolinet.api.Validation;

/**
 * Withdraws a published container port; its connections are cut at once.
 */
@Service
@Command(scope = "onos", name = "daolinet-portmap-delete",
        description = "Withdraws a published DaoliNet container port")
public class PortMapDeleteCommand extends DaoliNetCommand {

    @Argument(index = 0, name = "name", description = "Mapping name", required = true)
    @Completion(PortMappingCompleter.class)
    String name = null;

    @Override
    protected void run() {
        PortMapping removed = service(PortMappingAdminService.class).removeMapping(Validation.name("name", name));
        if (outputJson()) {
            printJson(removed, PortMapping.class);
        } else {
            print("Deleted %s", Lines.portMapping(removed, service(ContainerService.class),
                                                  service(ServerService.class)));
        }
    }
}
