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
import org.daolinet.api.ContainerService;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.PortMapping;
import org.daolinet.api.PortMappingAdminService;
import org.daolinet.api.Protocol;
import org.daolinet.api.ServerService;
import org.daolinet.api.Validation;

/**
 * Publishes a container port on a server's IP: {@code --rule SERVERPORT:CONTAINERPORT} sends
 * traffic to the server's port on to the container's port.
 */
@Service
@Command(scope = "onos", name = "daolinet-portmap-create",
        description = "Publishes a DaoliNet container's TCP or UDP port on a server's IP")
public class PortMapCreateCommand extends DaoliNetCommand {

    private static final String RULE = "rule";

    @Option(name = "-t", aliases = "--tenant", description = "Tenant of a container name (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Option(name = "--container", description = "Container id, or name in the tenant")
    @Completion(ContainerCompleter.class)
    String container = null;

    @Option(name = "--rule", description = "SERVERPORT:CONTAINERPORT, such as 8080:80")
    String rule = null;

    @Option(name = "--proto", description = "tcp or udp (default: tcp)")
    @Completion(ProtocolCompleter.class)
    String protocol = null;

    @Option(name = "--server", description = "Publishing server, name or device id (default: the container's)")
    @Completion(ServerNameCompleter.class)
    String server = null;

    @Argument(index = 0, name = "name", description = "Mapping name (1-64 of A-Z a-z 0-9 _ . -)", required = true)
    String name = null;

    @Override
    protected void run() {
        Validation.name("name", name);
        int[] ports = ports(rule);
        Protocol proto = protocol == null ? Protocol.TCP : Protocol.parse("protocol", protocol);
        Container published = container("container", tenant, Validation.present("container", container));
        PortMapping mapping = PortMapping.builder()
                .name(name)
                .containerId(published.id())
                .protocol(proto)
                .server(server == null ? published.server() : server("server", server).deviceId())
                .serverPort(ports[0])
                .containerPort(ports[1])
                .build();
        PortMapping added = service(PortMappingAdminService.class).addMapping(mapping);
        if (outputJson()) {
            printJson(added, PortMapping.class);
        } else {
            print("Created %s", Lines.portMapping(added, service(ContainerService.class),
                                                  service(ServerService.class)));
        }
    }

    /**
     * Parses {@code SERVERPORT:CONTAINERPORT}.
     *
     * @param text rule option
     * @return server port, container port
     */
    private static int[] ports(String text) {
        Validation.present(RULE, text);
        String[] parts = text.split(":", -1);
        if (parts.length != 2) {
            throw DaoliNetException.invalid(RULE, "'%s' is not SERVERPORT:CONTAINERPORT", text);
        }
        return new int[]{port("server port", text, parts[0]), port("container port", text, parts[1])};
    }

    private static int port(String which, String rule, String text) {
        int port;
        try {
            port = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw DaoliNetException.invalid(RULE, "'%s' is not SERVERPORT:CONTAINERPORT: %s '%s' is not a number",
                                            rule, which, text);
        }
        if (port < 1 || port > Validation.MAX_L4_PORT) {
            throw DaoliNetException.invalid(RULE, "%s %d is outside 1-%d", which, port, Validation.MAX_L4_PORT);
        }
        return port;
    }
}
