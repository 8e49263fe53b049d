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
import org.daolinet.api.NetworkKey;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.daolinet.api.ContainerEvent.Type.CONTAINER_ADDED;
import static org.daolinet.api.ContainerEvent.Type.CONTAINER_MOVED;
import static org.daolinet.api.ContainerEvent.Type.CONTAINER_REMOVED;
import static org.daolinet.api.ContainerEvent.Type.CONTAINER_UPDATED;
import static org.daolinet.api.DaoliNetException.Reason.CONFLICT;
import static org.daolinet.api.DaoliNetException.Reason.NOT_FOUND;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Specification of the container store: cluster-wide uniqueness of ids, names and IPs per tenant,
 * MACs, and ports per server; local lookups that follow every change; events.
 */
public class DistributedContainerStoreTest {

    private static final NetworkKey WEB = NetworkKey.of("acme", "web");
    private static final NetworkKey DB = NetworkKey.of("acme", "db");
    private static final NetworkKey OTHER_WEB = NetworkKey.of("other", "web");

    private static final Container C1 = container("c1", WEB, "10.1.0.2", 1, 1, "100.64.0.1");
    private static final Container C2 = container("c2", WEB, "10.1.0.3", 2, 1, "100.64.0.2");

    private final SharedTestStorageService storage = new SharedTestStorageService();
    private final List<ContainerEvent> events = new ArrayList<>();
    private DistributedContainerStore store;

    /**
     * Returns a container with id NAME-id, MAC 02:00:00:00:00:MAC and port veth-NAME.
     *
     * @param name    name
     * @param network network
     * @param ip      IP
     * @param mac     last byte of the MAC
     * @param server  server number
     * @param vip     VIP
     * @return container
     */
    static Container container(String name, NetworkKey network, String ip, int mac, int server, String vip) {
        return Container.builder().id(name + "-id").name(name).network(network).ip(IpAddress.valueOf(ip))
                .mac(MacAddress.valueOf(0x020000000000L + mac)).server(device(server)).portName("veth-" + name)
                .vip(IpAddress.valueOf(vip)).build();
    }

    /**
     * Returns a store activated on the given storage, as on an ONOS node.
     *
     * @param on storage
     * @return active store
     */
    static DistributedContainerStore activeStore(SharedTestStorageService on) {
        DistributedContainerStore s = new DistributedContainerStore();
        s.storageService = on;
        s.activate();
        return s;
    }

    /** Activates a store that records its events. */
    @Before
    public void setUp() {
        store = activeStore(storage);
        store.setDelegate(events::add);
    }

    private void assertEvent(int index, ContainerEvent.Type type, Container subject, Container prevSubject) {
        ContainerEvent event = events.get(index);
        assertThat(event.type(), is(type));
        assertThat(event.subject(), is(subject));
        assertThat(event.prevSubject(), is(prevSubject));
    }

    /** A created container is found by each of its keys, and announced. */
    @Test
    public void createdContainerIsFoundByEveryKey() {
        assertThat(store.createContainer(C1), is(C1));
        store.createContainer(C2);
        assertThat(store.container("c1-id"), is(C1));
        assertThat(store.containerByName("acme", "c1"), is(C1));
        assertThat(store.containerByIp("acme", IpAddress.valueOf("10.1.0.2")), is(C1));
        assertThat(store.containerByMac(MacAddress.valueOf("02:00:00:00:00:01")), is(C1));
        assertThat(store.containerByVip(IpAddress.valueOf("100.64.0.1")), is(C1));
        assertThat(store.containerByPortName(device(1), "veth-c1"), is(C1));
        assertThat(store.containers(), containsInAnyOrder(C1, C2));
        assertThat(store.containers(WEB), containsInAnyOrder(C1, C2));
        assertThat(store.containersOn(device(1)), containsInAnyOrder(C1, C2));
        assertThat(events.size(), is(2));
        assertEvent(0, CONTAINER_ADDED, C1, null);
        assertEvent(1, CONTAINER_ADDED, C2, null);
    }

    /** Names and IPs are looked up within a tenant, ports within a server. */
    @Test
    public void lookupsAreScoped() {
        store.createContainer(C1);
        assertThat(store.containerByName("other", "c1"), nullValue());
        assertThat(store.containerByIp("other", IpAddress.valueOf("10.1.0.2")), nullValue());
        assertThat(store.containerByPortName(device(2), "veth-c1"), nullValue());
        assertThat(store.containers(DB), is(empty()));
        assertThat(store.containersOn(device(2)), is(empty()));
        assertThat(store.container("c1"), nullValue());
    }

