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
import org.onosproject.net.DeviceId;
import org.onosproject.store.Store;

import java.util.Set;

/**
 * Cluster-wide state of the containers. Uniqueness of ids, names (per tenant), IPs (per tenant),
 * MACs and ports (per server) holds across the cluster. Reads come from local indexes kept up to
 * date from the replicated map's events, and never block.
 */
public interface ContainerStore extends Store<ContainerEvent, ContainerStoreDelegate> {

    /**
     * Stores a new container.
     *
     * @param container container
     * @return stored container
     * @throws DaoliNetException CONFLICT if its id, name, IP, MAC or port is taken
     */
    Container createContainer(Container container);

    /**
     * Replaces a stored container (same id), e.g. to re-bind it to another server.
     *
     * @param container new state
     * @return previous state
     * @throws DaoliNetException NOT_FOUND if not stored, CONFLICT if a new name, IP, MAC or port is taken
     */
    Container updateContainer(Container container);

    /**
     * Removes a container.
     *
     * @param id container id
     * @return removed container or null
     */
    Container removeContainer(String id);

    /**
     * Returns a container.
     *
     * @param id container id
     * @return container or null
     */
    Container container(String id);

    /**
     * Returns the version of this node's view of the containers: a number that grows whenever a
     * container is added, changed or removed here, including changes made on other nodes once this
     * node has them. Whatever a reader derived from containers it looked up after reading version v is
     * still current while the version reads v.
     *
     * @return version
     */
    long version();

    /**
     * Returns a container by tenant and name.
     *
     * @param tenant tenant
     * @param name   name
     * @return container or null
     */
    Container containerByName(String tenant, String name);

    /**
     * Returns a container by tenant and IP.
     *
     * @param tenant tenant
     * @param ip     IP
     * @return container or null
     */
    Container containerByIp(String tenant, IpAddress ip);

    /**
     * Returns a container by VIP.
     *
     * @param vip VIP
     * @return container or null
     */
    Container containerByVip(IpAddress vip);

    /**
     * Returns a container by MAC.
     *
     * @param mac MAC
     * @return container or null
     */
    Container containerByMac(MacAddress mac);

    /**
     * Returns the container bound to a named port of a server.
     *
     * @param server   device id
     * @param portName port name
     * @return container or null
     */
    Container containerByPortName(DeviceId server, String portName);

    /**
     * Returns all containers.
     *
     * @return immutable set
     */
    Set<Container> containers();

    /**
     * Returns the containers of a network.
     *
     * @param network network key
     * @return immutable set
     */
    Set<Container> containers(NetworkKey network);

    /**
     * Returns the containers of a server.
     *
     * @param server device id
     * @return immutable set
     */
    Set<Container> containersOn(DeviceId server);
}
