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
import org.daolinet.api.NetworkEvent;
import org.daolinet.api.NetworkKey;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.daolinet.api.DaoliNetException.Reason.CONFLICT;
import static org.daolinet.api.NetworkEvent.Type.NETWORK_CREATED;
import static org.daolinet.api.NetworkEvent.Type.NETWORK_REMOVED;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

/**
 * Specification of the network store: numbering, no overlap within a tenant, lookups, events.
 */
public class DistributedNetworkStoreTest {

    private final SharedTestStorageService storage = new SharedTestStorageService();
    private final List<NetworkEvent> events = new ArrayList<>();
    private DistributedNetworkStore store;

    /**
     * Returns a network as a client would ask for it (not numbered yet).
     *
     * @param tenant tenant
     * @param name   name
     * @param cidr   subnet
     * @return network
     */
    static Network network(String tenant, String name, String cidr) {
        return Network.builder().tenant(tenant).name(name).cidr(IpPrefix.valueOf(cidr)).build();
    }

    /**
     * Returns a store activated on the given storage, as on an ONOS node.
     *
     * @param on storage
     * @return active store
     */
    static DistributedNetworkStore activeStore(SharedTestStorageService on) {
        DistributedNetworkStore s = new DistributedNetworkStore();
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

    private Network networkOf(String tenant, String ip) {
        return store.networkOf(tenant, IpAddress.valueOf(ip));
    }

    /** Created networks are numbered 1, 2, ... and found by key, number and address; each is announced. */
    @Test
    public void createdNetworksAreNumberedAndFound() {
        Network web = store.createNetwork(network("acme", "web", "10.1.0.0/24"));
        Network db = store.createNetwork(network("acme", "db", "10.2.0.0/24"));
        assertThat(web, is(network("acme", "web", "10.1.0.0/24").withId(1)));
        assertThat(db.id(), is(2));
        assertThat(store.network(NetworkKey.of("acme", "web")), is(web));
        assertThat(store.networkById(2), is(db));
        assertThat(networkOf("acme", "10.1.0.77"), is(web));
        assertThat(networkOf("acme", "10.2.0.77"), is(db));
        assertThat(store.networks(), containsInAnyOrder(web, db));
        assertThat(events.size(), is(2));
        assertThat(events.get(0).type(), is(NETWORK_CREATED));
        assertThat(events.get(0).subject(), is(web));
        assertThat(events.get(1).subject(), is(db));
    }

    /** Lookups of what does not exist find nothing. */
    @Test
    public void unknownNetworkIsNotFound() {
        store.createNetwork(network("acme", "web", "10.1.0.0/24"));
        assertThat(store.network(NetworkKey.of("acme", "db")), nullValue());
        assertThat(store.network(NetworkKey.of("other", "web")), nullValue());
        assertThat(store.networkById(2), nullValue());
        assertThat(networkOf("acme", "10.1.1.1"), nullValue());
        assertThat(networkOf("other", "10.1.0.2"), nullValue());
    }

    /** Creating the same network again returns the stored one, with its number, and changes nothing. */
    @Test
    public void identicalCreationIsIdempotent() {
        Network web = store.createNetwork(network("acme", "web", "10.1.0.0/24"));
        Map<String, Map<Object, Object>> before = storage.contents();
        Network sameWithExplicitGateway = Network.builder().tenant("acme").name("web")
                .cidr(IpPrefix.valueOf("10.1.0.0/24")).gateway(IpAddress.valueOf("10.1.0.1")).build();
        assertThat(store.createNetwork(sameWithExplicitGateway), sameInstance(web));
        assertThat(store.createNetwork(network("acme", "web", "10.1.0.0/24")).id(), is(1));
        assertThat(storage.contents(), is(before));
        assertThat(events.size(), is(1));
    }

    /** A network of an existing name with another subnet or gateway is a conflict. */
    @Test
    public void differingCreationIsAConflict() {
        store.createNetwork(network("acme", "web", "10.1.0.0/24"));
        Map<String, Map<Object, Object>> before = storage.contents();
        assertRejected(CONFLICT, "name",
                       "name: network acme/web already exists with subnet 10.1.0.0/24 and gateway 10.1.0.1",
                       () -> store.createNetwork(network("acme", "web", "10.9.0.0/24")));
        assertRejected(CONFLICT, "name", () -> store.createNetwork(
                Network.builder().tenant("acme").name("web").cidr(IpPrefix.valueOf("10.1.0.0/24"))
                        .gateway(IpAddress.valueOf("10.1.0.254")).build()));
        assertThat(storage.contents(), is(before));
        assertThat(events.size(), is(1));
    }

    /** Within a tenant, a subnet inside an existing one is rejected, and nothing is stored. */
    @Test
    public void subnetInsideAnotherOfTheTenantIsRejected() {
        store.createNetwork(network("acme", "big", "10.1.0.0/16"));
        Map<String, Map<Object, Object>> before = storage.contents();
        assertRejected(CONFLICT, "cidr", "cidr: 10.1.2.0/24 overlaps 10.1.0.0/16 of another network of tenant acme",
                       () -> store.createNetwork(network("acme", "small", "10.1.2.0/24")));
        assertThat(storage.contents(), is(before));
        assertThat(store.network(NetworkKey.of("acme", "small")), nullValue());
    }

    /** Within a tenant, a subnet holding an existing one is rejected, and nothing is stored. */
    @Test
    public void subnetAroundAnotherOfTheTenantIsRejected() {
        store.createNetwork(network("acme", "small", "10.1.2.0/24"));
        Map<String, Map<Object, Object>> before = storage.contents();
        assertRejected(CONFLICT, "cidr", "cidr: 10.0.0.0/8 overlaps 10.1.2.0/24 of another network of tenant acme",
                       () -> store.createNetwork(network("acme", "big", "10.0.0.0/8")));
        assertRejected(CONFLICT, "cidr", () -> store.createNetwork(network("acme", "twin", "10.1.2.0/24")));
        assertThat(storage.contents(), is(before));
    }

    /** Adjacent subnets of a tenant do not overlap. */
    @Test
    public void adjacentSubnetsAreAccepted() {
        Network low = store.createNetwork(network("acme", "low", "10.1.0.0/24"));
        Network high = store.createNetwork(network("acme", "high", "10.1.1.0/24"));
        Network tiny = store.createNetwork(network("acme", "tiny", "10.1.2.0/29"));
        Network next = store.createNetwork(network("acme", "next", "10.1.2.8/29"));
        assertThat(networkOf("acme", "10.1.0.255"), is(low));
        assertThat(networkOf("acme", "10.1.1.0"), is(high));
        assertThat(networkOf("acme", "10.1.2.7"), is(tiny));
        assertThat(networkOf("acme", "10.1.2.8"), is(next));
        assertThat(networkOf("acme", "10.1.2.16"), nullValue());
    }

    /** Tenants are independent: the same or nested subnets in different tenants are fine. */
    @Test
    public void tenantsMayUseTheSameSubnets() {
        Network acme = store.createNetwork(network("acme", "web", "10.1.0.0/24"));
        Network other = store.createNetwork(network("other", "web", "10.1.0.0/24"));
        Network third = store.createNetwork(network("third", "all", "10.0.0.0/8"));
        assertThat(networkOf("acme", "10.1.0.2"), is(acme));
        assertThat(networkOf("other", "10.1.0.2"), is(other));
        assertThat(networkOf("third", "10.1.0.2"), is(third));
        assertThat(other.id(), is(2));
    }

    /** Removal forgets the network, announces it and frees its subnet; numbers are not reused. */
    @Test
    public void removeForgetsAndFreesTheSubnet() {
        Map<String, Map<Object, Object>> initial = storage.contents();
        Network web = store.createNetwork(network("acme", "web", "10.1.0.0/24"));
        assertThat(store.removeNetwork(web.key()), is(web));
        assertThat(store.network(web.key()), nullValue());
        assertThat(store.networkById(1), nullValue());
        assertThat(networkOf("acme", "10.1.0.2"), nullValue());
        assertThat(store.networks(), is(empty()));
        assertThat(events.get(1).type(), is(NETWORK_REMOVED));
        assertThat(events.get(1).subject(), is(web));
        assertThat(storage.contents(), is(initial));
        Network reborn = store.createNetwork(network("acme", "web2", "10.1.0.0/16"));
        assertThat(reborn.id(), is(2));
        assertThat(networkOf("acme", "10.1.0.2"), is(reborn));
    }

    /** Removing an unknown network returns null and announces nothing. */
    @Test
    public void removeOfUnknownNetworkIsNull() {
        assertThat(store.removeNetwork(NetworkKey.of("acme", "web")), nullValue());
        assertThat(events, is(empty()));
    }

    /** When the network numbers are used up, creation is a conflict and the subnet stays free. */
    @Test
    public void exhaustedNumbersStoreNothing() {
        Map<String, Map<Object, Object>> initial = storage.contents();
        storage.counter("daolinet-network-ids").set(Network.MAX_ID).join();
        assertRejected(CONFLICT, "id", "id: all 16777215 network numbers are used",
                       () -> store.createNetwork(network("acme", "web", "10.1.0.0/24")));
        assertThat(storage.contents(), is(initial));
        assertThat(store.networks(), is(empty()));
    }

    /** A store activated later loads the networks with their numbers and subnets; numbering goes on. */
    @Test
    public void laterStoreLoadsNetworks() {
        Network web = store.createNetwork(network("acme", "web", "10.1.0.0/24"));
        DistributedNetworkStore restarted = activeStore(storage);
        assertThat(restarted.network(web.key()), is(web));
        assertThat(restarted.networkById(1), is(web));
        assertThat(restarted.networkOf("acme", IpAddress.valueOf("10.1.0.9")), is(web));
        assertRejected(CONFLICT, "cidr", () -> restarted.createNetwork(network("acme", "db", "10.1.0.0/25")));
        assertThat(restarted.createNetwork(network("acme", "db", "10.2.0.0/24")).id(), is(2));
    }

    /** Two nodes number networks uniquely, see each other's networks and refuse overlaps together. */
    @Test
    public void twoNodesShareNetworks() {
        DistributedNetworkStore node2 = activeStore(storage);
        Network web = store.createNetwork(network("acme", "web", "10.1.0.0/24"));
        Network db = node2.createNetwork(network("acme", "db", "10.2.0.0/24"));
        assertThat(db.id(), is(2));
        assertThat(node2.networkOf("acme", IpAddress.valueOf("10.1.0.5")), is(web));
        assertThat(networkOf("acme", "10.2.0.5"), is(db));
        assertRejected(CONFLICT, "cidr", () -> node2.createNetwork(network("acme", "all", "10.0.0.0/8")));
        assertRejected(CONFLICT, "name", () -> node2.createNetwork(network("acme", "web", "10.3.0.0/24")));
        node2.removeNetwork(web.key());
        assertThat(store.network(web.key()), nullValue());
        assertThat(networkOf("acme", "10.1.0.5"), nullValue());
        assertThat(events.get(2).type(), is(NETWORK_REMOVED));
    }
}
