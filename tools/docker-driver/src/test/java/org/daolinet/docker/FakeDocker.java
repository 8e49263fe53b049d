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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;

/**
 * The local Docker daemon's networks, as {@code GET /networks/{id}} shows them.
 */
final class FakeDocker implements DockerDaemon {

    final Map<String, ObjectNode> networks = new HashMap<>();
    private boolean down;

    /** The daemon stores a network (Docker does so after the driver created it). */
    ObjectNode addNetwork(String id, String name, String subnet, String gateway) {
        ObjectNode network = JsonNodeFactory.instance.objectNode().put("Name", name).put("Id", id)
                .put("Driver", "daolinet");
        network.putObject("IPAM").putArray("Config").addObject().put("Subnet", subnet).put("Gateway", gateway);
        network.putObject("Options");
        network.putObject("Containers");
        networks.put(id, network);
        return network;
    }

    /** The daemon lists an endpoint of a container in a network (libnetwork stores it before Join). */
    void addEndpoint(String networkId, String containerName, String endpointId) {
        ((ObjectNode) networks.get(networkId).get("Containers")).putObject("ep-" + endpointId)
                .put("Name", containerName).put("EndpointID", endpointId);
    }

    void setDown(boolean unreachable) {
        down = unreachable;
    }

    @Override
    public JsonNode network(String id) {
        if (down) {
            throw new DriverException("cannot ask the Docker daemon at /var/run/docker.sock: connection refused");
        }
        return networks.get(id);
    }
}
