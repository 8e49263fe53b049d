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
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import java.util.Set;

/**
 * Reads the registered servers.
 */
public interface ServerService extends ListenerService<ServerEvent, ServerListener> {

    /**
     * Returns all servers.
     *
     * @return immutable set of servers
     */
    Set<Server> servers();

    /**
     * Returns the server of a bridge.
     *
     * @param deviceId device id of the server's bridge
     * @return server or null
     */
    Server server(DeviceId deviceId);

    /**
     * Returns the server of a name.
     *
     * @param name server name
     * @return server or null
     */
    Server serverByName(String name);

    /**
     * Returns the server that owns an IP address on the LAN.
     *
     * @param ip server IP
     * @return server or null
     */
    Server serverByIp(IpAddress ip);

    /**
     * Returns the port number of a server's uplink, once its bridge has reported the port.
     *
     * @param deviceId device id of the server's bridge
     * @return port number or null
     */
    PortNumber uplinkPort(DeviceId deviceId);

    /**
     * Returns the version of this node's view of the servers and their uplinks: a number that grows
     * whenever a server is registered, re-registered or removed, or a server's uplink port number
     * changes. Whatever a reader derived from servers and uplink port numbers it looked up after
     * reading version v is still current while the version reads v, so it need not look them up
     * again to know.
     *
     * @return version
     */
    long version();

    /**
     * Resolves a server from its name or device id.
     *
     * @param nameOrDeviceId server name or device id
     * @return server or null
     */
    default Server resolve(String nameOrDeviceId) {
        if (nameOrDeviceId == null) {
            return null;
        }
        Server byName = serverByName(nameOrDeviceId);
        if (byName != null || !nameOrDeviceId.matches("of:[0-9a-f]{16}")) {
            return byName;
        }
        return server(DeviceId.deviceId(nameOrDeviceId));
    }
}
