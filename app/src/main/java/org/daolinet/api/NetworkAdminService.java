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
package org.daolinet.api;

/**
 * Creates and deletes container networks.
 */
public interface NetworkAdminService extends NetworkService {

    /**
     * Creates a network. Creating a network again with identical tenant, name, subnet and gateway
     * returns the existing one, so that the same Docker network can be created on every server.
     *
     * @param network network (its number is ignored and assigned here)
     * @return the created network, with its number
     * @throws DaoliNetException CONFLICT if the name is taken with other settings or the subnet
     *                           overlaps another network of the tenant
     */
    Network createNetwork(Network network);

    /**
     * Deletes a network.
     *
     * @param key tenant and name
     * @return the deleted network
     * @throws DaoliNetException NOT_FOUND if unknown, CONFLICT if containers are still attached
     */
    Network removeNetwork(NetworkKey key);
}
