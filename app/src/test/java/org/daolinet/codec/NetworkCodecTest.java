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
package org.daolinet.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkKey;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onosproject.codec.impl.MockCodecContext;

import static org.daolinet.api.DaoliNetException.Reason.INVALID;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.daolinet.codec.JsonText.json;
import static org.daolinet.codec.JsonText.with;
import static org.daolinet.codec.JsonText.without;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Specification of the JSON form of networks: clients give tenant, name, subnet and gateway;
 * DaoliNet adds the number, gateway MAC and gateway port.
 */
public class NetworkCodecTest {

    private static final ObjectNode WEB_REQUEST = json("{'tenant': 'acme', 'name': 'web', 'cidr': '10.1.0.0/24', "
                                                               + "'gateway': '10.1.0.254'}");

    private final MockCodecContext context = new MockCodecContext();
    private final NetworkCodec codec = new NetworkCodec();

    private Network decode(ObjectNode request) {
        return codec.decode(request, context);
    }

    /** A network is encoded with its key, subnet, gateway, number, gateway MAC and gateway port. */
    @Test
    public void encodesEveryField() {
        Network web = Network.builder().tenant("acme").name("web").cidr(IpPrefix.valueOf("10.1.0.0/24")).build()
                .withId(0x2a);
        assertThat(codec.encode(web, context),
                   is(json("{'tenant': 'acme', 'name': 'web', 'cidr': '10.1.0.0/24', 'gateway': '10.1.0.1', "
                                   + "'id': 42, 'gatewayMac': '02:DA:01:00:00:2A', 'gatewayPort': 'dlgw42'}")));
    }

    /** A request with every field is decoded into an unnumbered network. */
    @Test
    public void decodesEveryField() {
        Network web = decode(WEB_REQUEST);
        assertThat(web.key(), is(NetworkKey.of("acme", "web")));
        assertThat(web.cidr(), is(IpPrefix.valueOf("10.1.0.0/24")));
        assertThat(web.gateway(), is(IpAddress.valueOf("10.1.0.254")));
        assertThat(web.id(), is(0));
    }

    /** Tenant and gateway may be left out: default tenant, first host as gateway. */
    @Test
    public void decodesMinimalRequest() {
        Network web = decode(json("{'name': 'web', 'cidr': '10.1.0.0/24'}"));
        assertThat(web, is(Network.builder().tenant("default").name("web").cidr(IpPrefix.valueOf("10.1.0.0/24"))
                                   .gateway(IpAddress.valueOf("10.1.0.1")).build()));
    }

    /** Number, gateway MAC and port in a request are ignored: DaoliNet assigns them. */
    @Test
    public void ignoresAssignedFields() {
        Network web = decode(with(WEB_REQUEST, "id", 9));
        assertThat(web.id(), is(0));
        Network encodedAndBack = codec.decode(codec.encode(decode(WEB_REQUEST).withId(7), context), context);
        assertThat(encodedAndBack, is(decode(WEB_REQUEST)));
    }

    /** Name and subnet are required. */
    @Test
    public void nameAndCidrAreRequired() {
        assertRejected(INVALID, "name", "name: is required", () -> decode(without(WEB_REQUEST, "name")));
        assertRejected(INVALID, "cidr", "cidr: is required", () -> decode(without(WEB_REQUEST, "cidr")));
        assertRejected(INVALID, "cidr", "cidr: is required", () -> decode(with(WEB_REQUEST, "cidr", "")));
    }

    /** String fields of another JSON type are rejected by name. */
    @Test
    public void fieldsAreStrings() {
        for (String field : new String[]{"tenant", "name", "cidr", "gateway"}) {
            assertRejected(INVALID, field, field + ": must be a string, not 42",
                           () -> decode(with(WEB_REQUEST, field, 42)));
        }
    }

    /** Malformed or unusable subnets are rejected under cidr. */
    @Test
    public void badSubnetsAreRejected() {
        assertRejected(INVALID, "cidr", "cidr: '10.1.0.9/24' has host bits set (did you mean 10.1.0.0/24?)",
                       () -> decode(with(WEB_REQUEST, "cidr", "10.1.0.9/24")));
        assertRejected(INVALID, "cidr", "cidr: '10.1.0.0' is not a CIDR (expected A.B.C.D/N)",
                       () -> decode(with(WEB_REQUEST, "cidr", "10.1.0.0")));
        assertRejected(INVALID, "cidr", "cidr: 'fd00::/64' is not IPv4 (IPv6 is not supported)",
                       () -> decode(with(WEB_REQUEST, "cidr", "fd00::/64")));
        assertRejected(INVALID, "cidr", "cidr: 10.1.0.0/30: prefix length must be between /8 and /29",
                       () -> decode(with(without(WEB_REQUEST, "gateway"), "cidr", "10.1.0.0/30")));
        assertRejected(INVALID, "cidr", "cidr: 10.0.0.0/7: prefix length must be between /8 and /29",
                       () -> decode(with(without(WEB_REQUEST, "gateway"), "cidr", "10.0.0.0/7")));
    }

    /** A gateway that is not a host address of the subnet is rejected under gateway. */
    @Test
    public void badGatewaysAreRejected() {
        assertRejected(INVALID, "gateway", "gateway: 'ten' is not an IPv4 address",
                       () -> decode(with(WEB_REQUEST, "gateway", "ten")));
        assertRejected(INVALID, "gateway", "gateway: 10.2.0.1 is outside 10.1.0.0/24",
                       () -> decode(with(WEB_REQUEST, "gateway", "10.2.0.1")));
        assertRejected(INVALID, "gateway", "gateway: 10.1.0.255 is the broadcast address of 10.1.0.0/24",
                       () -> decode(with(WEB_REQUEST, "gateway", "10.1.0.255")));
        assertRejected(INVALID, "gateway", "gateway: 10.1.0.0 is the network address of 10.1.0.0/24",
                       () -> decode(with(WEB_REQUEST, "gateway", "10.1.0.0")));
    }

    /** Tenant and name follow the name rule, each under its JSON field. */
    @Test
    public void badNamesAreRejected() {
        assertRejected(INVALID, "tenant", () -> decode(with(WEB_REQUEST, "tenant", "acme corp")));
        assertRejected(INVALID, "name", "name: 'web/1' is not a valid name (1-64 of A-Z a-z 0-9 _ . -)",
                       () -> decode(with(WEB_REQUEST, "name", "web/1")));
    }

    /** A missing body is rejected as such. */
    @Test
    public void missingBodyIsRejected() {
        assertRejected(INVALID, "body", () -> decode(null));
    }
}
