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
import org.daolinet.api.NetworkKey;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.daolinet.api.ContainerEvent.Type.CONTAINER_ADDED;
import static org.daolinet.api.ContainerEvent.Type.CONTAINER_MOVED;
import static org.daolinet.api.ContainerEvent.Type.CONTAINER_REMOVED;
import static org.daolinet.api.ContainerEvent.Type.CONTAINER_UPDATED;
import static org.daolinet.api.DaoliNetException.Reason.CONFLICT;
import static org.daolinet.api.DaoliNetException.Reason.INVALID;
import static org.daolinet.api.DaoliNetException.Reason.NOT_FOUND;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.daolinet.impl.OsgiPropertyConstants.VIP_POOL;
import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

/**
 * Specification of the container service: registration against networks and servers, VIPs,
 * lookups, port binding, removal and events; and that a rejected request stores nothing.
 */
public class ContainerManagerTest {

    private static final IpPrefix DEFAULT_POOL = IpPrefix.valueOf("100.64.0.0/10");

    private RegistryFixture f;
    private Network web;
    private final List<ContainerEvent> events = new ArrayList<>();

    /** Starts a registry with servers s1, s2 and network default/web 10.1.0.0/24; records container events. */
    @Before
    public void setUp() {
        f = new RegistryFixture();
        f.addServer(1);
        f.addServer(2);
        web = f.addNetwork(null, "web", "10.1.0.0/24");
        f.containers.addListener(events::add);
    }

    /** Stops the registry. */
    @After
    public void tearDown() {
        f.tearDown();
    }

    private static ConnectPoint port(int server, long number) {
        return new ConnectPoint(device(server), PortNumber.portNumber(number));
    }

    private static IpAddress ip(String text) {
        return IpAddress.valueOf(text);
    }

    /**
     * Returns a container of network default/web on server s1, port veth-NAME, MAC 02:00:00:00:01:NN.
     *
     * @param name name; the id is id-NAME
     * @param ip   IP
     * @param mac  last byte of the MAC
     * @return container
     */
    private Container.Builder request(String name, String ip, int mac) {
        return Container.builder().id("id-" + name).name(name).network(web.key()).ip(ip(ip))
                .mac(MacAddress.valueOf(0x020000000100L + mac)).server(device(1)).portName("veth-" + name);
    }

    private void assertEvents(ContainerEvent.Type... types) {
        assertThat(events.size(), is(types.length));
        for (int i = 0; i < types.length; i++) {
            assertThat(events.get(i).type(), is(types[i]));
        }
    }

    /** A registered container gets a VIP from the pool and is found by every key. */
    @Test
    public void registersAndLooksUp() {
        Container a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        assertThat(a.vip(), notNullValue());
        assertThat(DEFAULT_POOL.contains(a.vip()), is(true));
        assertThat(f.vips.owner(a.vip()), is("id-a"));
        assertThat(f.containers.container("id-a"), is(a));
        assertThat(f.containers.containerByName("default", "a"), is(a));
        assertThat(f.containers.containerByIp("default", ip("10.1.0.2")), is(a));
        assertThat(f.containers.containerByMac(a.mac()), is(a));
        assertThat(f.containers.containerByVip(a.vip()), is(a));
        assertThat(f.containers.containerByPort(port(1, 5)), is(a));
        assertThat(f.containers.portNumber("id-a"), is(PortNumber.portNumber(5)));
        assertThat(f.containers.containers(), contains(a));
        assertThat(f.containers.containers(web.key()), contains(a));
        assertThat(f.containers.containersOn(device(1)), contains(a));
        assertThat(f.containers.containersOn(device(2)), is(empty()));
        assertEvents(CONTAINER_ADDED);
        assertThat(events.get(0).subject(), is(a));
    }

