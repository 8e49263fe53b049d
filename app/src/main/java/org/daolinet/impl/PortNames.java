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

import org.onosproject.net.AnnotationKeys;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Port;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceService;

/**
 * Resolves bridge port names to port numbers through the ONOS device service. Used when a binding
 * is registered or a port appears, never on the PacketIn path.
 */
final class PortNames {

    private PortNames() {
    }

    /**
     * Returns the name of a port: its {@code portName} annotation, else the name of its number.
     *
     * @param port port
     * @return name or null
     */
    static String name(Port port) {
        String annotated = port.annotations().value(AnnotationKeys.PORT_NAME);
        return annotated != null ? annotated : port.number().name();
    }

    /**
     * Finds the number of a named port of a device.
     *
     * @param deviceService device service
     * @param deviceId      device
     * @param name          port name
     * @return port number or null if the device has no such port (yet)
     */
    static PortNumber find(DeviceService deviceService, DeviceId deviceId, String name) {
        for (Port port : deviceService.getPorts(deviceId)) {
            if (name.equals(name(port))) {
                return port.number();
            }
        }
        return null;
    }
}
