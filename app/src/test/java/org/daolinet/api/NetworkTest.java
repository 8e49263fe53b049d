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
package org.daolinet.api;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;

import static org.daolinet.api.DaoliNetException.Reason.INVALID;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Specification of networks as built: tenant, name, subnet and gateway, and the number-derived
 * gateway MAC and port.
 */
public class NetworkTest {

    private static final IpPrefix CIDR = IpPrefix.valueOf("10.1.0.0/24");

    private static Network.Builder web() {
        return Network.builder().tenant("acme").name("web").cidr(CIDR);
    }

    /** A network holds its key and subnet; its number is 0 until the network service assigns one. */
    @Test
    public void buildsNetwork() {
        Network network = web().gateway(IpAddress.valueOf("10.1.0.254")).build();
        assertThat(network.key(), is(NetworkKey.of("acme", "web")));
        assertThat(network.tenant(), is("acme"));
        assertThat(network.name(), is("web"));
        assertThat(network.cidr(), is(CIDR));
        assertThat(network.gateway(), is(IpAddress.valueOf("10.1.0.254")));
        assertThat(network.id(), is(0));
    }

    /** A network built without a tenant belongs to the default tenant. */
    @Test
    public void tenantDefaultsToDefaultTenant() {
        assertThat(web().tenant(null).build().key(), is(NetworkKey.of("default", "web")));
    }

    /** Without a gateway, the first host address of the subnet is the gateway. */
    @Test
    public void gatewayDefaultsToFirstHost() {
        assertThat(web().build().gateway(), is(IpAddress.valueOf("10.1.0.1")));
        assertThat(web().cidr(IpPrefix.valueOf("10.1.0.8/29")).build().gateway(), is(IpAddress.valueOf("10.1.0.9")));
        assertThat(web().cidr(IpPrefix.valueOf("172.16.0.0/12")).build().gateway(),
                   is(IpAddress.valueOf("172.16.0.1")));
    }

    /** The gateway lies inside the subnet and is neither its network nor its broadcast address. */
    @Test
    public void gatewayIsAHostOfTheSubnet() {
        assertRejected(INVALID, "gateway", "gateway: 10.2.0.1 is outside 10.1.0.0/24",
                       () -> web().gateway(IpAddress.valueOf("10.2.0.1")).build());
        assertRejected(INVALID, "gateway", "gateway: 10.1.0.0 is the network address of 10.1.0.0/24",
                       () -> web().gateway(IpAddress.valueOf("10.1.0.0")).build());
        assertRejected(INVALID, "gateway", "gateway: 10.1.0.255 is the broadcast address of 10.1.0.0/24",
                       () -> web().gateway(IpAddress.valueOf("10.1.0.255")).build());
        assertRejected(INVALID, "gateway", () -> web().gateway(IpAddress.valueOf("2001:db8::1")).build());
    }

    /** The subnet is a required IPv4 prefix of length /8 to /29. */
    @Test
    public void cidrIsAnIpv4PrefixOfLength8To29() {
        assertRejected(INVALID, "cidr", "cidr: is required", () -> web().cidr(null).build());
        assertRejected(INVALID, "cidr", () -> web().cidr(IpPrefix.valueOf("2001:db8::/64")).build());
        assertRejected(INVALID, "cidr", () -> web().cidr(IpPrefix.valueOf("10.0.0.0/7")).build());
        assertRejected(INVALID, "cidr", () -> web().cidr(IpPrefix.valueOf("10.1.0.0/30")).build());
        assertThat(web().cidr(IpPrefix.valueOf("10.0.0.0/8")).build().cidr(), is(IpPrefix.valueOf("10.0.0.0/8")));
    }

    /** Tenant and network name follow the name rule, each reported under its own field. */
    @Test
    public void tenantAndNameFollowTheNameRule() {
        String name64 = Strings.repeat("n", 64);
        assertThat(web().tenant(name64).name(name64).build().key(), is(NetworkKey.of(name64, name64)));
        assertRejected(INVALID, "tenant", () -> web().tenant(name64 + "n").build());
        assertRejected(INVALID, "tenant", () -> web().tenant("acme corp").build());
        assertRejected(INVALID, "name", () -> web().name(name64 + "n").build());
        assertRejected(INVALID, "name", "name: is required", () -> web().name("").build());
        assertRejected(INVALID, "name", "name: is required", () -> web().name(null).build());
        assertRejected(INVALID, "name", () -> web().name("web/1").build());
    }

    /** A number is 1 to 0xffffff: it fills the low 24 bits of the gateway MAC. */
    @Test
    public void numberIsBetween1AndMaxId() {
        Network network = web().build();
        assertThat(network.withId(1).id(), is(1));
        assertThat(network.withId(Network.MAX_ID).id(), is(0xffffff));
        assertRejected(INVALID, "id", "id: 0 is outside 1-16777215", () -> network.withId(0));
        assertRejected(INVALID, "id", "id: 16777216 is outside 1-16777215", () -> network.withId(Network.MAX_ID + 1));
    }

    /** Numbering keeps every other field. */
    @Test
    public void withIdKeepsTheOtherFields() {
        Network network = web().gateway(IpAddress.valueOf("10.1.0.254")).build().withId(7);
        assertThat(network.key(), is(NetworkKey.of("acme", "web")));
        assertThat(network.cidr(), is(CIDR));
        assertThat(network.gateway(), is(IpAddress.valueOf("10.1.0.254")));
    }

    /** The gateway MAC is the locally administered 02:da:01 followed by the number; the port is dlgw and it. */
    @Test
    public void gatewayMacAndPortDeriveFromTheNumber() {
        Network one = web().build().withId(1);
        assertThat(one.gatewayMac(), is(MacAddress.valueOf("02:da:01:00:00:01")));
        assertThat(one.gatewayPort(), is("dlgw1"));
        Network big = web().build().withId(0xabcdef);
        assertThat(big.gatewayMac(), is(MacAddress.valueOf("02:da:01:ab:cd:ef")));
        assertThat(big.gatewayPort(), is("dlgw11259375"));
        assertThat(big.gatewayMac().isMulticast(), is(false));
    }

    /** Networks are equal when key, subnet, gateway and number are. */
    @Test
    public void equalityIsByEveryField() {
        new EqualsTester()
                .addEqualityGroup(web().build().withId(1),
                                  web().gateway(IpAddress.valueOf("10.1.0.1")).build().withId(1))
                .addEqualityGroup(web().build())
                .addEqualityGroup(web().build().withId(2))
                .addEqualityGroup(web().tenant("other").build().withId(1))
                .addEqualityGroup(web().name("db").build().withId(1))
                .addEqualityGroup(web().cidr(IpPrefix.valueOf("10.2.0.0/24")).build().withId(1))
                .addEqualityGroup(web().gateway(IpAddress.valueOf("10.1.0.2")).build().withId(1))
                .testEquals();
    }
}
