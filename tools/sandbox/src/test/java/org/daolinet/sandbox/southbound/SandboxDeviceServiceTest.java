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

import com.google.common.collect.Iterables;
import org.daolinet.sandbox.doubles.SyncEventDispatcher;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onosproject.net.AnnotationKeys;
import org.onosproject.net.Device;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Port;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceEvent;
import org.projectfloodlight.openflow.protocol.OFPortReason;
import org.projectfloodlight.openflow.types.OFPort;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Devices and ports of switch doubles, and the device events ONOS posts for them.
 */
public class SandboxDeviceServiceTest {

    private static final DeviceId S1 = DeviceId.deviceId("of:0000000000000001");

    private final OpenFlowController controller = new OpenFlowController();
    private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
    private SandboxDeviceService devices;

    @Before
    public void setUp() {
        devices = new SandboxDeviceService(new SyncEventDispatcher());
        controller.addListener(devices);
        devices.start();
        devices.addListener(events::add);
    }

    @After
    public void tearDown() {
        devices.stop();
    }

    private List<String> eventList() {
        return events.stream().map(e -> e.type() + (e.port() == null ? "" : " " + e.port().annotations()
                .value(AnnotationKeys.PORT_NAME))).collect(Collectors.toList());
    }

    private SwitchDouble connect() {
        return new SwitchDouble(controller).connect(1,
                SwitchDouble.port(OFPort.LOCAL, "s1", "02:00:00:00:00:01", true),
                SwitchDouble.port(OFPort.of(1), "eth1", "02:00:00:00:01:01", true),
                SwitchDouble.port(OFPort.of(2), "vc-web1", "02:00:00:00:02:02", false));
    }

    /**
     * A switch that connects is an available device with its ports (named, with their MAC; LOCAL is ONOS's
     * LOCAL; a port without link is disabled), announced by DEVICE_ADDED and a PORT_ADDED per port.
     */
    @Test
    public void connectedSwitchIsDeviceWithPorts() {
        connect();

        Device d = devices.getDevice(S1);
        assertEquals("Nicira, Inc.", d.manufacturer());
        assertEquals("3.1.0", d.swVersion());
        assertTrue(devices.isAvailable(S1));
        assertEquals(1, devices.getDeviceCount());
        assertEquals(List.of("DEVICE_ADDED", "PORT_ADDED eth1", "PORT_ADDED vc-web1", "PORT_ADDED s1"), eventList());
        List<Port> ports = devices.getPorts(S1);
        assertEquals(3, ports.size());
        Port local = devices.getPort(S1, PortNumber.LOCAL);
        assertEquals("s1", local.annotations().value(AnnotationKeys.PORT_NAME));
        assertEquals("02:00:00:00:00:01", local.annotations().value(AnnotationKeys.PORT_MAC));
        assertTrue(devices.getPort(S1, PortNumber.portNumber(1)).isEnabled());
        assertFalse("link down", devices.getPort(S1, PortNumber.portNumber(2)).isEnabled());
    }

    /**
     * PORT_STATUS messages add, update and remove ports.
     */
    @Test
    public void portStatusChangesPorts() {
        SwitchDouble s1 = connect();
        events.clear();

        s1.receive(SwitchDouble.OF.buildPortStatus().setReason(OFPortReason.ADD)
                           .setDesc(SwitchDouble.port(OFPort.of(3), "dlgw1", "02:da:01:00:00:01", true)).build());
        s1.receive(SwitchDouble.OF.buildPortStatus().setReason(OFPortReason.MODIFY)
                           .setDesc(SwitchDouble.port(OFPort.of(2), "vc-web1", "02:00:00:00:02:02", true)).build());
        s1.receive(SwitchDouble.OF.buildPortStatus().setReason(OFPortReason.DELETE)
                           .setDesc(SwitchDouble.port(OFPort.of(1), "eth1", "02:00:00:00:01:01", true)).build());

        assertEquals(List.of("PORT_ADDED dlgw1", "PORT_UPDATED vc-web1", "PORT_REMOVED eth1"), eventList());
        assertTrue(devices.getPort(S1, PortNumber.portNumber(2)).isEnabled());
        assertEquals(List.of(PortNumber.portNumber(2), PortNumber.portNumber(3), PortNumber.LOCAL),
                     devices.getPorts(S1).stream().map(Port::number).collect(Collectors.toList()));
    }

    /**
     * A switch that goes stays known but unavailable; when it comes back, what changed meanwhile is reported.
     */
    @Test
    public void disconnectAndReconnect() {
        SwitchDouble s1 = connect();
        events.clear();

        s1.drop();
        assertFalse(devices.isAvailable(S1));
        assertEquals(3, devices.getPorts(S1).size());
        assertEquals(0, Iterables.size(devices.getAvailableDevices()));

        new SwitchDouble(controller).connect(1,
                SwitchDouble.port(OFPort.LOCAL, "s1", "02:00:00:00:00:01", true),
                SwitchDouble.port(OFPort.of(2), "vc-web1", "02:00:00:00:02:02", true),
                SwitchDouble.port(OFPort.of(4), "vc-db1", "02:00:00:00:04:04", true));

        assertTrue(devices.isAvailable(S1));
        assertEquals(List.of("DEVICE_AVAILABILITY_CHANGED", "DEVICE_AVAILABILITY_CHANGED", "PORT_UPDATED vc-web1",
                             "PORT_ADDED vc-db1", "PORT_REMOVED eth1"), eventList());
    }
}
