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
import org.daolinet.client.ApiException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DaoliNet application as the driver sees it, in memory, with the REST API's rules: networks
 * are created again harmlessly with identical settings and conflict otherwise, containers are
 * registered again harmlessly and conflict on a taken name or IP, they move keeping their id, a
 * network with containers is not deleted. Calls can be made to fail.
 */
final class FakeRegistry implements Registry {

    private static final String DEFAULT = "default";

    final Map<String, ObjectNode> networks = new LinkedHashMap<>();
    final Map<String, ObjectNode> containers = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    private ApiException failure;
    private String failing;

    /** Makes the calls of one kind (createNetwork, registerContainer, ...) fail with this exception. */
    FakeRegistry failOn(String call, ApiException e) {
        failing = call;
        failure = e;
        return this;
    }

    void heal() {
        failing = null;
    }

    private void call(String name) {
        calls.add(name);
        if (name.equals(failing)) {
            throw failure;
        }
    }

    static ApiException unreachable() {
        return new ApiException(0, "cannot reach the DaoliNet server at http://127.0.0.1:8181: connection refused");
    }

    @Override
    public JsonNode createNetwork(String tenant, String name, String cidr, String gateway) {
        call("createNetwork");
        String t = tenant == null ? DEFAULT : tenant;
        ObjectNode known = networks.get(t + "/" + name);
        if (known != null) {
            if (!known.path("cidr").asText().equals(cidr) || !known.path("gateway").asText().equals(gateway)) {
                throw new ApiException(409, "name: network " + t + "/" + name + " already exists with subnet "
                        + known.path("cidr").asText());
            }
            return known;
        }
        int id = networks.size() + 1;
        ObjectNode network = JsonNodeFactory.instance.objectNode().put("tenant", t).put("name", name)
                .put("cidr", cidr).put("gateway", gateway).put("id", id)
                .put("gatewayMac", String.format("02:DA:01:00:00:%02X", id)).put("gatewayPort", "dlgw" + id);
        networks.put(t + "/" + name, network);
        return network;
    }

    /** The device id of a server, as the application would have it registered. */
    static String deviceOf(String server) {
        return String.format("of:%016x", server.hashCode());
    }

    @Override
    public int containerCount(String tenant, String network, String server) {
        call("containerCount");
        return (int) containers.values().stream()
                .filter(c -> c.path("tenant").asText().equals(tenant) && c.path("network").asText().equals(network))
                .filter(c -> server == null || c.path("server").asText().equals(deviceOf(server)))
                .count();
    }

    @Override
    public boolean deleteNetwork(String tenant, String name) {
        call("deleteNetwork");
        if (containerCount(tenant, name, null) > 0) {
            return false;
        }
        return networks.remove(tenant + "/" + name) != null;
    }

    @Override
    public void registerContainer(ObjectNode container) {
        call("registerContainer");
        ObjectNode stored = container.deepCopy().put("server", deviceOf(container.path("server").asText()));
        String id = stored.path("id").asText();
        ObjectNode known = containers.get(id);
        if (known != null) {
            if (!known.equals(stored)) {
                throw new ApiException(409, "id: container " + id + " is already registered");
            }
            return;
        }
        if (!networks.containsKey(stored.path("tenant").asText() + "/" + stored.path("network").asText())) {
            throw new ApiException(404, "network: network does not exist");
        }
        for (ObjectNode other : containers.values()) {
            if (other.path("tenant").asText().equals(stored.path("tenant").asText())
                    && other.path("name").asText().equals(stored.path("name").asText())) {
                throw new ApiException(409, "name: container " + stored.path("name").asText() + " exists");
            }
            if (other.path("network").asText().equals(stored.path("network").asText())
                    && other.path("ip").asText().equals(stored.path("ip").asText())) {
                throw new ApiException(409, "ip: " + stored.path("ip").asText() + " is already used");
            }
        }
        containers.put(id, stored);
    }

    @Override
    public JsonNode container(String idOrName, String tenant) {
        call("container");
        ObjectNode byId = containers.get(idOrName);
        if (byId != null) {
            return byId;
        }
        String t = tenant == null ? DEFAULT : tenant;
        return containers.values().stream()
                .filter(c -> c.path("name").asText().equals(idOrName) && c.path("tenant").asText().equals(t))
                .findFirst().orElse(null);
    }

    @Override
    public void moveContainer(String id, String server, String portName) {
        call("moveContainer");
        ObjectNode known = containers.get(id);
        if (known == null) {
            throw new ApiException(404, "id: container " + id + " is not registered");
        }
        known.put("server", deviceOf(server)).put("portName", portName);
    }

    @Override
    public String serverDeviceId(String server) {
        call("serverDeviceId");
        return deviceOf(server);
    }

    @Override
    public boolean deregisterContainer(String id) {
        call("deregisterContainer");
        return containers.remove(id) != null;
    }
}
