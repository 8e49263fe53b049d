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

import org.onosproject.net.DeviceId;
import org.onosproject.store.Store;

import java.util.Set;

/**
 * Cluster-wide state of the port mappings; a server's port is held by one mapping across the
 * cluster. Reads are local.
 */
public interface PortMappingStore extends Store<PortMappingEvent, PortMappingStoreDelegate> {

    /**
     * Stores a new mapping.
     *
     * @param mapping mapping
     * @throws DaoliNetException CONFLICT if the name or the server's port is taken
     */
    void createMapping(PortMapping mapping);

    /**
     * Removes a mapping.
     *
     * @param name name
     * @return removed mapping or null
     */
    PortMapping removeMapping(String name);

    /**
     * Returns a mapping.
     *
     * @param name name
     * @return mapping or null
     */
    PortMapping mapping(String name);

    /**
     * Returns the mapping of a server port.
     *
     * @param server     server
     * @param protocol   IP protocol number
     * @param serverPort port
     * @return mapping or null
     */
    PortMapping mappingAt(DeviceId server, int protocol, int serverPort);

    /**
     * Returns the mappings of a container.
     *
     * @param containerId container id
     * @return immutable set
     */
    Set<PortMapping> mappingsOf(String containerId);

    /**
     * Returns all mappings.
     *
     * @return immutable set
     */
    Set<PortMapping> mappings();
}
