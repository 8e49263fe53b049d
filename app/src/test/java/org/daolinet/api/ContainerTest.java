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
import org.onlab.packet.MacAddress;
import org.onosproject.net.DeviceId;

import static org.daolinet.api.DaoliNetException.Reason.INVALID;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Specification of containers as built: the syntax of every field. Whether network and server
 * exist and the addresses are free is the container service's part.
 */
public class ContainerTest {

    private static final NetworkKey WEB = NetworkKey.of("acme", "web");
    private static final IpAddress IP = IpAddress.valueOf("10.1.0.2");
    private static final MacAddress MAC = MacAddress.valueOf("02:00:0a:01:00:02");
    private static final DeviceId S1 = DeviceId.deviceId("of:0000000000000001");
    private static final IpAddress VIP = IpAddress.valueOf("100.64.0.1");

    private static Container.Builder c1() {
        return Container.builder().id("c1-id").name("c1").network(WEB).ip(IP).mac(MAC).server(S1).portName("veth-c1");
    }

    /** A container holds its fields; its tenant is its network's; its VIP is unset until allocated. */
    @Test
    public void buildsContainer() {
        Container c = c1().build();
        assertThat(c.id(), is("c1-id"));
        assertThat(c.name(), is("c1"));
        assertThat(c.network(), is(WEB));
        assertThat(c.tenant(), is("acme"));
        assertThat(c.ip(), is(IP));
        assertThat(c.mac(), is(MAC));
        assertThat(c.server(), is(S1));
        assertThat(c.portName(), is("veth-c1"));
        assertThat(c.vip(), nullValue());
        assertThat(c1().vip(VIP).build().vip(), is(VIP));
    }

    /** toBuilder reproduces the container, and changes one field only. */
    @Test
    public void toBuilderCopiesEveryField() {
        Container c = c1().vip(VIP).build();
        assertThat(c.toBuilder().build(), is(c));
        Container moved = c.toBuilder().server(DeviceId.deviceId("of:0000000000000002")).build();
        assertThat(moved.server(), is(DeviceId.deviceId("of:0000000000000002")));
        assertThat(moved.toBuilder().server(S1).build(), is(c));
    }

    /** Id, name and port name follow the name rule, each under its own field. */
    @Test
    public void idNameAndPortNameFollowTheNameRule() {
        String name64 = Strings.repeat("x", 64);
        Container longest = c1().id(name64).name(name64).portName(name64).build();
        assertThat(longest.id(), is(name64));
        for (String bad : new String[]{name64 + "x", "", "a b", "c/1", "c:1"}) {
            assertRejected(INVALID, "id", () -> c1().id(bad).build());
            assertRejected(INVALID, "name", () -> c1().name(bad).build());
            assertRejected(INVALID, "portName", () -> c1().portName(bad).build());
        }
        assertRejected(INVALID, "id", "id: is required", () -> c1().id(null).build());
    }

    /** The network is required. */
    @Test
    public void networkIsRequired() {
        assertRejected(INVALID, "network", "network: is required", () -> c1().network(null).build());
    }

    /** The IP is a required IPv4 address. */
    @Test
    public void ipIsIpv4() {
        assertRejected(INVALID, "ip", "ip: is required", () -> c1().ip(null).build());
        assertRejected(INVALID, "ip", "ip: 2001:db8::2 is not an IPv4 address (IPv6 is not supported)",
                       () -> c1().ip(IpAddress.valueOf("2001:db8::2")).build());
    }

    /** The MAC is a required unicast address: multicast, broadcast and zero are rejected. */
    @Test
    public void macIsUnicast() {
        assertRejected(INVALID, "mac", "mac: is required", () -> c1().mac(null).build());
        assertRejected(INVALID, "mac", "mac: 01:00:5E:00:00:01 is not a unicast MAC address",
                       () -> c1().mac(MacAddress.valueOf("01:00:5e:00:00:01")).build());
        assertRejected(INVALID, "mac", "mac: FF:FF:FF:FF:FF:FF is not a unicast MAC address",
                       () -> c1().mac(MacAddress.BROADCAST).build());
        assertRejected(INVALID, "mac", "mac: 00:00:00:00:00:00 is not a usable MAC address",
                       () -> c1().mac(MacAddress.ZERO).build());
    }

    /** The server is the required device id of an OpenFlow bridge. */
    @Test
    public void serverIsAnOpenFlowDeviceId() {
        assertRejected(INVALID, "server", "server: is required", () -> c1().server(null).build());
        assertRejected(INVALID, "server",
                       "server: 'of:1' is not an OpenFlow device id (of: and 16 lower-case hex digits)",
                       () -> c1().server(DeviceId.deviceId("of:1")).build());
    }

    /** A VIP, when given, is an IPv4 address. */
    @Test
    public void vipIsIpv4() {
        assertRejected(INVALID, "vip", () -> c1().vip(IpAddress.valueOf("2001:db8::64")).build());
    }

    /** Containers are equal when every field, the VIP included, is. */
    @Test
    public void equalityIsByEveryField() {
        new EqualsTester()
                .addEqualityGroup(c1().build(), c1().build())
                .addEqualityGroup(c1().vip(VIP).build())
                .addEqualityGroup(c1().id("c2-id").build())
                .addEqualityGroup(c1().name("c2").build())
                .addEqualityGroup(c1().network(NetworkKey.of("acme", "db")).build())
                .addEqualityGroup(c1().network(NetworkKey.of("other", "web")).build())
                .addEqualityGroup(c1().ip(IpAddress.valueOf("10.1.0.3")).build())
                .addEqualityGroup(c1().mac(MacAddress.valueOf("02:00:0a:01:00:03")).build())
                .addEqualityGroup(c1().server(DeviceId.deviceId("of:0000000000000002")).build())
                .addEqualityGroup(c1().portName("veth-c2").build())
                .testEquals();
    }
}