    /** The registered container is the request plus its VIP. */
    @Test
    public void registeredContainerIsTheRequestWithAVip() {
        Container requested = request("a", "10.1.0.2", 2).build();
        Container added = f.containers.addContainer(requested);
        assertThat(added, is(requested.toBuilder().vip(added.vip()).build()));
    }

    /** Containers get distinct VIPs. */
    @Test
    public void containersGetDistinctVips() {
        Container a = f.containers.addContainer(request("a", "10.1.0.2", 2).build());
        Container b = f.containers.addContainer(request("b", "10.1.0.3", 3).build());
        assertThat(a.vip(), not(b.vip()));
    }

    /** A container is resolved by id or by name within a tenant (the default tenant if none is given). */
    @Test
    public void resolveTakesIdOrName() {
        Container a = f.containers.addContainer(request("a", "10.1.0.2", 2).build());
        assertThat(f.containers.resolve("default", "id-a"), is(a));
        assertThat(f.containers.resolve("default", "a"), is(a));
        assertThat(f.containers.resolve(null, "a"), is(a));
        assertThat(f.containers.resolve("other", "a"), nullValue());
        assertThat(f.containers.resolve("other", "id-a"), is(a));
        assertThat(f.containers.resolve(null, "b"), nullValue());
    }

    /** Registering the same container again returns it with its VIP, and announces nothing. */
    @Test
    public void identicalRegistrationIsIdempotent() {
        Container a = f.containers.addContainer(request("a", "10.1.0.2", 2).build());
        assertThat(f.containers.addContainer(request("a", "10.1.0.2", 2).build()), sameInstance(a));
        assertThat(f.containers.addContainer(request("a", "10.1.0.2", 2).vip(a.vip()).build()), sameInstance(a));
        assertThat(f.containers.containers().size(), is(1));
        assertEvents(CONTAINER_ADDED);
    }

    /** Registering a known id with other values is a conflict; the container and its VIP stay. */
    @Test
    public void differingRegistrationIsAConflict() {
        Container a = f.containers.addContainer(request("a", "10.1.0.2", 2).build());
        Map<String, Map<Object, Object>> before = f.storage.contents();
        assertRejected(CONFLICT, "id", "id: container id-a is already registered as a",
                       () -> f.containers.addContainer(request("a", "10.1.0.9", 2).build()));
        assertThat(f.storage.contents(), is(before));
        assertThat(f.containers.container("id-a"), is(a));
        assertEvents(CONTAINER_ADDED);
    }

    /** The network must exist. */
    @Test
    public void networkMustExist() {
        assertRejected(NOT_FOUND, "network", "network: network default/nope does not exist",
                       () -> f.containers.addContainer(request("a", "10.1.0.2", 2)
                                                               .network(NetworkKey.of(null, "nope")).build()));
        assertRejected(NOT_FOUND, "network", () -> f.containers.addContainer(
                request("a", "10.1.0.2", 2).network(NetworkKey.of("acme", "web")).build()));
    }

    /** The server must be registered. */
    @Test
    public void serverMustExist() {
        assertRejected(NOT_FOUND, "server", "server: server of:0000000000000009 is not registered",
                       () -> f.containers.addContainer(request("a", "10.1.0.2", 2).server(device(9)).build()));
    }

    /** The IP is a host address of the network: inside, not the network or broadcast address. */
    @Test
    public void ipIsAHostOfTheNetwork() {
        assertRejected(INVALID, "ip", "ip: 10.2.0.2 is outside 10.1.0.0/24",
                       () -> f.containers.addContainer(request("a", "10.2.0.2", 2).build()));
        assertRejected(INVALID, "ip", "ip: 10.1.0.0 is the network address of 10.1.0.0/24",
                       () -> f.containers.addContainer(request("a", "10.1.0.0", 2).build()));
        assertRejected(INVALID, "ip", "ip: 10.1.0.255 is the broadcast address of 10.1.0.0/24",
                       () -> f.containers.addContainer(request("a", "10.1.0.255", 2).build()));
        assertThat(f.containers.addContainer(request("a", "10.1.0.254", 2).build()).ip(), is(ip("10.1.0.254")));
    }