    /** A second container with a registered id is a conflict, and nothing is stored. */
    @Test
    public void idIsUnique() {
        store.createContainer(C1);
        Map<String, Map<Object, Object>> before = storage.contents();
        Container sameId = container("c9", DB, "10.2.0.9", 9, 2, "100.64.0.9").toBuilder().id("c1-id").build();
        assertRejected(CONFLICT, "id", "id: c1-id is already registered", () -> store.createContainer(sameId));
        assertThat(storage.contents(), is(before));
        assertThat(store.container("c1-id"), is(C1));
        assertThat(events.size(), is(1));
    }

    /** A name is unique within a tenant, across its networks. */
    @Test
    public void nameIsUniqueInTenant() {
        store.createContainer(C1);
        Map<String, Map<Object, Object>> before = storage.contents();
        Container sameName = container("c9", DB, "10.2.0.9", 9, 2, "100.64.0.9").toBuilder().name("c1").build();
        assertRejected(CONFLICT, "name", "name: acme/c1 is already used by c1-id",
                       () -> store.createContainer(sameName));
        assertThat(storage.contents(), is(before));
        assertThat(store.container("c9-id"), nullValue());
    }

    /** An IP is unique within a tenant. */
    @Test
    public void ipIsUniqueInTenant() {
        store.createContainer(C1);
        Map<String, Map<Object, Object>> before = storage.contents();
        assertRejected(CONFLICT, "ip", "ip: acme/10.1.0.2 is already used by c1-id",
                       () -> store.createContainer(container("c9", WEB, "10.1.0.2", 9, 2, "100.64.0.9")));
        assertThat(storage.contents(), is(before));
    }

    /** A MAC is unique across tenants. */
    @Test
    public void macIsUniqueEverywhere() {
        store.createContainer(C1);
        Map<String, Map<Object, Object>> before = storage.contents();
        assertRejected(CONFLICT, "mac", "mac: 02:00:00:00:00:01 is already used by c1-id",
                       () -> store.createContainer(container("c9", OTHER_WEB, "10.1.0.9", 1, 2, "100.64.0.9")));
        assertThat(storage.contents(), is(before));
    }

    /** A port of a server binds one container. */
    @Test
    public void portIsUniquePerServer() {
        store.createContainer(C1);
        Map<String, Map<Object, Object>> before = storage.contents();
        Container samePort = container("c9", WEB, "10.1.0.9", 9, 1, "100.64.0.9").toBuilder().portName("veth-c1")
                .build();
        assertRejected(CONFLICT, "portName", "portName: of:0000000000000001/veth-c1 is already used by c1-id",
                       () -> store.createContainer(samePort));
        assertThat(storage.contents(), is(before));
    }

    /** A rejected container leaves its id, name, IP and port free: changing the offending value suffices. */
    @Test
    public void rejectedContainerLeavesItsValuesFree() {
        store.createContainer(C1);
        Container clash = container("c9", WEB, "10.1.0.9", 1, 1, "100.64.0.9");
        assertRejected(CONFLICT, "mac", () -> store.createContainer(clash));
        Container fixed = clash.toBuilder().mac(MacAddress.valueOf("02:00:00:00:00:09")).build();
        assertThat(store.createContainer(fixed), is(fixed));
        assertThat(store.containerByName("acme", "c9"), is(fixed));
    }

    /** Another tenant may use the same name and IP; another server the same port name. */
    @Test
    public void otherTenantsAndServersAreIndependent() {
        store.createContainer(C1);
        Container twin = container("c1", OTHER_WEB, "10.1.0.2", 7, 2, "100.64.0.7").toBuilder().id("twin-id")
                .portName("veth-c1").build();
        assertThat(store.createContainer(twin), is(twin));
        assertThat(store.containerByName("acme", "c1"), is(C1));
        assertThat(store.containerByName("other", "c1"), is(twin));
        assertThat(store.containerByIp("acme", IpAddress.valueOf("10.1.0.2")), is(C1));
        assertThat(store.containerByIp("other", IpAddress.valueOf("10.1.0.2")), is(twin));
        assertThat(store.containerByPortName(device(2), "veth-c1"), is(twin));
        assertThat(store.containers(OTHER_WEB), contains(twin));
    }

