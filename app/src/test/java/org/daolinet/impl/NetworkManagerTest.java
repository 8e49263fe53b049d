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
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.daolinet.api.DaoliNetException.Reason.CONFLICT;
import static org.daolinet.api.DaoliNetException.Reason.NOT_FOUND;
import static org.daolinet.api.NetworkEvent.Type.NETWORK_CREATED;
import static org.daolinet.api.NetworkEvent.Type.NETWORK_REMOVED;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Specification of the network service: creation, numbering, no overlap within a tenant,
 * address lookup, removal and events.
 */
public class NetworkManagerTest {

    private RegistryFixture f;
    private final List<NetworkEvent> events = new ArrayList<>();

    /** Starts a registry whose network events are recorded. */
    @Before
    public void setUp() {
        f = new RegistryFixture();
        f.networks.addListener(events::add);
    }

    /** Stops the registry. */
    @After
    public void tearDown() {
        f.tearDown();
    }

    private Network networkOf(String tenant, String ip) {
        return f.networks.networkOf(tenant, IpAddress.valueOf(ip));
    }

    private void assertEvents(NetworkEvent.Type... types) {
        assertThat(events.size(), is(types.length));
        for (int i = 0; i < types.length; i++) {
            assertThat(events.get(i).type(), is(types[i]));
        }
    }

    /** A created network is numbered, gets its gateway, MAC and port, is found and announced. */
    @Test
    public void createdNetworkIsNumberedFoundAndAnnounced() {
        Network web = f.addNetwork("acme", "web", "10.1.0.0/24");
        assertThat(web.key(), is(NetworkKey.of("acme", "web")));
        assertThat(web.cidr(), is(IpPrefix.valueOf("10.1.0.0/24")));
        assertThat(web.gateway(), is(IpAddress.valueOf("10.1.0.1")));
        assertThat(web.id(), is(1));
        assertThat(web.gatewayMac(), is(MacAddress.valueOf("02:da:01:00:00:01")));
        assertThat(web.gatewayPort(), is("dlgw1"));
        assertThat(f.networks.network(NetworkKey.of("acme", "web")), is(web));
        assertThat(f.networks.networkById(1), is(web));
        assertThat(f.networks.networks(), containsInAnyOrder(web));
        assertEvents(NETWORK_CREATED);
        assertThat(events.get(0).subject(), is(web));
    }

    /** A network created without a tenant belongs to the default tenant. */
    @Test
    public void networkWithoutTenantIsInDefaultTenant() {
        Network web = f.addNetwork(null, "web", "10.1.0.0/24");
        assertThat(f.networks.network(NetworkKey.of("default", "web")), is(web));
        assertThat(networkOf("default", "10.1.0.9"), is(web));
    }

    /** Creating the same network again returns it with its number and announces nothing. */
    @Test
    public void identicalCreationIsIdempotent() {
        Network web = f.addNetwork("acme", "web", "10.1.0.0/24");
        assertThat(f.addNetwork("acme", "web", "10.1.0.0/24"), is(web));
        assertThat(f.networks.networks().size(), is(1));
        assertEvents(NETWORK_CREATED);
    }

    /** Creating an existing network with another subnet is a conflict and announces nothing. */
    @Test
    public void differingCreationIsAConflict() {
        f.addNetwork("acme", "web", "10.1.0.0/24");
        assertRejected(CONFLICT, "name", () -> f.addNetwork("acme", "web", "10.2.0.0/24"));
        assertThat(f.networks.network(NetworkKey.of("acme", "web")).cidr(), is(IpPrefix.valueOf("10.1.0.0/24")));
        assertEvents(NETWORK_CREATED);
    }

    /** Subnets of one tenant never overlap, whichever holds the other; nothing is stored on rejection. */
    @Test
    public void subnetsOfATenantNeverOverlap() {
        f.addNetwork("acme", "mid", "10.1.0.0/16");
        Map<String, Map<Object, Object>> before = f.storage.contents();
        assertRejected(CONFLICT, "cidr", () -> f.addNetwork("acme", "inner", "10.1.5.0/24"));
        assertRejected(CONFLICT, "cidr", () -> f.addNetwork("acme", "outer", "10.0.0.0/8"));
        assertRejected(CONFLICT, "cidr", () -> f.addNetwork("acme", "same", "10.1.0.0/16"));
        assertThat(f.storage.contents(), is(before));
        assertEvents(NETWORK_CREATED);
    }

