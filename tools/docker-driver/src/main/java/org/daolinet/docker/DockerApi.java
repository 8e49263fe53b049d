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
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.client.http.HttpClientTransportOverHTTP;
import org.eclipse.jetty.io.ClientConnector;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The local Docker daemon's API on its unix socket, through Jetty's HTTP client (the JDK's client
 * has no unix domain transport).
 */
public final class DockerApi implements DockerDaemon, AutoCloseable {

    private static final long TIMEOUT_SECONDS = 5;
    private static final int OK = 200;
    private static final int NOT_FOUND = 404;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path socket;
    private final HttpClient http;

    /**
     * Connects to a daemon.
     *
     * @param socket the daemon's unix socket (as dockerd -H unix://PATH)
     * @throws Exception if the HTTP client does not start
     */
    public DockerApi(Path socket) throws Exception {
        this.socket = socket;
        this.http = new HttpClient(new HttpClientTransportOverHTTP(ClientConnector.forUnixDomain(socket)));
        http.start();
    }

    @Override
    public JsonNode network(String id) {
        String path = "/networks/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        ContentResponse response;
        try {
            // the connector always dials the socket, but the client resolves the host first: localhost
            response = http.newRequest("http://localhost" + path).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).send();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriverException("interrupted while asking the Docker daemon for network " + id);
        } catch (TimeoutException | ExecutionException e) {
            throw new DriverException("cannot ask the Docker daemon at " + socket + " for network " + id + ": "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
        if (response.getStatus() == NOT_FOUND) {
            return null;
        }
        if (response.getStatus() != OK) {
            throw new DriverException("the Docker daemon answered " + response.getStatus() + " for network " + id
                    + ": " + response.getContentAsString().strip());
        }
        try {
            return MAPPER.readTree(response.getContentAsString());
        } catch (JsonProcessingException e) {
            throw new DriverException("the Docker daemon's answer for network " + id + " is not JSON", e);
        }
    }

    @Override
    public void close() throws Exception {
        http.stop();
    }
}
