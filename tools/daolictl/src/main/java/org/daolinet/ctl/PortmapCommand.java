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
package org.daolinet.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.client.ApiClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code portmap create|list|delete}: container ports published on a server's IP.
 */
@Command(name = "portmap", description = "Container ports published on a server's IP (DNAT)")
final class PortmapCommand extends Verb {

    /** SERVERPORT:CONTAINERPORT; the server checks the numbers, so that its message names the field. */
    private static final Pattern RULE = Pattern.compile("([^:]+):([^:]+)");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    @Command(name = "create", description = "Publishes a container port; clients outside the container networks "
            + "reach it unless a firewall rule denies them")
    int create(@Parameters(paramLabel = "NAME", description = "Mapping name") String name,
               @Option(names = "--container", required = true, paramLabel = "CONTAINER",
                       description = "Container id, or name in the tenant") String container,
               @Option(names = "--rule", required = true, paramLabel = "SERVERPORT:CONTAINERPORT",
                       description = "The server's port, then the container's port") String rule,
               @Option(names = "--proto", paramLabel = "tcp|udp", description = "Protocol (default: tcp)")
                       String protocol,
               @Option(names = "--server", paramLabel = "SERVER", description = "Server whose IP publishes the port, "
                       + "by name or device id (default: the container's own)") String server) {
        Matcher ports = RULE.matcher(rule);
        if (!ports.matches()) {
            throw usage("--rule: expected SERVERPORT:CONTAINERPORT, e.g. 8080:80, not '" + rule + "'");
        }
        ObjectNode body = object().put("name", name).put("container", container);
        if (tenant() != null) {
            body.put("tenant", tenant());
        }
        if (protocol != null) {
            body.put("protocol", protocol);
        }
        if (server != null) {
            body.put("server", server);
        }
        port(body, "serverPort", ports.group(1));
        port(body, "containerPort", ports.group(2));
        JsonNode created = api().post("portmaps", body);
        return print(created, Views.portmaps(Views.items(created)));
    }

    @Command(name = "list", description = "Lists the port mappings (of a container, if given)")
    int list(@Option(names = "--container", paramLabel = "CONTAINER", description = "Container id, or name in the "
            + "tenant") String container) {
        JsonNode mappings = api().get("portmaps", "container", container, "tenant", tenant());
        return print(mappings, Views.portmaps(mappings.path("portmaps")));
    }

    @Command(name = "delete", description = "Withdraws a port mapping; its connections are cut at once")
    int delete(@Parameters(paramLabel = "NAME", description = "Mapping name") String name) {
        JsonNode deleted = api().delete(ApiClient.path("portmaps", name));
        if (json()) {
            print(deleted);
        } else {
            println("Deleted port mapping " + deleted.path("name").asText());
        }
        return 0;
    }

    /**
     * Puts a port into a request: a number as a JSON number, anything else as written, for the
     * server to reject with its own message.
     */
    private static void port(ObjectNode body, String field, String port) {
        if (NUMBER.matcher(port).matches()) {
            body.put(field, Integer.parseInt(port));
        } else {
            body.put(field, port);
        }
    }
}
