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
import org.onosproject.net.DeviceId;
import org.onosproject.store.Store;

import java.util.Set;

/**
 * Cluster-wide state of the servers. Reads come from local indexes and never block.
 */
public interface ServerStore extends Store<ServerEvent, ServerStoreDelegate> {

    /**
     * Stores a new server; returns the existing one if an identical server is stored.
     *
     * @param server server
     * @return stored server
     * @throws DaoliNetException CONFLICT if the device, name or IP is held by another server
     */
    Server createServer(Server server);

    /**
     * Removes a server.
     *
     * @param deviceId device id
     * @return removed server or null
     */
    Server removeServer(DeviceId deviceId);

    /**
     * Returns a server.
     *
     * @param deviceId device id
     * @return server or null
     */
    Server server(DeviceId deviceId);

    /**
     * Returns the version of this node's view of the servers: a number that grows whenever a server
     * is registered, re-registered or removed here, including changes made on other nodes once this
     * node has them. Whatever a reader derived from servers it looked up after reading version v is
     * still current while the version reads v.
     *
     * @return version
     */
    long version();

    /**
     * Returns a server by name.
     *
     * @param name name
     * @return server or null
     */
    Server serverByName(String name);

    /**
     * Returns a server by IP.
     *
     * @param ip IP
     * @return server or null
     */
    Server serverByIp(IpAddress ip);

    /**
     * Returns all servers.
     *
     * @return immutable set
     */
    Set<Server> servers();
}
