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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.client.ApiException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Moves a Docker container to another server: re-creates it on the target server's Docker daemon
 * from its inspection on the old server (its Config and HostConfig: image, command, entrypoint, environment,
 * labels, volumes and mounts, published ports, restart policy, resources, ...) on the same network
 * with the same IP and MAC, starts it, and removes the old one only once the new one runs and
 * DaoliNet has moved the registration to it (the daolinet driver moves the registration of a
 * re-created container, so it keeps its id and VIP). If the new one does not run, it is removed and
 * the old one keeps (or gets back) its registration. The daemons are asked through their Engine API
 * (unversioned paths: each daemon speaks its own version).
 * <p>
 * Docker moves no data: a volume of the {@code local} driver would be re-created empty on the new
 * server. A container with such volumes is therefore not moved unless the caller accepts that
 * ({@code emptyVolumes}); volumes of other drivers (network storage) are the same volume on every
 * server and follow it, bind mounts name the new server's own paths.
 */
final class DockerMove {

    private static final int POLLS = 100;
    private static final long POLL_MILLIS = 100;

    /**
     * The Engine API of Docker daemons.
     */
    interface Docker {
        /**
         * Calls a daemon.
         *
         * @param host   the daemon (unix:///path or tcp://host:port)
         * @param method HTTP method
         * @param path   API path with its query, e.g. /containers/create?name=c1
         * @param body   JSON body, or null
         * @return the JSON answer, or null if it has none
         * @throws ApiException with the daemon's message if it refuses or cannot be asked
         */
        JsonNode call(String host, String method, String path, JsonNode body);
    }

    /**
     * What the move asks of DaoliNet.
     */
    interface Registrations {
        /**
         * Returns a registered container.
         *
         * @param id container id
         * @return container, or null if not registered
         */
        JsonNode container(String id);

        /**
         * Returns a server's device id.
         *
         * @param server server name
         * @return device id
         */
        String deviceId(String server);

        /**
         * Moves a registration.
         *
         * @param id       container id
         * @param server   server name
         * @param portName port on the server's bridge
         */
        void move(String id, String server, String portName);

        /**
         * Registers a container.
         *
         * @param container container JSON
         */
        void register(JsonNode container);
    }

    /** The volume driver whose data stays on the server that has it. */
    private static final String LOCAL_DRIVER = "local";
    /** Length of the name Docker gives an anonymous volume (hex digits). */
    private static final int ANONYMOUS_NAME_LENGTH = 64;

    private final Docker docker;
    private final Registrations registry;
    private final boolean emptyVolumes;

    /**
     * Creates a move.
     *
     * @param docker       the daemons
     * @param registry     DaoliNet
     * @param emptyVolumes whether to move a container whose local volumes would be re-created empty
     */
    DockerMove(Docker docker, Registrations registry, boolean emptyVolumes) {
        this.docker = docker;
        this.registry = registry;
        this.emptyVolumes = emptyVolumes;
    }

