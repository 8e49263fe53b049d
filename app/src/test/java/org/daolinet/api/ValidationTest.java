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
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;
import org.onosproject.net.DeviceId;

import static org.daolinet.api.DaoliNetException.Reason.INVALID;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Specification of the syntax rules shared by the value types, codecs and commands.
 */
public class ValidationTest {

    private static final String NAME_RULE = " is not a valid name (1-64 of A-Z a-z 0-9 _ . -)";
    private static final IpPrefix NET = IpPrefix.valueOf("10.1.0.0/24");

    /** A name may hold letters, digits, underscore, dot and dash. */
    @Test
    public void nameAcceptsLettersDigitsUnderscoreDotDash() {
        assertThat(Validation.name("name", "Web_01.prod-EU"), is("Web_01.prod-EU"));
        assertThat(Validation.name("name", "a"), is("a"));
        assertThat(Validation.name("name", "-.-_"), is("-.-_"));
    }

    /** A name of 64 characters is accepted, one of 65 is not. */
    @Test
    public void nameHoldsAtMost64Characters() {
        String name64 = Strings.repeat("a", 64);
        assertThat(Validation.name("tenant", name64), is(name64));
        String name65 = name64 + "b";
        assertRejected(INVALID, "tenant", "tenant: '" + name65 + "'" + NAME_RULE,
                       () -> Validation.name("tenant", name65));
    }

    /** An empty or missing name is reported as required. */
    @Test
    public void nameIsRequired() {
        assertRejected(INVALID, "name", "name: is required", () -> Validation.name("name", ""));
        assertRejected(INVALID, "name", "name: is required", () -> Validation.name("name", null));
    }

    /** Spaces, slashes, colons, other punctuation and non-ASCII letters are rejected. */
    @Test
    public void nameRejectsOtherCharacters() {
        for (String bad : new String[]{"web 1", "web/1", "t:1", "web*", "a,b", "caf\u00e9", " web", "web\t", "@"}) {
            assertRejected(INVALID, "portName", "portName: '" + bad + "'" + NAME_RULE,
                           () -> Validation.name("portName", bad));
        }
    }

    /** A value is present unless it is null or the empty string. */
    @Test
    public void presentRejectsNullAndEmptyString() {
        assertThat(Validation.present("x", " "), is(" "));
        assertThat(Validation.present("x", 0), is(0));
        assertRejected(INVALID, "x", "x: is required", () -> Validation.present("x", null));
        assertRejected(INVALID, "x", "x: is required", () -> Validation.present("x", ""));
    }

    /** An IPv4 address is parsed, surrounding blanks are ignored. */
    @Test
    public void ip4ParsesDottedQuad() {
        assertThat(Validation.ip4("ip", "10.1.0.2"), is(IpAddress.valueOf("10.1.0.2")));
        assertThat(Validation.ip4("ip", " 10.1.0.2 "), is(IpAddress.valueOf("10.1.0.2")));
    }

    /** Malformed addresses, IPv6 addresses and a missing value are rejected naming the field. */
    @Test
    public void ip4RejectsMalformedAndIpv6() {
        assertRejected(INVALID, "ip", "ip: '10.1.0.256' is not an IPv4 address",
                       () -> Validation.ip4("ip", "10.1.0.256"));
        assertRejected(INVALID, "ip", "ip: '10.1.0' is not an IPv4 address", () -> Validation.ip4("ip", "10.1.0"));
        assertRejected(INVALID, "ip", "ip: 'host' is not an IPv4 address", () -> Validation.ip4("ip", "host"));
        assertRejected(INVALID, "ip", "ip: 2001:db8::1 is not an IPv4 address (IPv6 is not supported)",
                       () -> Validation.ip4("ip", "2001:db8::1"));
        assertRejected(INVALID, "gateway", "gateway: 2001:db8::1 is not an IPv4 address (IPv6 is not supported)",
                       () -> Validation.ip4("gateway", IpAddress.valueOf("2001:db8::1")));
        assertRejected(INVALID, "ip", "ip: is required", () -> Validation.ip4("ip", ""));
        assertRejected(INVALID, "ip", "ip: is required", () -> Validation.ip4("ip", (IpAddress) null));
    }