    /** The gateway's IP is not a container's. */
    @Test
    public void rejectsGatewayIp() {
        assertRejected(INVALID, "ip", "ip: 10.1.0.1 is the gateway of network default/web",
                       () -> f.addContainer("a", web.key(), "10.1.0.1", 1, 5));
        assertThat(f.containers.containers().isEmpty(), is(true));
    }

    /** With a gateway other than the first host, the gateway is taboo and the first host is free. */
    @Test
    public void customGatewayIsTaboo() {
        Network db = f.networks.createNetwork(Network.builder().name("db").cidr(IpPrefix.valueOf("10.2.0.0/24"))
                                                      .gateway(ip("10.2.0.254")).build());
        assertRejected(INVALID, "ip", "ip: 10.2.0.254 is the gateway of network default/db",
                       () -> f.containers.addContainer(request("a", "10.2.0.254", 2).network(db.key()).build()));
        assertThat(f.containers.addContainer(request("a", "10.2.0.1", 2).network(db.key()).build()).ip(),
                   is(ip("10.2.0.1")));
    }

    /** Gateway MACs, of this network or any other (present or future), are never a container's. */
    @Test
    public void rejectsGatewayMacs() {
        assertRejected(INVALID, "mac", "mac: 02:DA:01:00:00:01 is in the range reserved for gateway MACs (02:da:01:*)",
                       () -> f.containers.addContainer(request("a", "10.1.0.2", 2).mac(web.gatewayMac()).build()));
        assertRejected(INVALID, "mac", () -> f.containers.addContainer(
                request("a", "10.1.0.2", 2).mac(org.onlab.packet.MacAddress.valueOf("02:da:01:ab:cd:ef")).build()));
        assertThat(f.containers.addContainer(request("a", "10.1.0.2", 2)
                .mac(org.onlab.packet.MacAddress.valueOf("02:da:02:00:00:01")).build()).ip(), is(ip("10.1.0.2")));
    }

    /** An IP is taken once per tenant; the rejected container's name, MAC and port stay free. */
    @Test
    public void rejectsTakenIpAndKeepsNothing() {
        f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        assertRejected(CONFLICT, "ip", () -> f.addContainer("b", web.key(), "10.1.0.2", 1, 6));
        assertThat(f.containers.containers().size(), is(1));
        // the name, MAC and port the failed request claimed are free again
        f.addContainer("b", web.key(), "10.1.0.3", 1, 6);
        assertThat(f.containers.containers().size(), is(2));
    }

    /** The same IP in another tenant is another container. */
    @Test
    public void sameIpInAnotherTenantIsFine() {
        Network other = f.addNetwork("other", "web", "10.1.0.0/24");
        Container a = f.containers.addContainer(request("a", "10.1.0.2", 2).build());
        Container twin = f.containers.addContainer(request("a", "10.1.0.2", 3).id("id-twin").network(other.key())
                                                           .portName("veth-twin").build());
        assertThat(f.containers.containerByIp("default", ip("10.1.0.2")), is(a));
        assertThat(f.containers.containerByIp("other", ip("10.1.0.2")), is(twin));
        assertThat(f.containers.containerByName("other", "a"), is(twin));
        assertThat(twin.vip(), not(a.vip()));
    }

    /** MACs, names per tenant, ports per server and ids are unique. */
    @Test
    public void uniqueValuesAreEnforced() {
        f.containers.addContainer(request("a", "10.1.0.2", 2).build());
        assertRejected(CONFLICT, "mac", () -> f.containers.addContainer(request("b", "10.1.0.3", 2).build()));
        assertRejected(CONFLICT, "name", () -> f.containers.addContainer(
                request("b", "10.1.0.3", 3).name("a").build()));
        assertRejected(CONFLICT, "portName", () -> f.containers.addContainer(
                request("b", "10.1.0.3", 3).portName("veth-a").build()));
        assertThat(f.containers.addContainer(request("b", "10.1.0.3", 3).portName("veth-a").server(device(2))
                                                     .build()).server(), is(device(2)));
    }

