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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The driver's networks and endpoints, kept in memory and in a state directory (one JSON file per
 * record, replaced atomically), so that a restarted driver still knows what to remove when Docker
 * deletes an endpoint or network it created before.
 */
public final class DriverState {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = ".json";

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final Path networkDir;
    private final Path endpointDir;
    private final Map<String, NetworkRecord> networks = new LinkedHashMap<>();
    private final Map<String, EndpointRecord> endpoints = new LinkedHashMap<>();

    /**
     * Opens the state in a directory, creating it if needed, and reads what it holds.
     *
     * @param dir state directory
     * @throws IOException if it cannot be created or read
     */
    public DriverState(Path dir) throws IOException {
        networkDir = dir.resolve("networks");
        endpointDir = dir.resolve("endpoints");
        Files.createDirectories(networkDir);
        Files.createDirectories(endpointDir);
        load(networkDir, NetworkRecord::fromJson).forEach(n -> networks.put(n.dockerId(), n));
        load(endpointDir, EndpointRecord::fromJson).forEach(e -> endpoints.put(e.endpointId(), e));
    }

    /**
     * Returns a network.
     *
     * @param dockerId Docker network id
     * @return record, or null
     */
    public NetworkRecord network(String dockerId) {
        return networks.get(dockerId);
    }

    /**
     * Returns every network.
     *
     * @return records
     */
    public Collection<NetworkRecord> networks() {
        return List.copyOf(networks.values());
    }

    /**
     * Stores a network.
     *
     * @param network record
     */
    public void put(NetworkRecord network) {
        write(networkDir, network.dockerId(), network.toJson());
        networks.put(network.dockerId(), network);
    }

    /**
     * Forgets a network.
     *
     * @param dockerId Docker network id
     */
    public void removeNetwork(String dockerId) {
        delete(networkDir, dockerId);
        networks.remove(dockerId);
    }

    /**
     * Returns an endpoint.
     *
     * @param endpointId Docker endpoint id
     * @return record, or null
     */
    public EndpointRecord endpoint(String endpointId) {
        return endpoints.get(endpointId);
    }

    /**
     * Returns every endpoint.
     *
     * @return records
     */
    public Collection<EndpointRecord> endpoints() {
        return List.copyOf(endpoints.values());
    }

    /**
     * Stores an endpoint.
     *
     * @param endpoint record
     */
    public void put(EndpointRecord endpoint) {
        write(endpointDir, endpoint.endpointId(), endpoint.toJson());
        endpoints.put(endpoint.endpointId(), endpoint);
    }

    /**
     * Forgets an endpoint.
     *
     * @param endpointId Docker endpoint id
     */
    public void removeEndpoint(String endpointId) {
        delete(endpointDir, endpointId);
        endpoints.remove(endpointId);
    }

    private void write(Path dir, String id, JsonNode json) {
        Path file = dir.resolve(fileName(id));
        Path tmp = dir.resolve(fileName(id) + ".tmp");
        try {
            Files.write(tmp, MAPPER.writeValueAsBytes(json));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DriverException("cannot write the driver's state " + file + ": " + e.getMessage(), e);
        }
    }

    private void delete(Path dir, String id) {
        try {
            Files.deleteIfExists(dir.resolve(fileName(id)));
        } catch (IOException e) {
            throw new DriverException("cannot remove the driver's state of " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Docker's ids are hex; anything else (a hostile id) must not become a path.
     */
    private static String fileName(String id) {
        if (!id.matches("[A-Za-z0-9_.-]{1,128}") || id.startsWith(".")) {
            throw new DriverException("'" + id + "' is not a Docker id");
        }
        return id + JSON;
    }

    private <T> List<T> load(Path dir, Function<JsonNode, T> decoder) throws IOException {
        List<T> records = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + JSON)) {
            for (Path file : files) {
                try {
                    records.add(decoder.apply(MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8))));
                } catch (IOException e) {
                    log.warn("Ignoring the unreadable state file {}: {}", file, e.getMessage());
                }
            }
        }
        return records;
    }
}
