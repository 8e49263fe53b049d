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

import org.daolinet.api.Network;
import org.daolinet.api.Server;
import org.daolinet.api.ServerEvent;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;

import static org.daolinet.api.DaoliNetException.Reason.CONFLICT;
import static org.daolinet.api.DaoliNetException.Reason.NOT_FOUND;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.daolinet.api.ServerEvent.Type.SERVER_ADDED;
import static org.daolinet.api.ServerEvent.Type.SERVER_REMOVED;
import static org.daolinet.api.ServerEvent.Type.UPLINK_CHANGED;
import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

/**
 * Specification of the server service: registration, removal, events and uplink port numbers.
 */
public class ServerManagerTest {

    private RegistryFixture f;
    private final List<ServerEvent> events = new ArrayList<>();

    /** Starts a registry whose server events are recorded. */
    @Before
    public void setUp() {
        f = new RegistryFixture();
        f.servers.addListener(events::add);
    }

    /** Stops the registry. */
    @After
    public void tearDown() {
        f.tearDown();
    }

    private static Server server(int n, String name, String ip) {
        return Server.builder().deviceId(device(n)).name(name).uplinkPort("eth" + n).ip(IpAddress.valueOf(ip))
                .mac(MacAddress.valueOf(0x525400000000L + n)).build();
    }

    /** Asserts the registry events, leaving out the node-local uplink resolution events. */
    private void assertEvents(ServerEvent.Type... types) {
        List<ServerEvent> registry = events.stream().filter(e -> e.type() != UPLINK_CHANGED)
                .collect(Collectors.toList());
        assertThat(registry.size(), is(types.length));
        for (int i = 0; i < types.length; i++) {
            assertThat(registry.get(i).type(), is(types[i]));
        }
    }

    /** Listeners learn when the uplink port of a server is reported, and when it goes. */
    @Test
    public void uplinkPortResolutionIsAnnounced() {
        f.servers.addServer(server(3, "s3", "192.168.0.3"));
        assertThat(f.servers.uplinkPort(device(3)), is((PortNumber) null));
        f.devices.addPort(device(3), 42, "eth3");
        assertThat(f.servers.uplinkPort(device(3)), is(PortNumber.portNumber(42)));
        assertThat(events.get(events.size() - 1).type(), is(UPLINK_CHANGED));
        f.devices.removePort(device(3), 42);
        assertThat(f.servers.uplinkPort(device(3)), is((PortNumber) null));
        assertThat(events.stream().filter(e -> e.type() == UPLINK_CHANGED).count(), is(2L));
    }

    /** A registered server is found by device id, name and IP, and announced to listeners. */
    @Test
    public void registeredServerIsFoundAndAnnounced() {
        Server s1 = f.addServer(1);
        Server s2 = f.addServer(2);
        assertThat(f.servers.server(device(1)), is(s1));
        assertThat(f.servers.serverByName("s2"), is(s2));
        assertThat(f.servers.serverByIp(IpAddress.valueOf("192.168.0.1")), is(s1));
        assertThat(f.servers.servers(), containsInAnyOrder(s1, s2));
        assertEvents(SERVER_ADDED, SERVER_ADDED);
        assertThat(events.get(0).subject(), is(s1));
    }

    /** Registering the same server again returns it and announces nothing. */
    @Test
    public void identicalRegistrationIsIdempotent() {
        Server s1 = f.addServer(1);
        assertThat(f.servers.addServer(server(1, "s1", "192.168.0.1")), sameInstance(s1));
        assertEvents(SERVER_ADDED);
    }

    /** A differing registration of a device id, a taken name or a taken IP is a conflict and stores nothing. */
    @Test
    public void conflictingRegistrationStoresNothing() {
        f.addServer(1);
        Map<String, Map<Object, Object>> before = f.storage.contents();
        assertRejected(CONFLICT, "deviceId", () -> f.servers.addServer(server(1, "s1", "192.168.0.99")));
        assertRejected(CONFLICT, "name", () -> f.servers.addServer(server(2, "s1", "192.168.0.2")));
        assertRejected(CONFLICT, "ip", () -> f.servers.addServer(server(2, "s2", "192.168.0.1")));
        assertThat(f.storage.contents(), is(before));
        assertThat(f.servers.server(device(2)), nullValue());
        assertEvents(SERVER_ADDED);
    }

    /** Removal returns the server, forgets it and announces it; its values are free again. */
    @Test
    public void removeForgetsTheServer() {
        Server s1 = f.addServer(1);
        assertThat(f.servers.removeServer(device(1)), is(s1));
        assertThat(f.servers.server(device(1)), nullValue());
        assertThat(f.servers.serverByName("s1"), nullValue());
        assertThat(f.servers.uplinkPort(device(1)), nullValue());
        assertThat(f.servers.servers(), is(empty()));
        assertEvents(SERVER_ADDED, SERVER_REMOVED);
        assertThat(events.get(1).subject(), is(s1));
        assertThat(f.servers.addServer(server(2, "s1", "192.168.0.1")).deviceId(), is(device(2)));
    }

    /** Removing an unknown server is NOT_FOUND. */
    @Test
    public void removeOfUnknownServerIsNotFound() {
        assertRejected(NOT_FOUND, "deviceId", "deviceId: server of:0000000000000009 is not registered",
                       () -> f.servers.removeServer(device(9)));
    }

