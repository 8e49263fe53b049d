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

/**
 * Registers and removes containers.
 */
public interface ContainerAdminService extends ContainerService {

    /**
     * Registers a container and allocates its VIP. Registering a container again with identical
     * fields returns the existing registration, so that Docker driver retries are harmless.
     *
     * @param container container (its VIP is ignored and allocated here)
     * @return the registered container, with its VIP
     * @throws DaoliNetException INVALID if its IP is outside its network or is the gateway,
     *                           NOT_FOUND if its network or server is unknown,
     *                           CONFLICT if its id, name, IP, MAC or port is taken
     */
    Container addContainer(Container container);

    /**
     * Removes a container and releases its VIP.
     *
     * @param id container id
     * @return the removed container
     * @throws DaoliNetException NOT_FOUND if unknown
     */
    Container removeContainer(String id);

    /**
     * Moves a container to another server and/or bridge port, keeping its tenant, network, IP, MAC
     * and VIP. Every installed route of the container is revoked on every server at once; the next
     * packet from either side sets the route up to the new location.
     *
     * @param id       container id
     * @param server   device id of the new server
     * @param portName name of the container's port on the new server's bridge
     * @return the container at its new location
     * @throws DaoliNetException NOT_FOUND if the container or server is unknown, CONFLICT if the port
     *                           is taken, INVALID if the port name is malformed
     */
    Container moveContainer(String id, DeviceId server, String portName);
}
