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
import org.onlab.packet.MacAddress;
import org.onosproject.event.ListenerService;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import java.util.Set;

/**
 * Reads the registered containers. The single-container lookups are constant-time reads of local
 * indexes, fit for the PacketIn path.
 */
public interface ContainerService extends ListenerService<ContainerEvent, ContainerListener> {

    /**
     * Returns all containers.
     *
     * @return immutable set of containers
     */
    Set<Container> containers();

    /**
     * Returns the containers attached to a network.
     *
     * @param network network key
     * @return immutable set of containers
     */
    Set<Container> containers(NetworkKey network);

    /**
     * Returns the containers hosted by a server.
     *
     * @param server device id of the server's bridge
     * @return immutable set of containers
     */
    Set<Container> containersOn(DeviceId server);

    /**
     * Returns a container by id.
     *
     * @param id container id
     * @return container or null
     */
    Container container(String id);

    /**
     * Returns a container by name within a tenant.
     *
     * @param tenant tenant
     * @param name   container name
     * @return container or null
     */
    Container containerByName(String tenant, String name);

    /**
     * Returns the container of a tenant holding an IP address.
     *
     * @param tenant tenant
     * @param ip     container IP
     * @return container or null
     */
    Container containerByIp(String tenant, IpAddress ip);

    /**
     * Returns the container holding a VIP.
     *
     * @param vip VIP
     * @return container or null
     */
    Container containerByVip(IpAddress vip);

    /**
     * Returns the container holding a MAC address.
     *
     * @param mac MAC address
     * @return container or null
     */
    Container containerByMac(MacAddress mac);

    /**
     * Returns the container bound to a bridge port.
     *
     * @param port device and port number
     * @return container or null
     */
    Container containerByPort(ConnectPoint port);

    /**
     * Returns the port number of a container's port, once the bridge has reported it.
     *
     * @param id container id
     * @return port number or null
     */
    PortNumber portNumber(String id);

    /**
     * Returns the version of this node's view of the containers and their port bindings: a number
     * that grows whenever a container is added, changed, moved or removed, or a container's port
     * number changes. Whatever a reader derived from containers and port numbers it looked up after
     * reading version v is still current while the version reads v, so it need not look them up
     * again to know.
     *
     * @return version
     */
    long version();

    /**
     * Resolves a container from its id, or from its name within a tenant.
     *
     * @param tenant   tenant of a name
     * @param idOrName container id or name
     * @return container or null
     */
    default Container resolve(String tenant, String idOrName) {
        Container byId = container(idOrName);
        return byId != null ? byId
                : containerByName(tenant == null ? NetworkKey.DEFAULT_TENANT : tenant, idOrName);
    }
}
