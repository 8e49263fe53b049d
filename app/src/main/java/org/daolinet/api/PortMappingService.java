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

import org.onosproject.event.ListenerService;
import org.onosproject.net.DeviceId;

import java.util.Set;

/**
 * Reads the port mappings (published container ports).
 */
public interface PortMappingService extends ListenerService<PortMappingEvent, PortMappingListener> {

    /**
     * Returns all mappings.
     *
     * @return immutable set
     */
    Set<PortMapping> mappings();

    /**
     * Returns a mapping by name.
     *
     * @param name name
     * @return mapping or null
     */
    PortMapping mapping(String name);

    /**
     * Returns the mapping of a published port; constant time, for the PacketIn path.
     *
     * @param server     publishing server
     * @param protocol   IP protocol number
     * @param serverPort published port
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
}
