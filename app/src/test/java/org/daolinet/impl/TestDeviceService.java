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

import com.google.common.collect.ImmutableList;
import org.onosproject.net.AnnotationKeys;
import org.onosproject.net.DefaultAnnotations;
import org.onosproject.net.DefaultDevice;
import org.onosproject.net.DefaultPort;
import org.onosproject.net.Device;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Port;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceEvent;
import org.onosproject.net.device.DeviceListener;
import org.onosproject.net.device.DeviceServiceAdapter;
import org.onosproject.net.provider.ProviderId;
import org.onlab.packet.ChassisId;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Device service of named bridge ports, for tests: ports are added and removed by the test and
 * listeners hear about it as they would from ONOS.
 */
public class TestDeviceService extends DeviceServiceAdapter {

    private static final ProviderId PID = new ProviderId("of", "test");

    private final Map<DeviceId, Map<PortNumber, Port>> ports = new ConcurrentHashMap<>();
    private final List<DeviceListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Adds a named port to a device and tells the listeners.
     *
     * @param deviceId device
     * @param number   port number
     * @param name     port name
     * @return the port
     */
    public Port addPort(DeviceId deviceId, long number, String name) {
        Port port = addPortQuietly(deviceId, number, name);
        listeners.forEach(l -> l.event(new DeviceEvent(DeviceEvent.Type.PORT_ADDED, device(deviceId), port)));
        return port;
    }

    /**
     * Adds a named port to a device without telling the listeners, as when ONOS learnt the port
     * while the listener was not there (a restart) or reports it with the device itself.
     *
     * @param deviceId device
     * @param number   port number
     * @param name     port name
     * @return the port
     */
    public Port addPortQuietly(DeviceId deviceId, long number, String name) {
        Port port = new DefaultPort(device(deviceId), PortNumber.portNumber(number, name), true,
                                    DefaultAnnotations.builder().set(AnnotationKeys.PORT_NAME, name).build());
        ports.computeIfAbsent(deviceId, d -> new ConcurrentHashMap<>()).put(port.number(), port);
        return port;
    }

    /**
     * Tells the listeners about a device-level event, such as DEVICE_ADDED when a bridge connects.
     *
     * @param type     event type
     * @param deviceId device
     */
    public void announceDevice(DeviceEvent.Type type, DeviceId deviceId) {
        listeners.forEach(l -> l.event(new DeviceEvent(type, device(deviceId))));
    }

    /**
     * Removes a port of a device and tells the listeners.
     *
     * @param deviceId device
     * @param number   port number
     */
    public void removePort(DeviceId deviceId, long number) {
        Port port = ports.getOrDefault(deviceId, Map.of()).remove(PortNumber.portNumber(number));
        if (port != null) {
            listeners.forEach(l -> l.event(new DeviceEvent(DeviceEvent.Type.PORT_REMOVED, device(deviceId), port)));
        }
    }

    private static Device device(DeviceId deviceId) {
        return new DefaultDevice(PID, deviceId, Device.Type.SWITCH, "Nicira", "ovs", "3.1", "0",
                                 new ChassisId(1));
    }

    @Override
    public Device getDevice(DeviceId deviceId) {
        return device(deviceId);
    }

    @Override
    public boolean isAvailable(DeviceId deviceId) {
        return true;
    }

    @Override
    public List<Port> getPorts(DeviceId deviceId) {
        return ImmutableList.copyOf(ports.getOrDefault(deviceId, Map.of()).values());
    }

    @Override
    public Port getPort(DeviceId deviceId, PortNumber portNumber) {
        return ports.getOrDefault(deviceId, Map.of()).get(portNumber);
    }

    @Override
    public void addListener(DeviceListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(DeviceListener listener) {
        listeners.remove(listener);
    }
}
