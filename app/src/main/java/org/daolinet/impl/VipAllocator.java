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
package org.daolinet.impl;

import org.onlab.packet.IpAddress;

/**
 * Allocates container VIPs, unique across the cluster and stable across restarts.
 */
public interface VipAllocator {

    /**
     * Allocates a VIP for a container.
     *
     * @param containerId container id
     * @return VIP
     * @throws org.daolinet.api.DaoliNetException CONFLICT if the pool is exhausted
     */
    IpAddress allocate(String containerId);

    /**
     * Releases a container's VIP; a VIP held by another container is left alone.
     *
     * @param vip         VIP
     * @param containerId container id
     */
    void release(IpAddress vip, String containerId);

    /**
     * Returns the container holding a VIP allocation.
     *
     * @param vip VIP
     * @return container id or null
     */
    String owner(IpAddress vip);
}