    /** Every rejected request leaves all stored state, VIP allocations included, as it was. */
    @Test
    public void rejectedRequestsStoreNothing() {
        f.containers.addContainer(request("a", "10.1.0.2", 2).build());
        Map<String, Map<Object, Object>> before = f.storage.contents();
        List<Container> rejected = List.of(
                request("b", "10.1.0.2", 3).build(),
                request("b", "10.1.0.3", 2).build(),
                request("a", "10.1.0.3", 3).id("id-b").build(),
                request("b", "10.1.0.3", 3).portName("veth-a").build(),
                request("b", "10.1.0.1", 3).build(),
                request("b", "10.1.1.3", 3).build(),
                request("b", "10.1.0.3", 3).mac(web.gatewayMac()).build(),
                request("b", "10.1.0.3", 3).server(device(9)).build(),
                request("b", "10.1.0.3", 3).network(NetworkKey.of(null, "nope")).build(),
                request("a", "10.1.0.9", 2).build());
        for (Container c : rejected) {
            try {
                f.containers.addContainer(c);
                throw new AssertionError("accepted " + c);
            } catch (DaoliNetException e) {
                assertThat(e.getMessage(), f.storage.contents(), is(before));
            }
        }
        assertThat(f.containers.containers().size(), is(1));
        assertEvents(CONTAINER_ADDED);
    }

    /** A container rejected after its VIP was drawn gives the VIP back: the last VIP of a /30 is still free. */
    @Test
    public void rejectedContainerReleasesItsVip() {
        f.vips.modified(TestComponentContext.withProperty(VIP_POOL, "10.250.0.0/30"));
        Container a = f.containers.addContainer(request("a", "10.1.0.2", 2).build());
        assertRejected(CONFLICT, "mac", () -> f.containers.addContainer(request("b", "10.1.0.3", 2).build()));
        Container b = f.containers.addContainer(request("b", "10.1.0.3", 3).build());
        assertThat(List.of(a.vip(), b.vip()), containsInAnyOrder(ip("10.250.0.1"), ip("10.250.0.2")));
    }

    /** An exhausted VIP pool rejects the container and stores nothing; a removal makes room. */
    @Test
    public void exhaustedPoolRejectsContainers() {
        f.vips.modified(TestComponentContext.withProperty(VIP_POOL, "10.250.0.0/30"));
        Container a = f.containers.addContainer(request("a", "10.1.0.2", 2).build());
        f.containers.addContainer(request("b", "10.1.0.3", 3).build());
        Map<String, Map<Object, Object>> before = f.storage.contents();
        assertRejected(CONFLICT, "vip", "vip: VIP pool 10.250.0.0/30 is exhausted",
                       () -> f.containers.addContainer(request("c", "10.1.0.4", 4).build()));
        assertThat(f.storage.contents(), is(before));
        f.containers.removeContainer(a.id());
        assertThat(f.containers.addContainer(request("c", "10.1.0.4", 4).build()).vip(), is(a.vip()));
    }

    /** A port reported after registration binds the container; its removal unbinds it. */
    @Test
    public void bindsPortWhenItAppearsLater() {
        Container a = f.containers.addContainer(RegistryFixture.containerBuilder("a", web.key(), "10.1.0.2", 1)
                                                        .build());
        assertThat(f.containers.portNumber(a.id()), nullValue());
        f.devices.addPort(device(1), 7, "veth-a");
        assertThat(f.containers.containerByPort(port(1, 7)), is(a));
        f.devices.removePort(device(1), 7);
        assertThat(f.containers.portNumber(a.id()), nullValue());
        assertThat(f.containers.containerByPort(port(1, 7)), nullValue());
    }

