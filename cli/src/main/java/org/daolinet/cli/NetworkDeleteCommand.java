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

/**
 * Deletes a container network that has no containers.
 */
@Service
@Command(scope = "onos", name = "daolinet-network-delete",
        description = "Deletes a DaoliNet container network that has no containers")
public class NetworkDeleteCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Tenant of a bare network name (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Argument(index = 0, name = "network", description = "Network name, or tenant/name", required = true)
    @Completion(NetworkNameCompleter.class)
    String network = null;

    @Override
    protected void run() {
        Network removed = service(NetworkAdminService.class).removeNetwork(networkKey(tenant, network));
        if (outputJson()) {
            printJson(removed, Network.class);
        } else {
            print("Deleted %s", Lines.network(removed));
        }
    }
}
