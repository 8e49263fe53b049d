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
package org.daolinet.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.Container;
import org.daolinet.api.Route;
import org.junit.Test;
import org.onosproject.net.flow.FlowRule;

import javax.ws.rs.client.Entity;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * REST tests of {@code POST /containers/{idOrName}/move} on the registry and routes of
 * {@link RoutingResourceTest}: the container keeps its addresses and VIP, its routes go at once,
 * and a rejected move changes nothing.
 */
public class ContainerMoveWebResourceTest extends RoutingResourceTest {

    private static ObjectNode move(String server, String portName) {
        return MAPPER.createObjectNode().put("server", server).put("portName", portName);
    }

    /**
     * Sends a move.
     *
     * @param idOrName container id or name
     * @param body     move JSON
     * @param tenant   tenant of a container name, if any
     * @return response
     */
    private Response moveRequest(String idOrName, ObjectNode body, String... tenant) {
        String path = "containers/" + idOrName + "/move";
        if (tenant.length == 0) {
            return post(path, body);
        }
        return target(path).queryParam("tenant", tenant[0]).request(MediaType.APPLICATION_JSON_TYPE)
                .post(Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE));
    }

    /**
     * Sends a move that must be rejected and checks that neither the registry nor the routes and
     * the servers' rules changed.
     */
    private String assertMoveRejected(int status, String field, Supplier<Response> request) {
        Set<Route> routes = routing.routing.routes();
        List<FlowRule> rules = routing.flows.rules();
        String message = assertRejected(status, field, request);
        assertEquals(message, routes, routing.routing.routes());
        assertEquals(message, rules, routing.flows.rules());
        return message;
    }

    @Test
    public void movesByNameToAnotherServerKeepingAddressesAndRevokingRoutes() {
        setUpRoutes();
        assertThat(routing.routing.routesOf(c.id()).isEmpty(), is(false));
        f.devices.addPort(S1, 30, "veth-c1");

        JsonNode moved = body(moveRequest("c", move("s1", "veth-c1")), 200);
        assertThat(moved.get("id").asText(), is("id-c"));
        assertThat(moved.get("server").asText(), is("of:0000000000000001"));
        assertThat(moved.get("portName").asText(), is("veth-c1"));
        assertThat(moved.get("port").asLong(), is(30L));
        assertThat(moved.get("ip").asText(), is("10.1.0.4"));
        assertThat(moved.get("mac").asText(), is(c.mac().toString()));
        assertThat(moved.get("vip").asText(), is(c.vip().toString()));
        assertThat(body(get("containers/id-c"), 200), is(moved));

        Container stored = f.containers.container("id-c");
        assertEquals(S1, stored.server());
        assertEquals(c.vip(), stored.vip());
        assertThat("c's routes revoked at once", routing.routing.routesOf(c.id()).isEmpty(), is(true));
        assertThat(body(get("routes", "container", "c"), 200).get("routes").size(), is(0));
        assertThat("routes of others stay", routing.routing.routes().isEmpty(), is(false));
    }

    @Test
    public void movesInTenantByDeviceIdAndARepeatIsHarmless() {
        f.devices.addPort(S1, 31, "veth-t2-a1");
        JsonNode moved = body(moveRequest("a", move("of:0000000000000001", "veth-t2-a1"), "t2"), 200);
        assertThat(moved.get("id").asText(), is("id-t2-a"));
        assertThat(moved.get("tenant").asText(), is("t2"));
        assertThat(moved.get("server").asText(), is("of:0000000000000001"));
        assertThat(body(moveRequest("id-t2-a", move("s1", "veth-t2-a1")), 200), is(moved));
        // the default tenant's a stayed where it was
        assertEquals(a, f.containers.container(a.id()));
    }

    @Test
    public void movesToAnotherPortOfTheSameServer() {
        JsonNode moved = body(moveRequest("id-b", move("s1", "veth-b2")), 200);
        assertThat(moved.get("portName").asText(), is("veth-b2"));
        // the bridge has not reported the new port yet: no number
        assertThat(moved.has("port"), is(false));
        assertEquals("veth-b2", f.containers.container(b.id()).portName());
    }

    @Test
    public void rejectsUnknownContainersAndServers() {
        setUpRoutes();
        assertMoveRejected(404, "container", () -> moveRequest("nope", move("s1", "veth-x")));
        assertMoveRejected(404, "container", () -> moveRequest("c", move("s1", "veth-x"), "t2"));
        assertMoveRejected(400, "tenant", () -> moveRequest("c", move("s1", "veth-x"), "t 2"));
        assertMoveRejected(404, "server", () -> moveRequest("c", move("s9", "veth-x")));
        assertMoveRejected(404, "server", () -> moveRequest("c", move("of:0000000000000009", "veth-x")));
    }

    @Test
    public void rejectsTakenAndInvalidPorts() {
        setUpRoutes();
        String taken = assertMoveRejected(409, "portName", () -> moveRequest("c", move("s1", "veth-a")));
        assertThat(taken.contains("veth-a"), is(true));
        assertMoveRejected(400, "portName", () -> moveRequest("c", move("s1", "bad name")));
        assertMoveRejected(400, "portName", () -> moveRequest("c", move("s1", "x".repeat(65))));
    }

    @Test
    public void rejectsMissingAndMistypedFields() {
        setUpRoutes();
        ObjectNode good = move("s1", "veth-c1");
        for (String field : new String[]{"server", "portName"}) {
            assertMoveRejected(400, field, () -> moveRequest("c", with(good, field, null)));
            assertMoveRejected(400, field, () -> moveRequest("c", with(good, field, "")));
            assertMoveRejected(400, field, () -> moveRequest("c", with(good, field, IntNode.valueOf(7))));
        }
        assertMoveRejected(400, "body", () -> post("containers/c/move", "[]"));
        assertMoveRejected(400, "body", () -> post("containers/c/move", "{\"server\": \"s1\",}"));
        assertMoveRejected(400, "body", () -> post("containers/c/move",
                                                   "{\"server\": \"s1\", \"server\": \"s2\", \"portName\": \"p\"}"));
    }
}