    /** Different tenants may use the same subnet; each address resolves within its tenant. */
    @Test
    public void tenantsMayShareSubnets() {
        Network acme = f.addNetwork("acme", "web", "10.1.0.0/24");
        Network other = f.addNetwork("other", "web", "10.1.0.0/24");
        assertThat(networkOf("acme", "10.1.0.2"), is(acme));
        assertThat(networkOf("other", "10.1.0.2"), is(other));
        assertThat(networkOf("nobody", "10.1.0.2"), nullValue());
    }

    /** Address lookup picks the adjacent network holding the address, up to its boundary. */
    @Test
    public void networkOfResolvesAdjacentSubnets() {
        Network low = f.addNetwork("acme", "low", "10.1.0.0/24");
        Network high = f.addNetwork("acme", "high", "10.1.1.0/25");
        Network tiny = f.addNetwork("acme", "tiny", "10.1.1.128/29");
        assertThat(networkOf("acme", "10.1.0.255"), is(low));
        assertThat(networkOf("acme", "10.1.1.0"), is(high));
        assertThat(networkOf("acme", "10.1.1.127"), is(high));
        assertThat(networkOf("acme", "10.1.1.128"), is(tiny));
        assertThat(networkOf("acme", "10.1.1.135"), is(tiny));
        assertThat(networkOf("acme", "10.1.1.136"), nullValue());
        assertThat(networkOf("acme", "8.8.8.8"), nullValue());
    }

    /** Address lookup finds the innermost of nested subnets of different tenants only in its tenant. */
    @Test
    public void networkOfKeepsNestedSubnetsOfTenantsApart() {
        Network wide = f.addNetwork("acme", "wide", "10.0.0.0/8");
        Network narrow = f.addNetwork("other", "narrow", "10.1.2.0/24");
        assertThat(networkOf("acme", "10.1.2.3"), is(wide));
        assertThat(networkOf("other", "10.1.2.3"), is(narrow));
        assertThat(networkOf("other", "10.1.3.3"), nullValue());
    }

    /** Removal forgets the network, announces it and frees its subnet for a new network. */
    @Test
    public void removeForgetsTheNetwork() {
        Network web = f.addNetwork("acme", "web", "10.1.0.0/24");
        assertThat(f.networks.removeNetwork(web.key()), is(web));
        assertThat(f.networks.network(web.key()), nullValue());
        assertThat(f.networks.networkById(1), nullValue());
        assertThat(networkOf("acme", "10.1.0.2"), nullValue());
        assertThat(f.networks.networks(), is(empty()));
        assertEvents(NETWORK_CREATED, NETWORK_REMOVED);
        assertThat(events.get(1).subject(), is(web));
        assertThat(f.addNetwork("acme", "web", "10.1.0.0/23").id(), is(2));
    }

    /** Removing an unknown network is NOT_FOUND. */
    @Test
    public void removeOfUnknownNetworkIsNotFound() {
        assertRejected(NOT_FOUND, "network", "network: network acme/web does not exist",
                       () -> f.networks.removeNetwork(NetworkKey.of("acme", "web")));
    }

    /** A network that still has containers cannot be removed. */
    @Test
    public void networkWithContainersIsKept() {
        f.addServer(1);
        Network web = f.addNetwork("acme", "web", "10.1.0.0/24");
        f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        assertRejected(CONFLICT, "network", "network: network acme/web still has 1 containers",
                       () -> f.networks.removeNetwork(web.key()));
        assertThat(f.networks.network(web.key()), is(web));
        f.containers.removeContainer("id-a");
        assertThat(f.networks.removeNetwork(web.key()), is(web));
    }

    /** Another node hears of networks created and removed elsewhere. */
    @Test
    public void peerNodeFollowsNetworks() {
        RegistryFixture node2 = f.peer();
        List<NetworkEvent> node2Events = new ArrayList<>();
        node2.networks.addListener(node2Events::add);
        Network web = f.addNetwork("acme", "web", "10.1.0.0/24");
        assertThat(node2.networks.networkOf("acme", IpAddress.valueOf("10.1.0.7")), is(web));
        assertRejected(CONFLICT, "cidr", () -> node2.addNetwork("acme", "web2", "10.1.0.0/25"));
        assertThat(node2.addNetwork("acme", "db", "10.2.0.0/24").id(), is(2));
        f.networks.removeNetwork(web.key());
        assertThat(node2.networks.network(web.key()), nullValue());
        assertThat(node2Events.size(), is(3));
        assertThat(node2Events.get(2).type(), is(NETWORK_REMOVED));
        node2.tearDown();
    }
}
