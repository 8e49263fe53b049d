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
import org.daolinet.api.Container;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.ServerService;
import org.daolinet.impl.RegistryFixture;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onosproject.codec.impl.MockCodecContext;

import static org.daolinet.api.DaoliNetException.Reason.INVALID;
import static org.daolinet.api.DaoliNetException.Reason.NOT_FOUND;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.daolinet.codec.JsonText.json;
import static org.daolinet.codec.JsonText.with;
import static org.daolinet.codec.JsonText.without;
import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Specification of the JSON form of containers: the server is given by name or device id, the
 * network by name within the tenant; the VIP is DaoliNet's to assign and only ever encoded.
 */
public class ContainerCodecTest {

    private static final ObjectNode A_REQUEST = json("{'id': 'a-id', 'name': 'a', 'tenant': 'acme', 'network': 'web', "
                                                             + "'ip': '10.1.0.2', 'mac': '02:00:0a:01:00:02', "
                                                             + "'server': 's1', 'portName': 'veth-a'}");
    private static final Container A = Container.builder().id("a-id").name("a").network(NetworkKey.of("acme", "web"))
            .ip(IpAddress.valueOf("10.1.0.2")).mac(MacAddress.valueOf("02:00:0a:01:00:02")).server(device(1))
            .portName("veth-a").build();

    private RegistryFixture registry;
    private final MockCodecContext context = new MockCodecContext();
    private final ContainerCodec codec = new ContainerCodec();

    /** Registers server s1 (of:0000000000000001) with the server service the codec resolves names with. */
    @Before
    public void setUp() {
        registry = new RegistryFixture();
        registry.addServer(1);
        context.registerService(ServerService.class, registry.servers);
    }

    /** Stops the registry. */
    @After
    public void tearDown() {
        registry.tearDown();
    }

    private Container decode(ObjectNode request) {
        return codec.decode(request, context);
    }

    /** A container is encoded with every field, the server as its device id and the VIP once allocated. */
    @Test
    public void encodesEveryField() {
        Container withVip = A.toBuilder().vip(IpAddress.valueOf("100.64.0.9")).build();
        assertThat(codec.encode(withVip, context),
                   is(json("{'id': 'a-id', 'name': 'a', 'tenant': 'acme', 'network': 'web', 'ip': '10.1.0.2', "
                                   + "'mac': '02:00:0A:01:00:02', 'server': 'of:0000000000000001', "
                                   + "'portName': 'veth-a', 'vip': '100.64.0.9'}")));
    }

    /** A container without a VIP is encoded without the vip field. */
    @Test
    public void encodesNoVipBeforeAllocation() {
        ObjectNode encoded = codec.encode(A, context);
        assertThat(encoded.has("vip"), is(false));
        assertThat(encoded.size(), is(8));
    }

    /** A request naming its server is decoded into the container on that server's device. */
    @Test
    public void decodesServerByName() {
        assertThat(decode(A_REQUEST), is(A));
    }

    /** A request may give the server's device id instead of its name. */
    @Test
    public void decodesServerByDeviceId() {
        assertThat(decode(with(A_REQUEST, "server", "of:0000000000000001")), is(A));
    }

    /** A request without a tenant is in the default tenant. */
    @Test
    public void decodesDefaultTenant() {
        assertThat(decode(without(A_REQUEST, "tenant")).network(), is(NetworkKey.of("default", "web")));
        assertThat(decode(with(A_REQUEST, "tenant", null)).network(), is(NetworkKey.of("default", "web")));
    }

    /** A VIP in a request is ignored: the container service allocates it. */
    @Test
    public void ignoresRequestedVip() {
        assertThat(decode(with(A_REQUEST, "vip", "100.64.0.9")).vip(), nullValue());
    }

    /** Decoding an encoded container gives it back, without its VIP. */
    @Test
    public void roundTripsWithoutVip() {
        Container withVip = A.toBuilder().vip(IpAddress.valueOf("100.64.0.9")).build();
        assertThat(codec.decode(codec.encode(withVip, context), context), is(A));
    }

    /** Every field but the tenant is required. */
    @Test
    public void fieldsAreRequired() {
        for (String field : new String[]{"id", "name", "network", "ip", "mac", "server", "portName"}) {
            assertRejected(INVALID, field, field + ": is required", () -> decode(without(A_REQUEST, field)));
            assertRejected(INVALID, field, field + ": is required", () -> decode(with(A_REQUEST, field, "")));
        }
    }

    /** Every field is a JSON string. */
    @Test
    public void fieldsAreStrings() {
        for (String field : new String[]{"id", "name", "tenant", "network", "ip", "mac", "server", "portName"}) {
            assertRejected(INVALID, field, field + ": must be a string, not 7",
                           () -> decode(with(A_REQUEST, field, 7)));
        }
    }

    /** Malformed values are rejected naming their field. */
    @Test
    public void malformedValuesAreRejected() {
        assertRejected(INVALID, "id", () -> decode(with(A_REQUEST, "id", "a id")));
        assertRejected(INVALID, "name", () -> decode(with(A_REQUEST, "name", "a/b")));
        assertRejected(INVALID, "tenant", () -> decode(with(A_REQUEST, "tenant", "ac me")));
        assertRejected(INVALID, "network", () -> decode(with(A_REQUEST, "network", "web:1")));
        assertRejected(INVALID, "ip", "ip: '10.1.0' is not an IPv4 address",
                       () -> decode(with(A_REQUEST, "ip", "10.1.0")));
        assertRejected(INVALID, "ip", () -> decode(with(A_REQUEST, "ip", "fd00::2")));
        assertRejected(INVALID, "mac", () -> decode(with(A_REQUEST, "mac", "02:00:0a:01:00")));
        assertRejected(INVALID, "mac", "mac: FF:FF:FF:FF:FF:FF is not a unicast MAC address",
                       () -> decode(with(A_REQUEST, "mac", "ff:ff:ff:ff:ff:ff")));
        assertRejected(INVALID, "portName", () -> decode(with(A_REQUEST, "portName", "veth a")));
    }

    /** A server that is not registered, by name or device id, is NOT_FOUND. */
    @Test
    public void unknownServerIsNotFound() {
        assertRejected(NOT_FOUND, "server", "server: server s9 is not registered",
                       () -> decode(with(A_REQUEST, "server", "s9")));
        assertRejected(NOT_FOUND, "server", "server: server of:0000000000000009 is not registered",
                       () -> decode(with(A_REQUEST, "server", "of:0000000000000009")));
    }

    /** A missing body is rejected as such. */
    @Test
    public void missingBodyIsRejected() {
        assertRejected(INVALID, "body", () -> decode(null));
    }
}