    /** A server that still hosts containers cannot be removed. */
    @Test
    public void serverHostingContainersIsKept() {
        f.addServer(1);
        Network web = f.addNetwork("acme", "web", "10.1.0.0/24");
        f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        assertRejected(CONFLICT, "deviceId", "deviceId: server s1 still hosts 1 containers",
                       () -> f.servers.removeServer(device(1)));
        assertThat(f.servers.server(device(1)).name(), is("s1"));
        f.containers.removeContainer("id-a");
        assertThat(f.servers.removeServer(device(1)).name(), is("s1"));
    }

    /** The uplink port number is known at registration when ONOS already reports the port. */
    @Test
    public void uplinkPortIsResolvedAtRegistration() {
        f.addServer(1);
        assertThat(f.servers.uplinkPort(device(1)), is(PortNumber.portNumber(100)));
    }

    /** The uplink port number follows the port as it appears, disappears and comes back renumbered. */
    @Test
    public void uplinkPortFollowsThePort() {
        f.servers.addServer(server(1, "s1", "192.168.0.1"));
        assertThat(f.servers.uplinkPort(device(1)), nullValue());
        f.devices.addPort(device(1), 3, "veth-other");
        assertThat(f.servers.uplinkPort(device(1)), nullValue());
        f.devices.addPort(device(1), 1, "eth1");
        assertThat(f.servers.uplinkPort(device(1)), is(PortNumber.portNumber(1)));
        f.devices.removePort(device(1), 3);
        assertThat(f.servers.uplinkPort(device(1)), is(PortNumber.portNumber(1)));
        f.devices.removePort(device(1), 1);
        assertThat(f.servers.uplinkPort(device(1)), nullValue());
        f.devices.addPort(device(1), 7, "eth1");
        assertThat(f.servers.uplinkPort(device(1)), is(PortNumber.portNumber(7)));
    }

    /** Ports of devices that are not registered servers are ignored. */
    @Test
    public void portsOfOtherDevicesAreIgnored() {
        f.devices.addPort(device(5), 1, "eth5");
        assertThat(f.servers.uplinkPort(device(5)), nullValue());
        f.servers.addServer(server(5, "s5", "192.168.0.5"));
        assertThat(f.servers.uplinkPort(device(5)), is(PortNumber.portNumber(1)));
    }

    /** A bridge that connects with its ports already known resolves its uplink on the device event. */
    @Test
    public void uplinkPortIsResolvedWhenTheDeviceConnects() {
        f.servers.addServer(server(1, "s1", "192.168.0.1"));
        f.devices.addPortQuietly(device(1), 4, "eth1");
        assertThat(f.servers.uplinkPort(device(1)), nullValue());
        f.devices.announceDevice(DeviceEvent.Type.DEVICE_ADDED, device(1));
        assertThat(f.servers.uplinkPort(device(1)), is(PortNumber.portNumber(4)));
    }

    /** A server is resolved by name or by device id. */
    @Test
    public void resolveTakesNameOrDeviceId() {
        Server s1 = f.addServer(1);
        assertThat(f.servers.resolve("s1"), is(s1));
        assertThat(f.servers.resolve("of:0000000000000001"), is(s1));
        assertThat(f.servers.resolve("s9"), nullValue());
        assertThat(f.servers.resolve("of:0000000000000009"), nullValue());
        assertThat(f.servers.resolve(null), nullValue());
    }

    /** Another node hears of servers registered elsewhere, and resolves their uplinks itself. */
    @Test
    public void peerNodeFollowsRegistrations() {
        RegistryFixture node2 = f.peer();
        List<ServerEvent> node2Events = new ArrayList<>();
        node2.servers.addListener(node2Events::add);
        Server s1 = f.addServer(1);
        assertThat(node2.servers.server(device(1)), is(s1));
        assertThat(node2.servers.uplinkPort(device(1)), is(PortNumber.portNumber(100)));
        f.servers.removeServer(device(1));
        assertThat(node2.servers.server(device(1)), nullValue());
        assertThat(node2.servers.uplinkPort(device(1)), nullValue());
        assertThat(node2Events.stream().filter(e -> e.type() != UPLINK_CHANGED).map(ServerEvent::type)
                           .collect(Collectors.toList()), is(List.of(SERVER_ADDED, SERVER_REMOVED)));
        node2.tearDown();
    }

    /** A node started later resolves the uplinks of the servers registered before. */
    @Test
    public void laterNodeResolvesExistingUplinks() {
        f.addServer(1);
        RegistryFixture restarted = f.peer();
        assertThat(restarted.servers.uplinkPort(device(1)), is(PortNumber.portNumber(100)));
        restarted.tearDown();
    }

    /**
     * The version grows with every change of a server or of its uplink port number, as soon as the
     * lookups answer with it, and stays while nothing changes.
     */
    @Test
    public void versionGrowsWithEveryChangeOfAServerOrItsUplink() {
        long v = f.servers.version();
        Server s3 = f.servers.addServer(server(3, "s3", "192.168.0.3"));
        long added = f.servers.version();
        assertThat(added > v, is(true));
        f.servers.addServer(server(3, "s3", "192.168.0.3"));
        f.devices.addPort(device(3), 43, "veth-x");
        assertThat("an identical registration, a port that is not the uplink", f.servers.version(), is(added));

        f.devices.addPort(device(3), 42, "eth3");
        long reported = f.servers.version();
        assertThat(reported > added, is(true));
        f.devices.removePort(device(3), 42);
        long gone = f.servers.version();
        assertThat(gone > reported, is(true));
        assertThat(f.servers.removeServer(device(3)), is(s3));
        assertThat(f.servers.version() > gone, is(true));
    }
}
