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
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.daolinet.api.Server;
import org.daolinet.api.ServerService;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists the registered servers.
 */
@Service
@Command(scope = "onos", name = "daolinet-servers",
        description = "Lists the DaoliNet servers (Docker hosts whose bridges ONOS controls)")
public class ServersListCommand extends DaoliNetCommand {

    @Override
    protected void run() {
        ServerService servers = service(ServerService.class);
        List<Server> sorted = servers.servers().stream()
                .sorted(Comparator.comparing(Server::name))
                .collect(Collectors.toList());
        if (outputJson()) {
            printJsonArray(sorted, Server.class);
            return;
        }
        Table table = new Table("NAME", "DEVICE ID", "UPLINK", "UPLINK PORT", "IP", "MAC");
        // the uplink's port number shows "-" until the bridge reports a port of that name
        sorted.forEach(s -> table.row(s.name(), s.deviceId(), s.uplinkPort(),
                                      portNumber(servers.uplinkPort(s.deviceId())), s.ip(), s.mac()));
        printLines(table.lines());
    }
}