    /** Removal forgets the container under every key, announces it and frees every claim. */
    @Test
    public void removeForgetsAndFreesEverything() {
        Map<String, Map<Object, Object>> initial = storage.contents();
        store.createContainer(C1);
        assertThat(store.removeContainer("c1-id"), is(C1));
        assertThat(store.container("c1-id"), nullValue());
        assertThat(store.containerByName("acme", "c1"), nullValue());
        assertThat(store.containerByIp("acme", C1.ip()), nullValue());
        assertThat(store.containerByMac(C1.mac()), nullValue());
        assertThat(store.containerByVip(C1.vip()), nullValue());
        assertThat(store.containerByPortName(device(1), "veth-c1"), nullValue());
        assertThat(store.containers(WEB), is(empty()));
        assertThat(store.containersOn(device(1)), is(empty()));
        assertEvent(1, CONTAINER_REMOVED, C1, null);
        assertThat(storage.contents(), is(initial));
        assertThat(store.createContainer(C1), is(C1));
    }

    /** Removing an unknown container returns null and announces nothing. */
    @Test
    public void removeOfUnknownContainerIsNull() {
        assertThat(store.removeContainer("c1-id"), nullValue());
        assertThat(events, is(empty()));
    }

    /**
     * A move to another server and port re-indexes the container: the old port and server lookups
     * forget it, the new ones find it, the old port is free and CONTAINER_MOVED carries both states.
     */
    @Test
    public void moveToAnotherServerReindexes() {
        store.createContainer(C1);
        store.createContainer(C2);
        Container moved = C1.toBuilder().server(device(2)).portName("veth-x").build();
        assertThat(store.updateContainer(moved), is(C1));
        assertThat(store.container("c1-id"), is(moved));
        assertThat(store.containerByPortName(device(1), "veth-c1"), nullValue());
        assertThat(store.containerByPortName(device(2), "veth-x"), is(moved));
        assertThat(store.containersOn(device(1)), contains(C2));
        assertThat(store.containersOn(device(2)), contains(moved));
        assertThat(store.containerByName("acme", "c1"), is(moved));
        assertThat(store.containerByVip(C1.vip()), is(moved));
        assertThat(store.containers(WEB), containsInAnyOrder(moved, C2));
        assertThat(events.size(), is(3));
        assertEvent(2, CONTAINER_MOVED, moved, C1);
        Container onOldPort = container("c3", WEB, "10.1.0.4", 3, 1, "100.64.0.3").toBuilder().portName("veth-c1")
                .build();
        assertThat(store.createContainer(onOldPort), is(onOldPort));
        assertRejected(CONFLICT, "portName", () -> store.createContainer(
                container("c4", WEB, "10.1.0.5", 4, 2, "100.64.0.4").toBuilder().portName("veth-x").build()));
    }

    /** A new port on the same server is a move too. */
    @Test
    public void newPortOnSameServerIsAMove() {
        store.createContainer(C1);
        Container moved = C1.toBuilder().portName("veth-new").build();
        store.updateContainer(moved);
        assertEvent(1, CONTAINER_MOVED, moved, C1);
        assertThat(store.containerByPortName(device(1), "veth-c1"), nullValue());
        assertThat(store.containerByPortName(device(1), "veth-new"), is(moved));
        assertThat(store.containersOn(device(1)), contains(moved));
    }

    /** A changed MAC is claimed and indexed, the old one released: an update, not a move. */
    @Test
    public void changedMacIsReclaimed() {
        store.createContainer(C1);
        MacAddress newMac = MacAddress.valueOf("02:00:00:00:00:77");
        Container updated = C1.toBuilder().mac(newMac).build();
        assertThat(store.updateContainer(updated), is(C1));
        assertEvent(1, CONTAINER_UPDATED, updated, C1);
        assertThat(store.containerByMac(C1.mac()), nullValue());
        assertThat(store.containerByMac(newMac), is(updated));
        assertRejected(CONFLICT, "mac", () -> store.createContainer(
                container("c9", WEB, "10.1.0.9", 0x77, 1, "100.64.0.9")));
        Container oldMac = container("c9", WEB, "10.1.0.9", 1, 1, "100.64.0.9");
        assertThat(store.createContainer(oldMac), is(oldMac));
    }

    /** A changed IP is claimed and indexed, the old one released. */
    @Test
    public void changedIpIsReclaimed() {
        store.createContainer(C1);
        Container updated = C1.toBuilder().ip(IpAddress.valueOf("10.1.0.99")).build();
        store.updateContainer(updated);
        assertEvent(1, CONTAINER_UPDATED, updated, C1);
        assertThat(store.containerByIp("acme", IpAddress.valueOf("10.1.0.2")), nullValue());
        assertThat(store.containerByIp("acme", IpAddress.valueOf("10.1.0.99")), is(updated));
        assertRejected(CONFLICT, "ip", () -> store.createContainer(container("c9", WEB, "10.1.0.99", 9, 1,
                                                                              "100.64.0.9")));
        Container oldIp = container("c9", WEB, "10.1.0.2", 9, 1, "100.64.0.9");
        assertThat(store.createContainer(oldIp), is(oldIp));
    }

