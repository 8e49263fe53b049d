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

import com.google.common.collect.Sets;
import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.Server;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;
import org.onosproject.store.service.Serializer;
import org.onosproject.store.service.Versioned;

import java.util.Set;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Specification of the serializer of the registry's distributed maps: on a real cluster every
 * value crosses the wire, so each must come back equal.
 */
public class DaoliNetSerializersTest {

    private static final Serializer SERIALIZER = DaoliNetSerializers.SERIALIZER;

    private static <T> T roundTrip(T value) {
        return SERIALIZER.decode(SERIALIZER.encode(value));
    }

    /** Servers survive serialization. */
    @Test
    public void serverRoundTrips() {
        Server server = Server.builder().deviceId(device(1)).name("s1").uplinkPort("eth1")
                .ip(IpAddress.valueOf("192.168.0.1")).mac(MacAddress.valueOf("52:54:00:00:00:01")).build();
        assertThat(roundTrip(server), is(server));
    }

    /** Networks, numbered or not, and network keys survive serialization. */
    @Test
    public void networkRoundTrips() {
        Network network = Network.builder().tenant("acme").name("web").cidr(IpPrefix.valueOf("10.1.0.0/24")).build();
        assertThat(roundTrip(network), is(network));
        assertThat(roundTrip(network.withId(42)), is(network.withId(42)));
        assertThat(roundTrip(NetworkKey.of("acme", "web")), is(NetworkKey.of("acme", "web")));
    }

    /** Containers with and without a VIP survive serialization. */
    @Test
    public void containerRoundTrips() {
        Container container = Container.builder().id("c1-id").name("c1").network(NetworkKey.of("acme", "web"))
                .ip(IpAddress.valueOf("10.1.0.2")).mac(MacAddress.valueOf("02:00:0a:01:00:02"))
                .server(device(1)).portName("veth-c1").build();
        assertThat(roundTrip(container), is(container));
        Container withVip = container.toBuilder().vip(IpAddress.valueOf("100.64.0.1")).build();
        assertThat(roundTrip(withVip), is(withVip));
    }

    /** A tenant's set of subnets, as the network store keeps it, survives serialization, also versioned. */
    @Test
    public void tenantSubnetsRoundTrip() {
        Set<IpPrefix> cidrs = Sets.newHashSet(IpPrefix.valueOf("10.1.0.0/24"), IpPrefix.valueOf("10.2.0.0/16"));
        assertThat(roundTrip(cidrs), is(cidrs));
        Versioned<Set<IpPrefix>> versioned = new Versioned<>(cidrs, 3, 1000);
        Versioned<Set<IpPrefix>> copy = roundTrip(versioned);
        assertThat(copy.value(), is(cidrs));
        assertThat(copy.version(), is(3L));
    }
}
