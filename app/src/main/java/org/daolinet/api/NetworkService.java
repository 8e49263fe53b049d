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
import org.onosproject.event.ListenerService;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import java.util.Set;

/**
 * Reads the container networks.
 */
public interface NetworkService extends ListenerService<NetworkEvent, NetworkListener> {

    /**
     * Returns all networks.
     *
     * @return immutable set of networks
     */
    Set<Network> networks();

    /**
     * Returns a network.
     *
     * @param key tenant and name
     * @return network or null
     */
    Network network(NetworkKey key);

    /**
     * Returns a network by its number.
     *
     * @param id network number
     * @return network or null
     */
    Network networkById(int id);

    /**
     * Returns the network of a tenant whose subnet holds an address. Constant time: the networks
     * of one tenant never overlap, so at most one matches.
     *
     * @param tenant tenant
     * @param ip     address
     * @return network or null
     */
    Network networkOf(String tenant, IpAddress ip);

    /**
     * Returns the port number of a network's gateway port on a server, once the bridge reported it.
     *
     * @param server    device id of the server's bridge
     * @param networkId network number
     * @return port number or null
     */
    PortNumber gatewayPort(DeviceId server, int networkId);

    /**
     * Returns the network whose gateway port a bridge port is.
     *
     * @param port device and port number
     * @return network or null if the port is no gateway port
     */
    Network networkOfGatewayPort(ConnectPoint port);
}