    /** A well-formed CIDR is parsed, surrounding blanks are ignored, /0 and /32 are well-formed. */
    @Test
    public void cidrParsesWellFormedPrefixes() {
        assertThat(Validation.cidr("cidr", "10.1.0.0/24"), is(NET));
        assertThat(Validation.cidr("cidr", " 10.1.0.0/24 "), is(NET));
        assertThat(Validation.cidr("cidr", "0.0.0.0/0"), is(IpPrefix.valueOf("0.0.0.0/0")));
        assertThat(Validation.cidr("cidr", "10.1.0.7/32"), is(IpPrefix.valueOf("10.1.0.7/32")));
    }

    /** A CIDR with host bits set is rejected, and the message proposes the network's prefix. */
    @Test
    public void cidrRejectsHostBits() {
        assertRejected(INVALID, "cidr", "cidr: '10.1.0.5/24' has host bits set (did you mean 10.1.0.0/24?)",
                       () -> Validation.cidr("cidr", "10.1.0.5/24"));
        assertRejected(INVALID, "cidr", "cidr: '10.1.1.0/23' has host bits set (did you mean 10.1.0.0/23?)",
                       () -> Validation.cidr("cidr", "10.1.1.0/23"));
    }

    /** Text that is not A.B.C.D/N, an IPv6 prefix or a length outside 0-32 is rejected. */
    @Test
    public void cidrRejectsMalformedText() {
        String notCidr = " is not a CIDR (expected A.B.C.D/N)";
        for (String bad : new String[]{"10.1.0.0", "10.1.0.0/", "/24", "10.1.0/24", "10.1.0.0/x", "10.1.0.0/24/8"}) {
            assertRejected(INVALID, "cidr", "cidr: '" + bad + "'" + notCidr, () -> Validation.cidr("cidr", bad));
        }
        assertRejected(INVALID, "cidr", "cidr: '2001:db8::/32' is not IPv4 (IPv6 is not supported)",
                       () -> Validation.cidr("cidr", "2001:db8::/32"));
        assertRejected(INVALID, "cidr", "cidr: '10.1.0.0/33' has a prefix length outside 0-32",
                       () -> Validation.cidr("cidr", "10.1.0.0/33"));
        assertRejected(INVALID, "cidr", "cidr: '10.1.0.0/-1' has a prefix length outside 0-32",
                       () -> Validation.cidr("cidr", "10.1.0.0/-1"));
        assertRejected(INVALID, "cidr", "cidr: is required", () -> Validation.cidr("cidr", ""));
    }

    /** A container network is a /8 to a /29: a gateway and at least two containers fit. */
    @Test
    public void networkCidrLengthIsBetween8And29() {
        assertThat(Validation.networkCidr("cidr", IpPrefix.valueOf("10.0.0.0/8")), is(IpPrefix.valueOf("10.0.0.0/8")));
        assertThat(Validation.networkCidr("cidr", IpPrefix.valueOf("10.1.0.8/29")),
                   is(IpPrefix.valueOf("10.1.0.8/29")));
        assertRejected(INVALID, "cidr", "cidr: 10.0.0.0/7: prefix length must be between /8 and /29",
                       () -> Validation.networkCidr("cidr", IpPrefix.valueOf("10.0.0.0/7")));
        assertRejected(INVALID, "cidr", "cidr: 10.1.0.0/30: prefix length must be between /8 and /29",
                       () -> Validation.networkCidr("cidr", IpPrefix.valueOf("10.1.0.0/30")));
    }

    /** A container network is IPv4 and present. */
    @Test
    public void networkCidrRejectsIpv6AndMissing() {
        assertRejected(INVALID, "cidr", "cidr: 2001:db8::/64 is not IPv4 (IPv6 is not supported)",
                       () -> Validation.networkCidr("cidr", IpPrefix.valueOf("2001:db8::/64")));
        assertRejected(INVALID, "cidr", "cidr: is required", () -> Validation.networkCidr("cidr", null));
    }

