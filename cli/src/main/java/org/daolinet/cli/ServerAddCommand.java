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
import org.daolinet.api.Validation;
import org.onosproject.cli.net.DeviceIdCompleter;

/**
 * Registers a server: the bridge of a Docker host, its uplink port and its address on the LAN.
 */
@Service
@Command(scope = "onos", name = "daolinet-server-add",
        description = "Registers a DaoliNet server (a Docker host's OVS bridge)")
public class ServerAddCommand extends DaoliNetCommand {

    @Argument(index = 0, name = "name", description = "Server name (1-64 of A-Z a-z 0-9 _ . -)",
            required = true)
    String name = null;

    @Argument(index = 1, name = "deviceId", description = "Device id of the bridge (of: and 16 hex digits)",
            required = true)
    @Completion(DeviceIdCompleter.class)
    String deviceId = null;

    @Argument(index = 2, name = "uplinkPort", description = "Name of the bridge port holding the physical NIC",
            required = true)
    String uplinkPort = null;

    @Argument(index = 3, name = "ip", description = "IPv4 address of the server on the LAN", required = true)
    String ip = null;

    @Argument(index = 4, name = "mac", description = "MAC address of the server's uplink", required = true)
    String mac = null;

    @Override
    protected void run() {
        Server server = Server.builder()
                .name(name)
                .deviceId(Validation.ofDevice("deviceId", deviceId))
                .uplinkPort(uplinkPort)
                .ip(Validation.ip4("ip", ip))
                .mac(Validation.mac("mac", mac))
                .build();
        Server added = service(ServerAdminService.class).addServer(server);
        if (outputJson()) {
            printJson(added, Server.class);
        } else {
            print("Added %s", Lines.server(added));
        }
    }
}
