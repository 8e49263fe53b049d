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
import org.daolinet.api.ContainerService;
import org.daolinet.api.Network;
import org.daolinet.api.PortMapping;
import org.daolinet.api.Protocol;
import org.daolinet.api.ServerService;
import org.daolinet.impl.RegistryFixture;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
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

/**
 * Specification of the JSON form of port mappings: the container by id or by name in a tenant, the
 * server by name or device id and by default the container's own, tcp unless udp is asked for.
 */
public class PortMappingCodecTest {

    private static final ObjectNode HTTP = json("{'name': 'http', 'container': 'a', 'protocol': 'tcp', "
                                                        + "'server': 's2', 'serverPort': 8080, "
                                                        + "'containerPort': 80}");
    private static final PortMapping HTTP_MAPPING = PortMapping.builder().name("http").containerId("id-a")
            .protocol(Protocol.TCP).server(device(2)).serverPort(8080).containerPort(80).build();

    private RegistryFixture registry;
    private final MockCodecContext context = new MockCodecContext();
    private final PortMappingCodec codec = new PortMappingCodec();

    /** Registers servers s1 and s2, container a (id-a) on s1 and container a of tenant t2 (id-t2-a) on s2. */
    @Before
    public void setUp() {
        registry = new RegistryFixture();
        registry.addServer(1);
        registry.addServer(2);
        Network web = registry.addNetwork(null, "web", "10.1.0.0/24");
        Network t2 = registry.addNetwork("t2", "web", "10.1.0.0/24");
        registry.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        registry.devices.addPort(device(2), 6, "veth-t2-a");
        registry.containers.addContainer(RegistryFixture.containerBuilder("a", t2.key(), "10.1.0.2", 2)
                                                 .id("id-t2-a").portName("veth-t2-a").build());
        context.registerService(ContainerService.class, registry.containers);
        context.registerService(ServerService.class, registry.servers);
    }

    /** Stops the registry. */
    @After
    public void tearDown() {
        registry.tearDown();
    }

    private PortMapping decode(ObjectNode request) {
        return codec.decode(request, context);
    }

    /** A mapping is encoded with the container's id and name and the server's device id and name. */
    @Test
    public void encodesEveryField() {
        assertThat(codec.encode(HTTP_MAPPING, context),
                   is(json("{'name': 'http', 'container': 'id-a', 'containerName': 'a', 'protocol': 'tcp', "
                                   + "'server': 'of:0000000000000002', 'serverName': 's2', 'serverPort': 8080, "
                                   + "'containerPort': 80}")));
    }

    /** Names of a container or server that is no longer registered are left out. */
    @Test
    public void leavesOutNamesOfWhatIsGone() {
        PortMapping dns = PortMapping.builder().name("dns").containerId("id-x").protocol(Protocol.UDP)
                .server(device(9)).serverPort(53).containerPort(5353).build();
        assertThat(codec.encode(dns, context),
                   is(json("{'name': 'dns', 'container': 'id-x', 'protocol': 'udp', 'server': 'of:0000000000000009', "
                                   + "'serverPort': 53, 'containerPort': 5353}")));
    }

    /** A request naming container and server is decoded with their ids. */
    @Test
    public void decodesByNames() {
        assertThat(decode(HTTP), is(HTTP_MAPPING));
    }

    /** Container and server may also be given by id; the tenant qualifies a container name only. */
    @Test
    public void decodesByIdsAndTenant() {
        assertThat(decode(with(with(HTTP, "container", "id-a"), "server", "of:0000000000000002")), is(HTTP_MAPPING));
        assertThat(decode(with(HTTP, "tenant", "t2")).containerId(), is("id-t2-a"));
        assertThat(decode(with(with(HTTP, "tenant", "t2"), "container", "id-a")).containerId(), is("id-a"));
        assertThat(decode(with(HTTP, "tenant", "")).containerId(), is("id-a"));
    }

    /** Without a server the port is published on the container's own server; without a protocol, tcp. */
    @Test
    public void decodesDefaults() {
        PortMapping mapping = decode(without(without(HTTP, "server"), "protocol"));
        assertThat(mapping.server(), is(device(1)));
        assertThat(mapping.protocol(), is(Protocol.TCP));
        assertThat(decode(with(without(HTTP, "server"), "tenant", "t2")).server(), is(device(2)));
        assertThat(decode(with(HTTP, "protocol", "UDP")).protocol(), is(Protocol.UDP));
    }

    /** Decoding an encoded mapping gives it back. */
    @Test
    public void roundTrips() {
        assertThat(decode(codec.encode(HTTP_MAPPING, context)), is(HTTP_MAPPING));
    }

    /** Name, container and both ports are required. */
    @Test
    public void requiredFields() {
        for (String field : new String[]{"name", "container", "serverPort", "containerPort"}) {
            assertRejected(INVALID, field, field + ": is required", () -> decode(without(HTTP, field)));
            assertRejected(INVALID, field, field + ": is required", () -> decode(with(HTTP, field, null)));
        }
    }

    /** Fields of another JSON type are rejected by name. */
    @Test
    public void fieldsHaveTheirTypes() {
        for (String field : new String[]{"name", "tenant", "container", "protocol", "server"}) {
            assertRejected(INVALID, field, field + ": must be a string, not 7", () -> decode(with(HTTP, field, 7)));
        }
        for (String field : new String[]{"serverPort", "containerPort"}) {
            assertRejected(INVALID, field, field + ": must be an integer, not \"80\"",
                           () -> decode(with(HTTP, field, "80")));
        }
    }

    /** Ports outside 1-65535 are rejected under their field. */
    @Test
    public void badPortsAreRejected() {
        for (String field : new String[]{"serverPort", "containerPort"}) {
            assertRejected(INVALID, field, field + ": 0 is outside 1-65535", () -> decode(with(HTTP, field, 0)));
            assertRejected(INVALID, field, field + ": 65536 is outside 1-65535",
                           () -> decode(with(HTTP, field, 65536)));
        }
    }

    /** Only tcp and udp ports can be published. */
    @Test
    public void badProtocolsAreRejected() {
        assertRejected(INVALID, "protocol", "protocol: icmp has no ports: only tcp and udp can be published",
                       () -> decode(with(HTTP, "protocol", "icmp")));
        assertRejected(INVALID, "protocol", () -> decode(with(HTTP, "protocol", "any")));
        assertRejected(INVALID, "protocol", "protocol: 'http' is not one of tcp, udp, icmp, any",
                       () -> decode(with(HTTP, "protocol", "http")));
    }

    /** Malformed names are rejected naming their field. */
    @Test
    public void badNamesAreRejected() {
        assertRejected(INVALID, "name", () -> decode(with(HTTP, "name", "web http")));
        assertRejected(INVALID, "tenant", () -> decode(with(HTTP, "tenant", "t 2")));
    }

    /** Unknown containers and servers are NOT_FOUND. */
    @Test
    public void unknownReferencesAreNotFound() {
        assertRejected(NOT_FOUND, "container", "container: container x is not registered",
                       () -> decode(with(HTTP, "container", "x")));
        assertRejected(NOT_FOUND, "container", () -> decode(with(HTTP, "tenant", "t3")));
        assertRejected(NOT_FOUND, "server", "server: server s9 is not registered",
                       () -> decode(with(HTTP, "server", "s9")));
        assertRejected(NOT_FOUND, "server", () -> decode(with(HTTP, "server", "of:0000000000000009")));
    }

    /** A missing body is rejected as such. */
    @Test
    public void missingBodyIsRejected() {
        assertRejected(INVALID, "body", () -> decode(null));
    }
}
