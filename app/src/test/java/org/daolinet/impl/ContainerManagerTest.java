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

import org.daolinet.api.Container;
import org.daolinet.api.ContainerEvent;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.Network;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.PortNumber;

import java.util.ArrayList;
import java.util.List;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.fail;

/**
 * Tests of container registration, lookups, port binding and validation.
 */
public class ContainerManagerTest {

    private RegistryFixture f;
    private Network web;
    private final List<ContainerEvent> events = new ArrayList<>();

    @Before
    public void setUp() {
        f = new RegistryFixture();
        f.addServer(1);
        f.addServer(2);
        web = f.addNetwork(null, "web", "10.1.0.0/24");
        f.containers.addListener(events::add);
    }

    @After
    public void tearDown() {
        f.tearDown();
    }

    @Test
    public void registersAndLooksUp() {
        Container a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        assertThat(a.vip(), notNullValue());
        assertThat(org.onlab.packet.IpPrefix.valueOf("100.64.0.0/10").contains(a.vip()), is(true));
        assertThat(f.containers.container("id-a"), is(a));
        assertThat(f.containers.containerByName("default", "a"), is(a));
        assertThat(f.containers.containerByIp("default", IpAddress.valueOf("10.1.0.2")), is(a));
        assertThat(f.containers.containerByMac(a.mac()), is(a));
        assertThat(f.containers.containerByVip(a.vip()), is(a));
        assertThat(f.containers.containerByPort(new ConnectPoint(device(1), PortNumber.portNumber(5))), is(a));
        assertThat(f.containers.portNumber("id-a"), is(PortNumber.portNumber(5)));
        assertEquals(1, events.size());
        assertEquals(ContainerEvent.Type.CONTAINER_ADDED, events.get(0).type());
    }

    @Test
    public void bindsPortWhenItAppearsLater() {
        Container a = f.containers.addContainer(RegistryFixture.containerBuilder("a", web.key(), "10.1.0.2", 1)
                                                        .build());
        assertThat(f.containers.portNumber(a.id()), nullValue());
        f.devices.addPort(device(1), 7, "veth-a");
        assertThat(f.containers.containerByPort(new ConnectPoint(device(1), PortNumber.portNumber(7))), is(a));
        f.devices.removePort(device(1), 7);
        assertThat(f.containers.portNumber(a.id()), nullValue());
    }

    @Test
    public void rejectsGatewayIp() {
        expect("ip", DaoliNetException.Reason.INVALID,
               () -> f.addContainer("a", web.key(), "10.1.0.1", 1, 5));
        assertThat(f.containers.containers().isEmpty(), is(true));
    }

    @Test
    public void rejectsTakenIpAndKeepsNothing() {
        f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        expect("ip", DaoliNetException.Reason.CONFLICT,
               () -> f.addContainer("b", web.key(), "10.1.0.2", 1, 6));
        assertEquals(1, f.containers.containers().size());
        // the name, MAC and port the failed request claimed are free again
        f.addContainer("b", web.key(), "10.1.0.3", 1, 6);
        assertEquals(2, f.containers.containers().size());
    }

    @Test
    public void removeReleasesEverything() {
        Container a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        f.containers.removeContainer(a.id());
        assertThat(f.containers.container(a.id()), nullValue());
        assertThat(f.containers.containerByPort(new ConnectPoint(device(1), PortNumber.portNumber(5))), nullValue());
        assertThat(f.vips.owner(a.vip()), nullValue());
        f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        expect("id", DaoliNetException.Reason.NOT_FOUND, () -> f.containers.removeContainer("nope"));
    }

    static void expect(String field, DaoliNetException.Reason reason, Runnable r) {
        try {
            r.run();
            fail("expected " + reason + " on " + field);
        } catch (DaoliNetException e) {
            assertEquals(e.getMessage(), field, e.field());
            assertEquals(e.getMessage(), reason, e.reason());
        }
    }
}
