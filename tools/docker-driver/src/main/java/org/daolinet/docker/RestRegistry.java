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
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.client.ApiClient;
import org.daolinet.client.ApiException;

/**
 * The DaoliNet application through its REST API, with the client daolictl uses.
 */
public final class RestRegistry implements Registry {

    private static final int CONFLICT = 409;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ApiClient api;

    /**
     * Creates the registry.
     *
     * @param api REST client
     */
    public RestRegistry(ApiClient api) {
        this.api = api;
    }

    @Override
    public JsonNode createNetwork(String tenant, String name, String cidr, String gateway) {
        ObjectNode body = MAPPER.createObjectNode();
        if (tenant != null) {
            body.put("tenant", tenant);
        }
        body.put("name", name).put("cidr", cidr).put("gateway", gateway);
        return api.post("networks", body);
    }

    @Override
    public int containerCount(String tenant, String network, String server) {
        try {
            return api.get("containers", "network", network, "tenant", tenant, "server", server)
                    .path("containers").size();
        } catch (ApiException e) {
            if (e.status() == ApiClient.NOT_FOUND) {
                return 0;
            }
            throw e;
        }
    }

    @Override
    public boolean deleteNetwork(String tenant, String name) {
        try {
            api.delete(ApiClient.path("networks", tenant, name));
            return true;
        } catch (ApiException e) {
            if (e.status() == ApiClient.NOT_FOUND || e.status() == CONFLICT) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void registerContainer(ObjectNode container) {
        api.post("containers", container);
    }

    @Override
    public JsonNode container(String idOrName, String tenant) {
        try {
            return api.get(ApiClient.path("containers", idOrName), "tenant", tenant);
        } catch (ApiException e) {
            if (e.status() == ApiClient.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public void moveContainer(String id, String server, String portName) {
        api.post(ApiClient.path("containers", id) + "/move",
                 MAPPER.createObjectNode().put("server", server).put("portName", portName));
    }

    @Override
    public String serverDeviceId(String server) {
        return api.get(ApiClient.path("servers", server)).path("deviceId").asText();
    }

    @Override
    public boolean deregisterContainer(String id) {
        try {
            api.delete(ApiClient.path("containers", id));
            return true;
        } catch (ApiException e) {
            if (e.status() == ApiClient.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }
}
