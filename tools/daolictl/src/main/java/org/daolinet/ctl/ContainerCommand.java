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

/**
 * {@code container list|shownet|move}: the registered containers, the network one is on, and
 * moving one to another server.
 */
@Command(name = "container", description = "Containers attached to DaoliNet networks")
final class ContainerCommand extends Verb {

    @Command(name = "list", description = "Lists the containers (of the tenant, network or server, if given)")
    int list(@Option(names = {"-n", "--network"}, paramLabel = "NET", description = "Only those of this network "
            + "of the tenant") String network,
             @Option(names = {"-s", "--server"}, paramLabel = "SERVER", description = "Only those on this server "
                     + "(name or device id)") String server) {
        JsonNode containers = api().get("containers", "tenant", tenant(), "network", network, "server", server);
        if (json()) {
            print(containers);
            return 0;
        }
        print(Views.containers(containers.path("containers"), serverNames()));
        return 0;
    }

    @Command(name = "shownet", description = "Shows the network of a container: name, tenant, subnet, gateway, "
            + "the container's addresses and server")
    int shownet(@Parameters(paramLabel = "CONTAINER", description = "Container id, or name in the tenant")
                        String container) {
        JsonNode found = api().get(containerPath(container), "tenant", tenant());
        JsonNode network = api().get(ApiClient.path("networks", found.path("tenant").asText(),
                                                    found.path("network").asText()));
        JsonNode server = api().get(ApiClient.path("servers", found.path("server").asText()));
        if (json()) {
            ObjectNode all = object();
            all.set("container", found);
            all.set("network", network);
            all.set("server", server);
            print(all);
            return 0;
        }
        print(new Table()
                      .row("CONTAINER", text(found, "name") + " (" + text(found, "id") + ")")
                      .row("NETWORK", text(network, "name"))
                      .row("TENANT", text(network, "tenant"))
                      .row("CIDR", text(network, "cidr"))
                      .row("GATEWAY", text(network, "gateway"))
                      .row("IP", text(found, "ip"))
                      .row("MAC", text(found, "mac"))
                      .row("VIP", text(found, "vip"))
                      .row("SERVER", text(server, "name") + " (" + text(server, "deviceId") + ")")
                      .row("PORT_NAME", text(found, "portName")));
        return 0;
    }

    @Command(name = "move", description = "Moves a container to another server or bridge port; it keeps its "
            + "addresses and VIP, its routes are removed at once")
    int move(@Parameters(paramLabel = "CONTAINER", description = "Container id, or name in the tenant")
                     String container,
             @Option(names = {"-s", "--server"}, required = true, paramLabel = "SERVER",
                     description = "New server (name or device id)") String server,
             @Option(names = "--port-name", paramLabel = "PORT_NAME",
                     description = "The container's port on the new server's bridge (default: its current one)")
                     String portName) {
        String port = portName;
        if (port == null) {
            port = api().get(containerPath(container), "tenant", tenant()).path("portName").asText();
        }
        JsonNode moved = api().post(containerPath(container) + "/move",
                                    object().put("server", server).put("portName", port), "tenant", tenant());
        if (json()) {
            print(moved);
            return 0;
        }
        print(Views.containers(Views.items(moved), serverNames()));
        return 0;
    }

    private static String containerPath(String container) {
        return ApiClient.path("containers", container);
    }
}
