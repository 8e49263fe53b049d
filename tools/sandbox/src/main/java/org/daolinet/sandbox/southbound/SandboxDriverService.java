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
package org.daolinet.sandbox.southbound;

import org.onlab.util.ItemNotFoundException;
import org.onosproject.event.AbstractListenerManager;
import org.onosproject.net.Device;
import org.onosproject.net.DeviceId;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.driver.Behaviour;
import org.onosproject.net.driver.DefaultDriver;
import org.onosproject.net.driver.DefaultDriverData;
import org.onosproject.net.driver.DefaultDriverHandler;
import org.onosproject.net.driver.Driver;
import org.onosproject.net.driver.DriverEvent;
import org.onosproject.net.driver.DriverHandler;
import org.onosproject.net.driver.DriverListener;
import org.onosproject.net.driver.DriverService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drivers of a sandbox, which drives nothing but Open vSwitch over OpenFlow 1.3 itself: one driver, without
 * behaviours, for every known device. ONOS's device commands ({@code devices}, {@code ports}) name each
 * device's driver.
 */
public final class SandboxDriverService extends AbstractListenerManager<DriverEvent, DriverListener>
        implements DriverService {

    /** Name of the one driver. */
    public static final String DRIVER = "sandbox-ovs";

    private final Driver driver = new DefaultDriver(DRIVER, List.of(), "Nicira, Inc.", "Open vSwitch", "",
                                                    Map.of(), Map.of());
    private final DeviceService devices;

    /**
     * Creates the service.
     *
     * @param devices the known devices
     */
    public SandboxDriverService(DeviceService devices) {
        this.devices = devices;
    }

    @Override
    public Set<Driver> getDrivers() {
        return Set.of(driver);
    }

    @Override
    public Set<Driver> getDrivers(Class<? extends Behaviour> withBehaviour) {
        return Set.of();
    }

    @Override
    public Driver getDriver(String name) {
        if (!DRIVER.equals(name)) {
            throw new ItemNotFoundException("No driver named " + name);
        }
        return driver;
    }

    @Override
    public Driver getDriver(String manufacturer, String hwVersion, String swVersion) {
        return driver;
    }

    @Override
    public Driver getDriver(DeviceId deviceId) {
        if (devices.getDevice(deviceId) == null) {
            throw new ItemNotFoundException("No driver for unknown device " + deviceId);
        }
        return driver;
    }

    @Override
    public Map<DeviceId, String> getDeviceDrivers() {
        Map<DeviceId, String> map = new HashMap<>();
        for (Device d : devices.getDevices()) {
            map.put(d.id(), DRIVER);
        }
        return map;
    }

    @Override
    public DriverHandler createHandler(DeviceId deviceId, String... credentials) {
        return new DefaultDriverHandler(new DefaultDriverData(getDriver(deviceId), deviceId));
    }
}