    /** A port that comes back under another number binds under the new number only. */
    @Test
    public void renumberedPortRebinds() {
        Container a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        f.devices.addPort(device(1), 8, "veth-a");
        assertThat(f.containers.portNumber(a.id()), is(PortNumber.portNumber(8)));
        assertThat(f.containers.containerByPort(port(1, 8)), is(a));
        assertThat(f.containers.containerByPort(port(1, 5)), nullValue());
    }

    /** Ports of other names, or of the same name on another server, do not bind a container. */
    @Test
    public void otherPortsDoNotBind() {
        Container a = f.containers.addContainer(request("a", "10.1.0.2", 2).build());
        f.devices.addPort(device(1), 9, "veth-b");
        f.devices.addPort(device(2), 9, "veth-a");
        assertThat(f.containers.portNumber(a.id()), nullValue());
        assertThat(f.containers.containerByPort(port(2, 9)), nullValue());
    }

    /** A bridge that connects with its ports already known binds its containers on the device event. */
    @Test
    public void bindsPortsWhenTheDeviceConnects() {
        Container a = f.containers.addContainer(request("a", "10.1.0.2", 2).build());
        f.devices.addPortQuietly(device(1), 12, "veth-a");
        assertThat(f.containers.portNumber(a.id()), nullValue());
        f.devices.announceDevice(DeviceEvent.Type.DEVICE_AVAILABILITY_CHANGED, device(1));
        assertThat(f.containers.containerByPort(port(1, 12)), is(a));
    }

    /**
     * A move to another server (a store update) re-binds the container: the old port no longer
     * names it, the new one does, listeners hear CONTAINER_MOVED with both states.
     */
    @Test
    public void moveRebindsToTheNewPort() {
        Container a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        f.devices.addPort(device(2), 9, "veth-a2");
        Container moved = a.toBuilder().server(device(2)).portName("veth-a2").build();
        f.containerStore.updateContainer(moved);
        assertThat(f.containers.containerByPort(port(1, 5)), nullValue());
        assertThat(f.containers.containerByPort(port(2, 9)), is(moved));
        assertThat(f.containers.portNumber(a.id()), is(PortNumber.portNumber(9)));
        assertThat(f.containers.containersOn(device(1)), is(empty()));
        assertThat(f.containers.containersOn(device(2)), contains(moved));
        assertThat(f.containers.containerByVip(a.vip()), is(moved));
        assertEvents(CONTAINER_ADDED, CONTAINER_MOVED);
        assertThat(events.get(1).subject(), is(moved));
        assertThat(events.get(1).prevSubject(), is(a));
        // what happens to the old port no longer concerns the moved container
        f.devices.removePort(device(1), 5);
        f.devices.addPort(device(1), 5, "veth-a");
        assertThat(f.containers.containerByPort(port(2, 9)), is(moved));
        assertThat(f.containers.containerByPort(port(1, 5)), nullValue());
    }

    /** A move to a port not reported yet leaves the container unbound until the port appears. */
    @Test
    public void moveToUnreportedPortUnbindsUntilItAppears() {
        Container a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        Container moved = a.toBuilder().server(device(2)).portName("veth-a2").build();
        f.containerStore.updateContainer(moved);
        assertThat(f.containers.portNumber(a.id()), nullValue());
        assertThat(f.containers.containerByPort(port(1, 5)), nullValue());
        f.devices.addPort(device(2), 11, "veth-a2");
        assertThat(f.containers.containerByPort(port(2, 11)), is(moved));
    }

