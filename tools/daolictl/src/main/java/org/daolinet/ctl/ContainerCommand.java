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
import org.daolinet.client.ApiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code container list|shownet|move}: the registered containers, the network one is on, and
 * moving one to another server.
 */
@Command(name = "container", description = "Containers attached to DaoliNet networks")
final class ContainerCommand extends Verb {

    /** Environment variable naming the servers' Docker daemons: SERVER=HOST,... */
    static final String DOCKER_VARIABLE = "DAOLI_DOCKER";

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

    @Command(name = "move", description = {"Moves a container to another server or bridge port; it keeps its "
            + "addresses and VIP, its routes are removed at once.",
            "With the two servers' Docker daemons (--docker or $DAOLI_DOCKER), a Docker container is re-created "
            + "on the new server (network, IP, MAC, image, command, environment, labels, volumes, ports, restart "
            + "policy, resources) and the old one removed once the new one runs; else the old one stays. "
            + "Docker moves no data: a container with volumes of the local driver stays unless --empty-volumes "
            + "accepts that they are re-created empty."})
    int move(@Parameters(paramLabel = "CONTAINER", description = "Container id, or name in the tenant")
                     String container,
             @Option(names = {"-s", "--server", "--node"}, required = true, paramLabel = "SERVER",
                     description = "New server (name or device id)") String server,
             @Option(names = "--port-name", paramLabel = "PORT_NAME",
                     description = "The container's port on the new server's bridge (default: its current one)")
                     String portName,
             @Option(names = "--docker", paramLabel = "SERVER=HOST", description = "A server's Docker daemon "
                     + "(unix:///PATH or tcp://HOST:PORT), given for both servers") Map<String, String> docker,
             @Option(names = "--empty-volumes", description = "Move a Docker container even though its volumes "
                     + "of the local driver are re-created empty on the new server (their data stays on the old "
                     + "one)") boolean emptyVolumes) {
        JsonNode found = api().get(containerPath(container), "tenant", tenant());
        Map<String, String> daemons = dockerDaemons(docker);
        JsonNode moved;
        if (daemons.isEmpty()) {
            String port = portName != null ? portName : found.path("portName").asText();
            moved = api().post(containerPath(container) + "/move",
                               object().put("server", server).put("portName", port), "tenant", tenant());
        } else {
            if (portName != null) {
                throw new ParameterException(spec.commandLine(), "--port-name: the new server's driver names "
                        + "the port of a Docker container");
            }
            Map<String, String> names = serverNames();
            String from = names.get(found.path("server").asText());
            String to = api().get(ApiClient.path("servers", server)).path("name").asText();
            moved = new DockerMove(new DockerMove.Curl(), registrations(), emptyVolumes)
                    .move(found, from, daemon(daemons, from), to, daemon(daemons, to));
        }
        if (json()) {
            print(moved);
            return 0;
        }
        print(Views.containers(Views.items(moved), serverNames()));
        return 0;
    }

    /**
     * The servers' Docker daemons: the --docker options, else $DAOLI_DOCKER (SERVER=HOST,...).
     */
    private Map<String, String> dockerDaemons(Map<String, String> option) {
        Map<String, String> daemons = new HashMap<>();
        if (option != null) {
            daemons.putAll(option);
        } else if (environment(DOCKER_VARIABLE) != null) {
            for (String entry : environment(DOCKER_VARIABLE).split(",")) {
                int eq = entry.indexOf('=');
                if (eq <= 0) {
                    throw new ParameterException(spec.commandLine(), DOCKER_VARIABLE + ": '" + entry
                            + "' is not SERVER=HOST");
                }
                daemons.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
            }
        }
        return daemons;
    }

    private String daemon(Map<String, String> daemons, String server) {
        String host = daemons.get(server);
        if (host == null) {
            throw new ParameterException(spec.commandLine(), "--docker: no Docker daemon given for server " + server);
        }
        return host;
    }

    private DockerMove.Registrations registrations() {
        return new DockerMove.Registrations() {
            @Override
            public JsonNode container(String id) {
                try {
                    return api().get(containerPath(id));
                } catch (ApiException e) {
                    if (e.status() == ApiClient.NOT_FOUND) {
                        return null;
                    }
                    throw e;
                }
            }

            @Override
            public String deviceId(String name) {
                return api().get(ApiClient.path("servers", name)).path("deviceId").asText();
            }

            @Override
            public void move(String id, String name, String port) {
                api().post(containerPath(id) + "/move", object().put("server", name).put("portName", port));
            }

            @Override
            public void register(JsonNode json) {
                api().post("containers", json);
            }
        };
    }

    private static String containerPath(String container) {
        return ApiClient.path("containers", container);
    }
}
