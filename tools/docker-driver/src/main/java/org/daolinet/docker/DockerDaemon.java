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

/**
 * What the driver asks of the local Docker daemon: libnetwork tells a driver ids only, the
 * daemon knows the networks' and containers' names.
 */
public interface DockerDaemon {

    /**
     * Returns a network as {@code GET /networks/{id}} shows it: Name, IPAM, Options and the
     * Containers with their EndpointID and Name.
     *
     * @param id Docker network id
     * @return the network, or null if the daemon does not know it (yet)
     * @throws DriverException if the daemon cannot be asked
     */
    JsonNode network(String id);
}