    /**
     * Moves a container.
     *
     * @param container the container as DaoliNet has it
     * @param from      its server's name
     * @param fromHost  that server's Docker daemon
     * @param to        the target server's name
     * @param toHost    that server's Docker daemon
     * @return the container as DaoliNet has it afterwards
     * @throws ApiException if the move failed (the container then runs where it ran)
     */
    JsonNode move(JsonNode container, String from, String fromHost, String to, String toHost) {
        String name = container.path("name").asText();
        String id = container.path("id").asText();
        JsonNode inspect;
        try {
            inspect = docker.call(fromHost, "GET", "/containers/" + encode(name) + "/json", null);
        } catch (ApiException e) {
            throw new ApiException(0, "Docker on " + from + ": " + e.getMessage());
        }
        String network = dockerNetwork(inspect, container, from);
        List<String> local = localVolumes(inspect);
        if (!local.isEmpty() && !emptyVolumes) {
            throw new ApiException(0, name + " stays on " + from + ": its local volumes (" + String.join(", ", local)
                    + ") would be re-created empty on " + to + " (Docker moves no data); copy their data "
                    + "first and move with --empty-volumes");
        }
        try {
            docker.call(toHost, "POST", "/containers/create?name=" + encode(name),
                        createBody(inspect, network, container.path("ip").asText(),
                                   container.path("mac").asText().toLowerCase(Locale.ROOT)));
        } catch (ApiException e) {
            throw new ApiException(0, "creating " + name + " on " + to + " failed, it stays on " + from + ": "
                    + e.getMessage());
        }
        String target = registry.deviceId(to);
        try {
            docker.call(toHost, "POST", "/containers/" + encode(name) + "/start", null);
            awaitMoved(toHost, name, id, target);
        } catch (ApiException e) {
            restore(container, from, toHost);
            throw new ApiException(0, "starting " + name + " on " + to + " failed, it stays on " + from + ": "
                    + e.getMessage());
        }
        docker.call(fromHost, "DELETE", "/containers/" + encode(name) + "?force=true", null);
        return registry.container(id);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * The container's volumes of the local driver, as "NAME at DESTINATION" (anonymous ones as
     * "anonymous at DESTINATION").
     *
     * @param inspect {@code GET /containers/{name}/json} of the container
     * @return volumes, in Docker's order
     */
    static List<String> localVolumes(JsonNode inspect) {
        List<String> local = new ArrayList<>();
        for (JsonNode mount : inspect.path("Mounts")) {
            String driver = mount.path("Driver").asText(LOCAL_DRIVER);
            if (!"volume".equals(mount.path("Type").asText()) || !(driver.isEmpty() || LOCAL_DRIVER.equals(driver))) {
                continue;
            }
            String volume = mount.path("Name").asText();
            boolean anonymous = volume.length() == ANONYMOUS_NAME_LENGTH && volume.matches("[0-9a-f]+");
            local.add((anonymous ? "anonymous" : volume) + " at " + mount.path("Destination").asText());
        }
        return local;
    }

    /**
     * The Docker network of the DaoliNet registration: the one where the container has its IP and MAC.
     */
    private static String dockerNetwork(JsonNode inspect, JsonNode container, String server) {
        for (Iterator<Map.Entry<String, JsonNode>> it = inspect.path("NetworkSettings").path("Networks").fields();
                it.hasNext();) {
            Map.Entry<String, JsonNode> network = it.next();
            if (network.getValue().path("IPAddress").asText().equals(container.path("ip").asText())
                    && network.getValue().path("MacAddress").asText()
                    .equalsIgnoreCase(container.path("mac").asText())) {
                return network.getKey();
            }
        }
        throw new ApiException(0, "container " + container.path("name").asText() + " on " + server
                + " has no Docker network with IP " + container.path("ip").asText() + " and MAC "
                + container.path("mac").asText());
    }

    /**
     * The body of {@code POST /containers/create} that makes the container again: its Config and
     * HostConfig as the old daemon reports them, on its DaoliNet network with its IP and MAC.
     *
     * @param inspect {@code GET /containers/{name}/json} of the container
     * @param network its Docker network
     * @param ip      its IP
     * @param mac     its MAC
     * @return request body
     */
    static ObjectNode createBody(JsonNode inspect, String network, String ip, String mac) {
        ObjectNode body = inspect.path("Config").isObject() ? ((ObjectNode) inspect.get("Config")).deepCopy()
                : Verb.object();
        // a host name Docker chose (the old id's prefix) is chosen anew
        if (inspect.path("Id").asText().startsWith(body.path("Hostname").asText("-"))) {
            body.remove("Hostname");
        }
        // the container-level MAC for daemons before API 1.44; the endpoint's for later ones
        body.put("MacAddress", mac);
        ObjectNode host = inspect.path("HostConfig").isObject() ? ((ObjectNode) inspect.get("HostConfig")).deepCopy()
                : Verb.object();
        host.put("NetworkMode", network);
        body.set("HostConfig", host);
        ObjectNode endpoint = body.putObject("NetworkingConfig").putObject("EndpointsConfig").putObject(network);
        endpoint.putObject("IPAMConfig").put("IPv4Address", ip);
        endpoint.put("MacAddress", mac);
        return body;
    }

