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

import org.onlab.packet.IpAddress;
import org.onosproject.store.Store;

import java.util.Set;

/**
 * Cluster-wide state of the networks. Reads come from local indexes and never block.
 */
public interface NetworkStore extends Store<NetworkEvent, NetworkStoreDelegate> {

    /**
     * Stores a new network with a fresh cluster-wide number; returns the existing one if a network
     * with the same tenant, name, subnet and gateway is stored.
     *
     * @param network network
     * @return stored network
     * @throws DaoliNetException CONFLICT if the name is taken with other settings or the subnet
     *                           overlaps another network of the tenant
     */
    Network createNetwork(Network network);

    /**
     * Removes a network.
     *
     * @param key network key
     * @return removed network or null
     */
    Network removeNetwork(NetworkKey key);

    /**
     * Returns a network.
     *
     * @param key network key
     * @return network or null
     */
    Network network(NetworkKey key);

    /**
     * Returns a network by number.
     *
     * @param id number
     * @return network or null
     */
    Network networkById(int id);

    /**
     * Returns the network of a tenant holding an address.
     *
     * @param tenant tenant
     * @param ip     address
     * @return network or null
     */
    Network networkOf(String tenant, IpAddress ip);

    /**
     * Returns all networks.
     *
     * @return immutable set
     */
    Set<Network> networks();
}
