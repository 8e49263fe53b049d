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
package org.daolinet.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * The plugin's HTTP server on a unix domain socket, where Docker finds it
 * ({@code /run/docker/plugins/daolinet.sock}, or a spec file naming the socket): POSTs of
 * libnetwork's calls with JSON bodies, JSON answers; a refusal is HTTP 500 with {"Err": message},
 * as libnetwork's remote driver protocol has it.
 */
public final class PluginServer implements AutoCloseable {

    /** The media type of Docker's plugin protocol. */
    static final String PLUGIN_JSON = "application/vnd.docker.plugins.v1.2+json";
    private static final int OK = 200;
    private static final int NOT_FOUND = 404;
    private static final int FAILED = 500;
    private static final int MAX_THREADS = 16;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final Path socket;
    private final Map<String, Function<JsonNode, ObjectNode>> calls;
    private final Server server;

    /**
     * Creates the server of a driver.
     *
     * @param socket path of the unix socket to listen on
     * @param driver the driver that answers
     */
    public PluginServer(Path socket, NetworkDriver driver) {
        this.socket = socket;
        this.calls = Map.ofEntries(
                Map.entry("/Plugin.Activate", r -> driver.activate()),
                Map.entry("/NetworkDriver.GetCapabilities", r -> driver.capabilities()),
                Map.entry("/NetworkDriver.CreateNetwork", driver::createNetwork),
                Map.entry("/NetworkDriver.DeleteNetwork", driver::deleteNetwork),
                Map.entry("/NetworkDriver.CreateEndpoint", driver::createEndpoint),
                Map.entry("/NetworkDriver.EndpointOperInfo", driver::endpointInfo),
                Map.entry("/NetworkDriver.DeleteEndpoint", driver::deleteEndpoint),
                Map.entry("/NetworkDriver.Join", driver::join),
                Map.entry("/NetworkDriver.Leave", driver::leave),
                Map.entry("/NetworkDriver.DiscoverNew", r -> driver.nothingToDo()),
                Map.entry("/NetworkDriver.DiscoverDelete", r -> driver.nothingToDo()),
                Map.entry("/NetworkDriver.ProgramExternalConnectivity", r -> driver.nothingToDo()),
                Map.entry("/NetworkDriver.RevokeExternalConnectivity", r -> driver.nothingToDo()));
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS);
        threads.setName("daolinet-plugin");
        this.server = new Server(threads);
        UnixDomainServerConnector connector = new UnixDomainServerConnector(server);
        connector.setUnixDomainPath(socket);
        server.addConnector(connector);
        server.setHandler(new CallHandler());
    }

    /**
     * Starts listening; a socket file left by a driver that died is replaced.
     *
     * @throws Exception if the socket cannot be bound
     */
    public void start() throws Exception {
        Files.createDirectories(socket.toAbsolutePath().getParent());
        Files.deleteIfExists(socket);
        server.start();
        log.info("Listening on {}", socket);
    }

    /**
     * Blocks until the server stops.
     *
     * @throws InterruptedException if interrupted
     */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
        Files.deleteIfExists(socket);
    }

    /**
     * Answers one call.
     *
     * @param path request path, e.g. /NetworkDriver.Join
     * @param body request body
     * @return HTTP status and JSON answer
     */
    Answer answer(String path, String body) {
        Function<JsonNode, ObjectNode> call = calls.get(path);
        if (call == null) {
            return new Answer(NOT_FOUND, error("daolinet does not implement " + path));
        }
        try {
            JsonNode request = body == null || body.isBlank() ? JsonNodeFactory.instance.objectNode()
                    : MAPPER.readTree(body);
            return new Answer(OK, call.apply(request));
        } catch (JsonProcessingException e) {
            return new Answer(FAILED, error("the request to " + path + " is not JSON: " + e.getOriginalMessage()));
        } catch (DriverException e) {
            log.warn("{} refused: {}", path, e.getMessage());
            return new Answer(FAILED, error(e.getMessage()));
        } catch (RuntimeException e) {
            log.error("{} failed", path, e);
            return new Answer(FAILED, error(path + " failed: " + e));
        }
    }

    private static ObjectNode error(String message) {
        return JsonNodeFactory.instance.objectNode().put("Err", "daolinet: " + message);
    }

    /**
     * An HTTP status and a JSON body.
     */
    static final class Answer {
        private final int status;
        private final ObjectNode body;

        Answer(int status, ObjectNode body) {
            this.status = status;
            this.body = body;
        }

        int status() {
            return status;
        }

        ObjectNode body() {
            return body;
        }
    }

    private final class CallHandler extends AbstractHandler {
        @Override
        public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Answer answer = answer(target, body);
            byte[] json = answer.body().toString().getBytes(StandardCharsets.UTF_8);
            response.setStatus(answer.status());
            response.setContentType(PLUGIN_JSON);
            response.setContentLength(json.length);
            response.getOutputStream().write(json);
            base.setHandled(true);
        }
    }
}
