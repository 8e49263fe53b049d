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
package org.daolinet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.junit.Before;
import org.junit.Test;

import java.util.List;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Tests of daolinet-container-move.
 */
public class ContainerMoveCommandTest extends CommandTestBase {

    private Container a;
    private Container b;
    private Container c;

    @Before
    public void setUp() {
        f.addServer(1);
        f.addServer(2);
        Network web = f.addNetwork(null, "web", "10.1.0.0/24");
        Network db = f.addNetwork("acme", "db", "10.1.0.0/24");
        a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        b = f.addContainer("b", web.key(), "10.1.0.3", 2, 6);
        c = f.addContainer("c", db.key(), "10.1.0.2", 2, 7);
    }

    private static ContainerMoveCommand move(String tenant, String container, String server, String portName) {
        ContainerMoveCommand command = new ContainerMoveCommand();
        command.tenant = tenant;
        command.container = container;
        command.server = server;
        command.portName = portName;
        return command;
    }

    private static ContainersListCommand list() {
        return new ContainersListCommand();
    }

    @Test
    public void movesByNameToAnotherServerKeepingAddresses() {
        f.devices.addPort(device(1), 16, "veth-b1");
        Output output = ok(move(null, "b", "s1", "veth-b1"));
        Container moved = f.containers.container("id-b");
        assertEquals(device(1), moved.server());
        assertEquals("veth-b1", moved.portName());
        assertEquals(b.ip(), moved.ip());
        assertEquals(b.mac(), moved.mac());
        assertEquals(b.vip(), moved.vip());
        assertEquals(List.of("Moved container b: id=id-b, network=default/web, ip=10.1.0.3, mac=" + b.mac()
                                     + ", server=of:0000000000000001, portName=veth-b1, vip=" + b.vip()),
                     output.lines());
        // the listing shows it at its new place, with the port number the bridge reported
        assertEquals(List.of("b", "id-b", "default/web", "10.1.0.3", b.mac().toString(), "s1", "veth-b1", "16",
                             b.vip().toString()), row(ok(list()), "b"));
    }

    @Test
    public void movesInTenantByIdOrNameToADeviceIdAsJson() {
        JsonNode json = runJson(move("acme", "c", "of:0000000000000001", "veth-c1")).json();
        assertEquals("id-c", json.get("id").asText());
        assertEquals("acme", json.get("tenant").asText());
        assertEquals("of:0000000000000001", json.get("server").asText());
        assertEquals("veth-c1", json.get("portName").asText());
        assertEquals(c.vip().toString(), json.get("vip").asText());
        // moving again to the same place is harmless
        assertThat(ok(move(null, "id-c", "s1", "veth-c1")).out, containsString("portName=veth-c1"));
        assertEquals(device(1), f.containers.container("id-c").server());
    }

    @Test
    public void movesToAnotherPortOfItsServer() {
        ok(move(null, "a", "s1", "veth-a2"));
        assertEquals("veth-a2", f.containers.container("id-a").portName());
        assertEquals(device(1), f.containers.container("id-a").server());
    }

    @Test
    public void rejectsUnknownOrMalformedReferences() {
        assertRejected(move(null, "zz", "s1", "veth-x"), "container");
        // c is in tenant acme, not in the default tenant
        assertRejected(move(null, "c", "s1", "veth-x"), "container");
        assertRejected(move("acme", "id-a", "s1", "veth-x"), "container");
        assertRejected(move("bad tenant", "a", "s1", "veth-x"), "tenant");
        assertRejected(move(null, "a", "s9", "veth-x"), "server");
        assertRejected(move(null, "a", "of:0000000000000009", "veth-x"), "server");
        assertRejected(move(null, "a", "of:1", "veth-x"), "server");
        assertRejected(move(null, "a", "s 1", "veth-x"), "server");
    }

    @Test
    public void rejectsTakenOrInvalidPortNames() {
        String error = assertRejected(move(null, "b", "s1", "veth-a"), "portName");
        assertThat(error, containsString("veth-a"));
        assertRejected(move(null, "b", "s1", "veth b"), "portName");
        assertRejected(move(null, "b", "s1", ""), "portName");
        assertEquals(b, f.containers.container("id-b"));
        assertEquals(a, f.containers.container("id-a"));
    }
}