    /** A host address lies inside the prefix and is neither its network nor its broadcast address. */
    @Test
    public void hostOfAcceptsOnlyUsableAddressesOfThePrefix() {
        assertThat(Validation.hostOf("ip", IpAddress.valueOf("10.1.0.1"), NET), is(IpAddress.valueOf("10.1.0.1")));
        assertThat(Validation.hostOf("ip", IpAddress.valueOf("10.1.0.254"), NET),
                   is(IpAddress.valueOf("10.1.0.254")));
        assertRejected(INVALID, "ip", "ip: 10.1.1.1 is outside 10.1.0.0/24",
                       () -> Validation.hostOf("ip", IpAddress.valueOf("10.1.1.1"), NET));
        assertRejected(INVALID, "ip", "ip: 10.1.0.0 is the network address of 10.1.0.0/24",
                       () -> Validation.hostOf("ip", IpAddress.valueOf("10.1.0.0"), NET));
        assertRejected(INVALID, "ip", "ip: 10.1.0.255 is the broadcast address of 10.1.0.0/24",
                       () -> Validation.hostOf("ip", IpAddress.valueOf("10.1.0.255"), NET));
        assertRejected(INVALID, "ip", "ip: 2001:db8::1 is not an IPv4 address (IPv6 is not supported)",
                       () -> Validation.hostOf("ip", IpAddress.valueOf("2001:db8::1"), NET));
    }

    /** The broadcast address has every host bit set. */
    @Test
    public void broadcastSetsEveryHostBit() {
        assertThat(Validation.broadcast(NET), is(IpAddress.valueOf("10.1.0.255")));
        assertThat(Validation.broadcast(IpPrefix.valueOf("10.1.0.8/29")), is(IpAddress.valueOf("10.1.0.15")));
        assertThat(Validation.broadcast(IpPrefix.valueOf("10.0.0.0/8")), is(IpAddress.valueOf("10.255.255.255")));
        assertThat(Validation.broadcast(IpPrefix.valueOf("192.168.0.0/16")), is(IpAddress.valueOf("192.168.255.255")));
        assertThat(Validation.broadcast(IpPrefix.valueOf("0.0.0.0/0")), is(IpAddress.valueOf("255.255.255.255")));
        assertThat(Validation.broadcast(IpPrefix.valueOf("10.1.0.7/32")), is(IpAddress.valueOf("10.1.0.7")));
    }

    /** A MAC address is six colon-separated hex pairs of either case. */
    @Test
    public void macParsesColonSeparatedHex() {
        assertThat(Validation.mac("mac", "02:00:0a:01:00:02"), is(MacAddress.valueOf(0x02000a010002L)));
        assertThat(Validation.mac("mac", "02:00:0A:01:00:02"), is(MacAddress.valueOf(0x02000a010002L)));
        assertThat(Validation.mac("mac", " 52:54:00:12:34:56 "), is(MacAddress.valueOf(0x525400123456L)));
    }

    /** Other notations and a missing value are rejected. */
    @Test
    public void macRejectsMalformedText() {
        for (String bad : new String[]{"02-00-0a-01-00-02", "02:00:0a:01:00", "0200.0a01.0002", "zz:00:00:00:00:01"}) {
            assertRejected(INVALID, "mac", "mac: '" + bad + "' is not a MAC address", () -> Validation.mac("mac", bad));
        }
        assertRejected(INVALID, "mac", "mac: is required", () -> Validation.mac("mac", ""));
    }

    /** Multicast, broadcast and all-zero MAC addresses are not usable by a container or server. */
    @Test
    public void macMustBeUnicast() {
        assertRejected(INVALID, "mac", "mac: 01:00:5E:00:00:01 is not a unicast MAC address",
                       () -> Validation.mac("mac", "01:00:5e:00:00:01"));
        assertRejected(INVALID, "mac", "mac: 03:00:00:00:00:01 is not a unicast MAC address",
                       () -> Validation.mac("mac", "03:00:00:00:00:01"));
        assertRejected(INVALID, "mac", "mac: FF:FF:FF:FF:FF:FF is not a unicast MAC address",
                       () -> Validation.unicastMac("mac", MacAddress.BROADCAST));
        assertRejected(INVALID, "mac", "mac: 00:00:00:00:00:00 is not a usable MAC address",
                       () -> Validation.unicastMac("mac", MacAddress.ZERO));
        assertRejected(INVALID, "mac", "mac: is required", () -> Validation.unicastMac("mac", null));
    }