    /**
     * Waits until the new container runs and its registration is on the target server.
     */
    private void awaitMoved(String toHost, String name, String id, String target) {
        for (int i = 0; i < POLLS; i++) {
            JsonNode now = registry.container(id);
            if (now != null && now.path("server").asText().equals(target)) {
                JsonNode state = docker.call(toHost, "GET", "/containers/" + encode(name) + "/json", null)
                        .path("State");
                if (state.path("Running").asBoolean()) {
                    return;
                }
                if (!state.path("Status").asText().equals("created")) {
                    throw new ApiException(0, "it is " + state.path("Status").asText() + " (exit code "
                            + state.path("ExitCode").asInt() + ")");
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(0, "interrupted");
            }
        }
        throw new ApiException(0, "it did not run with its registration moved within "
                + POLLS * POLL_MILLIS / 1000 + " s");
    }

    /**
     * Removes the new container and gives the old one its registration back.
     */
    private void restore(JsonNode original, String from, String toHost) {
        try {
            docker.call(toHost, "DELETE", "/containers/" + encode(original.path("name").asText()) + "?force=true",
                        null);
        } catch (ApiException e) {
            // gone already (it was created with AutoRemove); the registration is what matters
        }
        String id = original.path("id").asText();
        JsonNode now = registry.container(id);
        if (now == null) {
            ObjectNode again = original.deepCopy();
            again.remove(List.of("vip", "port"));
            registry.register(again);
        } else if (!now.path("server").asText().equals(original.path("server").asText())
                || !now.path("portName").asText().equals(original.path("portName").asText())) {
            registry.move(id, from, original.path("portName").asText());
        }
    }

    /**
     * The Engine API through curl, which speaks HTTP on unix sockets as well as on TCP.
     */
    static final class Curl implements Docker {
        private static final long TIMEOUT_SECONDS = 120;
        private static final String UNIX = "unix://";
        private static final String TCP = "tcp://";

        @Override
        public JsonNode call(String host, String method, String path, JsonNode body) {
            List<String> command = new ArrayList<>(List.of("curl", "-sS", "--max-time", String.valueOf(TIMEOUT_SECONDS),
                                                           "-X", method, "-w", "\n%{http_code}"));
            if (host.startsWith(UNIX)) {
                command.addAll(List.of("--unix-socket", host.substring(UNIX.length()), "http://docker" + path));
            } else if (host.startsWith(TCP)) {
                command.add("http://" + host.substring(TCP.length()) + path);
            } else {
                throw new ApiException(0, "'" + host + "' is no Docker daemon address "
                        + "(unix:///PATH or tcp://HOST:PORT)");
            }
            if (body != null) {
                command.addAll(List.of("-H", "Content-Type: application/json", "--data-binary", "@-"));
            }
            String out = run(command, body == null ? "" : body.toString());
            int split = out.lastIndexOf('\n');
            int status = Integer.parseInt(out.substring(split + 1).strip());
            String text = out.substring(0, split);
            JsonNode json = null;
            try {
                json = text.isBlank() ? null : Verb.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                json = null;
            }
            if (status >= 300) {
                String message = json != null && json.has("message") ? json.get("message").asText() : text.strip();
                throw new ApiException(0, message + " (HTTP " + status + ")");
            }
            return json;
        }

        private static String run(List<String> command, String input) {
            Process process;
            try {
                process = new ProcessBuilder(command).start();
            } catch (IOException e) {
                throw new ApiException(0, "cannot run curl: " + e.getMessage());
            }
            try {
                try (var stdin = process.getOutputStream()) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
                CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
                CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
                if (!process.waitFor(TIMEOUT_SECONDS + 5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new ApiException(0, "the Docker daemon did not answer within " + TIMEOUT_SECONDS + " s");
                }
                if (process.exitValue() != 0) {
                    throw new ApiException(0, "cannot reach the Docker daemon: " + err.get().strip());
                }
                return out.get();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new ApiException(0, "interrupted while asking the Docker daemon");
            } catch (IOException | ExecutionException e) {
                throw new ApiException(0, "asking the Docker daemon: " + e.getMessage());
            }
        }

        private static String read(InputStream stream) {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