    /** An update on the same port keeps the binding and serves the new state. */
    @Test
    public void updateOnSamePortKeepsTheBinding() {
        Container a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        Container updated = a.toBuilder().mac(MacAddress.valueOf("02:00:00:00:99:99")).build();
        f.containerStore.updateContainer(updated);
        assertThat(f.containers.containerByPort(port(1, 5)), is(updated));
        assertThat(f.containers.containerByMac(a.mac()), nullValue());
        assertThat(f.containers.containerByMac(updated.mac()), is(updated));
        assertEvents(CONTAINER_ADDED, CONTAINER_UPDATED);
        assertThat(events.get(1).prevSubject(), is(a));
    }

    /** Removal forgets the container, unbinds its port, releases its VIP and announces it. */
    @Test
    public void removeReleasesEverything() {
        Container a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        assertThat(f.containers.removeContainer(a.id()), is(a));
        assertThat(f.containers.container(a.id()), nullValue());
        assertThat(f.containers.containerByPort(port(1, 5)), nullValue());
        assertThat(f.containers.portNumber(a.id()), nullValue());
        assertThat(f.containers.containerByVip(a.vip()), nullValue());
        assertThat(f.vips.owner(a.vip()), nullValue());
        assertEvents(CONTAINER_ADDED, CONTAINER_REMOVED);
        assertThat(events.get(1).subject(), is(a));
        f.devices.addPort(device(1), 6, "veth-a");
        assertThat(f.containers.containerByPort(port(1, 6)), nullValue());
        Container again = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        assertThat(again.vip(), not(a.vip()));
    }

    /** Removing an unknown container is NOT_FOUND. */
    @Test
    public void removeOfUnknownContainerIsNotFound() {
        assertRejected(NOT_FOUND, "id", "id: container nope is not registered",
                       () -> f.containers.removeContainer("nope"));
    }

    /** A node started later serves the containers with their VIPs and binds their ports at once. */
    @Test
    public void laterNodeKeepsVipsAndBindings() {
        Container a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        f.tearDown();
        RegistryFixture restarted = f.peer();
        f = restarted;
        assertThat(restarted.containers.container("id-a").vip(), is(a.vip()));
        assertThat(restarted.containers.containerByVip(a.vip()), is(a));
        assertThat(restarted.containers.containerByPort(port(1, 5)), is(a));
        Container b = restarted.addContainer("b", web.key(), "10.1.0.3", 1, 6);
        assertThat(b.vip(), not(a.vip()));
    }

    /**
     * Asserts that the container service's version grew, and returns it.
     *
     * @param before the version before
     * @return the version now
     */
    private long grew(long before) {
        long now = f.containers.version();
        assertThat(now > before, is(true));
        return now;
    }

    /**
     * The version grows with every change of a container or of its port binding, as soon as the
     * lookups answer with it, and stays while nothing changes: a route derived from lookups made
     * after reading a version is still current while the version reads the same.
     */
    @Test
    public void versionGrowsWithEveryChangeOfAContainerOrItsPort() {
        long v = f.containers.version();
        Container a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        v = grew(v);
        f.containers.containerByPort(port(1, 5));
        f.containers.containerByIp(a.tenant(), a.ip());
        assertThat("lookups change nothing", f.containers.version(), is(v));
        f.devices.addPort(device(2), 7, "veth-a2");
        assertThat("a port no container is bound to", f.containers.version(), is(v));

        Container moved = f.containers.moveContainer(a.id(), device(2), "veth-a2");
        v = grew(v);
        f.devices.removePort(device(2), 7);
        v = grew(v);
        assertThat(f.containers.portNumber(a.id()), nullValue());
        f.devices.addPort(device(2), 8, "veth-a2");
        v = grew(v);
        assertThat(f.containers.portNumber(a.id()), is(PortNumber.portNumber(8)));

        // a change written to the store directly: the store's version, part of the service's, grows
        f.containerStore.updateContainer(moved.toBuilder().mac(MacAddress.valueOf("02:00:00:00:01:99")).build());
        v = grew(v);
        f.containers.removeContainer(a.id());
        grew(v);
    }
}