    /** An OpenFlow device id is "of:" and 16 lower-case hex digits. */
    @Test
    public void ofDeviceAcceptsOpenFlowIds() {
        assertThat(Validation.ofDevice("deviceId", "of:00000000000000a1"),
                   is(DeviceId.deviceId("of:00000000000000a1")));
        assertThat(Validation.ofDevice("deviceId", "of:ffffffffffffffff"),
                   is(DeviceId.deviceId("of:ffffffffffffffff")));
    }

    /** Other schemes, other lengths and upper-case digits are rejected. */
    @Test
    public void ofDeviceRejectsOtherIds() {
        String rule = " is not an OpenFlow device id (of: and 16 lower-case hex digits)";
        for (String bad : new String[]{"of:1", "of:00000000000000A1", "of:000000000000000001", "0000000000000001",
                "ovsdb:10.0.0.1", "of:00000000000000g1", "OF:0000000000000001"}) {
            assertRejected(INVALID, "server", "server: '" + bad + "'" + rule, () -> Validation.ofDevice("server", bad));
        }
        assertRejected(INVALID, "server", "server: is required", () -> Validation.ofDevice("server", null));
    }

    /** A route kind is its name in any letter case. */
    @Test
    public void routeKindAcceptsKindNamesInAnyCase() {
        assertThat(Validation.routeKind("kind", "CONTAINER"), is(RouteKey.Kind.CONTAINER));
        assertThat(Validation.routeKind("kind", "egress_return"), is(RouteKey.Kind.EGRESS_RETURN));
        assertThat(Validation.routeKind("kind", "Deny_Egress"), is(RouteKey.Kind.DENY_EGRESS));
    }

    /** Anything else is rejected with the list of kinds. */
    @Test
    public void routeKindRejectsOtherNames() {
        String rule = " is not a route kind (one of [CONTAINER, EGRESS, EGRESS_RETURN, DENY, DENY_EGRESS, "
                + "PUBLISHED, PUBLISHED_RETURN, DENY_PUBLISHED])";
        for (String bad : new String[]{"bogus", "EGRESS-RETURN", " DENY", "CONTAINERS"}) {
            assertRejected(INVALID, "kind", "kind: '" + bad + "'" + rule, () -> Validation.routeKind("kind", bad));
        }
        assertRejected(INVALID, "kind", "kind: is required", () -> Validation.routeKind("kind", ""));
        assertRejected(INVALID, "kind", "kind: is required", () -> Validation.routeKind("kind", null));
    }

    /** Constants of an enumeration are accepted by name in any letter case, around spaces. */
    @Test
    public void choiceAcceptsConstantNamesInAnyCase() {
        assertThat(Validation.choice("action", "connect", PairPolicy.Action.class), is(PairPolicy.Action.CONNECT));
        assertThat(Validation.choice("action", "DISCONNECT", PairPolicy.Action.class),
                   is(PairPolicy.Action.DISCONNECT));
        assertThat(Validation.choice("action", " Deny ", FirewallRule.Action.class), is(FirewallRule.Action.DENY));
    }

    /** Anything else is rejected naming the field, with the choices in lower case. */
    @Test
    public void choiceRejectsOtherNames() {
        assertRejected(INVALID, "action", "action: 'accept' is not one of connect, disconnect",
                       () -> Validation.choice("action", "accept", PairPolicy.Action.class));
        assertRejected(INVALID, "action", "action: 'allowed' is not one of allow, deny",
                       () -> Validation.choice("action", "allowed", FirewallRule.Action.class));
        assertRejected(INVALID, "action", "action: is required",
                       () -> Validation.choice("action", "", FirewallRule.Action.class));
        assertRejected(INVALID, "action", "action: is required",
                       () -> Validation.choice("action", null, FirewallRule.Action.class));
    }
}
