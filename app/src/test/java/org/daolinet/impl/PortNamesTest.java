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

import org.junit.Test;
import org.onosproject.net.DefaultAnnotations;
import org.onosproject.net.DefaultDevice;
import org.onosproject.net.DefaultPort;
import org.onosproject.net.Device;
import org.onosproject.net.Port;
import org.onosproject.net.PortNumber;
import org.onosproject.net.provider.ProviderId;
import org.onlab.packet.ChassisId;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Specification of bridge port names: ONOS's portName annotation, else the name of the number.
 */
public class PortNamesTest {

    private static final Device BRIDGE = new DefaultDevice(new ProviderId("of", "test"), device(1), Device.Type.SWITCH,
                                                           "Nicira", "ovs", "3.1", "0", new ChassisId(1));

    /** The portName annotation names a port. */
    @Test
    public void annotationNamesThePort() {
        Port port = new DefaultPort(BRIDGE, PortNumber.portNumber(5, "p5"), true,
                                    DefaultAnnotations.builder().set("portName", "veth-a").build());
        assertThat(PortNames.name(port), is("veth-a"));
    }

    /** Without the annotation, the port number's name is the port's name; without that, the number. */
    @Test
    public void numberNamesAnUnannotatedPort() {
        assertThat(PortNames.name(new DefaultPort(BRIDGE, PortNumber.portNumber(5, "veth-b"), true)), is("veth-b"));
        assertThat(PortNames.name(new DefaultPort(BRIDGE, PortNumber.portNumber(5), true)), is("5"));
    }

    /** A named port of a device is found by name; an unknown name or device finds nothing. */
    @Test
    public void findsPortNumberByName() {
        TestDeviceService devices = new TestDeviceService();
        devices.addPort(device(1), 5, "veth-a");
        devices.addPort(device(1), 6, "veth-b");
        devices.addPort(device(2), 7, "veth-a");
        assertThat(PortNames.find(devices, device(1), "veth-a"), is(PortNumber.portNumber(5)));
        assertThat(PortNames.find(devices, device(1), "veth-b"), is(PortNumber.portNumber(6)));
        assertThat(PortNames.find(devices, device(2), "veth-a"), is(PortNumber.portNumber(7)));
        assertThat(PortNames.find(devices, device(1), "veth-c"), nullValue());
        assertThat(PortNames.find(devices, device(3), "veth-a"), nullValue());
    }
}
