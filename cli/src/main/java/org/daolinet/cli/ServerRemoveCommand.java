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
import org.daolinet.api.Server;
import org.daolinet.api.ServerAdminService;

/**
 * Removes a server that hosts no containers.
 */
@Service
@Command(scope = "onos", name = "daolinet-server-remove",
        description = "Removes a DaoliNet server that hosts no containers")
public class ServerRemoveCommand extends DaoliNetCommand {

    @Argument(index = 0, name = "server", description = "Server name or device id", required = true)
    @Completion(ServerNameCompleter.class)
    String server = null;

    @Override
    protected void run() {
        Server target = server("server", server);
        Server removed = service(ServerAdminService.class).removeServer(target.deviceId());
        if (outputJson()) {
            printJson(removed, Server.class);
        } else {
            print("Removed %s", Lines.server(removed));
        }
    }
}
