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
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the driver asks of the DaoliNet application. Each call fails with an
 * {@link org.daolinet.client.ApiException} carrying the application's message.
 */
public interface Registry {

    /**
     * Creates a network, or finds it if it exists with identical settings (every server's Docker
     * creates the same network).
     *
     * @param tenant  tenant, or null for the default tenant
     * @param name    network name
     * @param cidr    subnet
     * @param gateway gateway IP
     * @return the network as the application has it (id, gatewayPort, gatewayMac, ...)
     */
    JsonNode createNetwork(String tenant, String name, String cidr, String gateway);

    /**
     * Counts the containers registered in a network.
     *
     * @param tenant  tenant
     * @param network network name
     * @param server  only those on this server, or null for all servers
     * @return number of containers; 0 if the network does not exist
     */
    int containerCount(String tenant, String network, String server);

    /**
     * Deletes a network that no container uses any more.
     *
     * @param tenant tenant
     * @param name   network name
     * @return true if deleted, false if it did not exist or still had containers
     */
    boolean deleteNetwork(String tenant, String name);

    /**
     * Registers a container (again: identical registrations are harmless).
     *
     * @param container container JSON as the REST API takes it
     */
    void registerContainer(ObjectNode container);

    /**
     * Returns a registered container.
     *
     * @param idOrName container id, or name in the tenant
     * @param tenant   tenant of a name, or null for the default tenant
     * @return the container as the REST API shows it (server = device id), or null if unknown
     */
    JsonNode container(String idOrName, String tenant);

    /**
     * Moves a registered container to another server and port; it keeps its id, addresses and VIP.
     *
     * @param id       container id
     * @param server   server name
     * @param portName its port on that server's bridge
     */
    void moveContainer(String id, String server, String portName);

    /**
     * Returns the device id of a registered server.
     *
     * @param server server name
     * @return device id (of:...)
     */
    String serverDeviceId(String server);

    /**
     * Deregisters a container.
     *
     * @param id container id
     * @return true if it was registered
     */
    boolean deregisterContainer(String id);
}