    /** A changed name is claimed and indexed, the old one released. */
    @Test
    public void changedNameIsReclaimed() {
        store.createContainer(C1);
        Container renamed = C1.toBuilder().name("c1-renamed").build();
        store.updateContainer(renamed);
        assertThat(store.containerByName("acme", "c1"), nullValue());
        assertThat(store.containerByName("acme", "c1-renamed"), is(renamed));
        Container oldName = container("c9", WEB, "10.1.0.9", 9, 1, "100.64.0.9").toBuilder().name("c1").build();
        assertThat(store.createContainer(oldName), is(oldName));
    }

    /** An update onto another container's value is a conflict and changes nothing. */
    @Test
    public void updateOntoTakenValueChangesNothing() {
        store.createContainer(C1);
        store.createContainer(C2);
        Map<String, Map<Object, Object>> before = storage.contents();
        Container ipTaken = C2.toBuilder().mac(MacAddress.valueOf("02:00:00:00:00:55")).ip(C1.ip()).build();
        assertRejected(CONFLICT, "ip", "ip: acme/10.1.0.2 is already used by c1-id",
                       () -> store.updateContainer(ipTaken));
        assertRejected(CONFLICT, "portName", () -> store.updateContainer(C2.toBuilder().portName("veth-c1").build()));
        assertThat(storage.contents(), is(before));
        assertThat(store.container("c2-id"), is(C2));
        assertThat(store.containerByMac(MacAddress.valueOf("02:00:00:00:00:55")), nullValue());
        assertThat(store.containerByMac(C2.mac()), is(C2));
        assertThat(events.size(), is(2));
    }

    /** Only registered containers can be updated. */
    @Test
    public void updateOfUnknownContainerIsNotFound() {
        assertRejected(NOT_FOUND, "id", "id: container c1-id is not registered", () -> store.updateContainer(C1));
        assertThat(store.containers(), is(empty()));
    }

    /** A store activated later loads every container under every key (VIPs included). */
    @Test
    public void laterStoreLoadsContainers() {
        store.createContainer(C1);
        store.createContainer(C2);
        store.removeContainer("c2-id");
        DistributedContainerStore restarted = activeStore(storage);
        assertThat(restarted.containers(), contains(C1));
        assertThat(restarted.containerByName("acme", "c1"), is(C1));
        assertThat(restarted.containerByIp("acme", C1.ip()), is(C1));
        assertThat(restarted.containerByMac(C1.mac()), is(C1));
        assertThat(restarted.containerByVip(IpAddress.valueOf("100.64.0.1")), is(C1));
        assertThat(restarted.containerByPortName(device(1), "veth-c1"), is(C1));
        assertThat(restarted.containersOn(device(1)), contains(C1));
        assertThat(restarted.containers(WEB), contains(C1));
        assertRejected(CONFLICT, "mac", () -> restarted.createContainer(
                container("c9", WEB, "10.1.0.9", 1, 1, "100.64.0.9")));
    }

    /** Two nodes follow each other's additions, moves and removals, and enforce uniqueness together. */
    @Test
    public void twoNodesShareContainers() {
        DistributedContainerStore node2 = activeStore(storage);
        List<ContainerEvent> node2Events = new ArrayList<>();
        node2.setDelegate(node2Events::add);

        store.createContainer(C1);
        assertThat(node2.containerByMac(C1.mac()), is(C1));
        assertThat(node2Events.get(0).type(), is(CONTAINER_ADDED));
        assertRejected(CONFLICT, "id", () -> node2.createContainer(C1));
        assertRejected(CONFLICT, "mac", () -> node2.createContainer(container("c9", OTHER_WEB, "10.9.0.9", 1, 2,
                                                                                "100.64.0.9")));
        assertRejected(CONFLICT, "ip", () -> node2.createContainer(container("c9", WEB, "10.1.0.2", 9, 2,
                                                                               "100.64.0.9")));
        assertRejected(CONFLICT, "name", () -> node2.createContainer(
                container("c9", DB, "10.2.0.9", 9, 2, "100.64.0.9").toBuilder().name("c1").build()));

        Container moved = C1.toBuilder().server(device(2)).build();
        node2.updateContainer(moved);
        assertThat(store.containerByPortName(device(1), "veth-c1"), nullValue());
        assertThat(store.containersOn(device(2)), contains(moved));
        assertEvent(1, CONTAINER_MOVED, moved, C1);

        node2.removeContainer("c1-id");
        assertThat(store.container("c1-id"), nullValue());
        assertThat(store.containerByMac(C1.mac()), nullValue());
        assertEvent(2, CONTAINER_REMOVED, moved, null);
    }
}
