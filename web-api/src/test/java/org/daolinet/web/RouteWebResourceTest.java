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
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.Route;
import org.daolinet.api.RouteKey;
import org.junit.Test;
import org.onosproject.net.flow.FlowRule;

import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.daolinet.api.RouteKey.Kind.CONTAINER;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * REST tests of {@code /routes} on routes set up by PacketIns (see {@link RoutingResourceTest}).
 */
public class RouteWebResourceTest extends RoutingResourceTest {

    private static final String ROUTES = "routes";

    /** Every route of {@link #setUpRoutes()}, in key order. */
    private static final String[] ALL = {
            "CONTAINER a->c", "CONTAINER c->a", "CONTAINER a->y", "CONTAINER y->a",
            "EGRESS a->8.8.8.8", "EGRESS_RETURN a->8.8.8.8", "DENY a->d"};

    private static List<String> summaries(JsonNode routes) {
        List<String> lines = new ArrayList<>();
        routes.forEach(r -> lines.add(r.get("kind").asText() + " " + r.get("srcName").asText() + "->"
                                              + r.path("dstName").asText(r.get("dst").asText())));
        return lines;
    }

    private List<String> listed(String... query) {
        return summaries(body(get(ROUTES, query), 200).get(ROUTES));
    }

    /**
     * Sends a request that must be rejected and checks that no route changed.
     */
    private void assertRoutesRejected(int status, String field, Supplier<Response> request) {
        Set<Route> before = routing.routing.routes();
        List<FlowRule> rules = routing.flows.rules();
        assertRejected(status, field, request);
        assertEquals(before, routing.routing.routes());
        assertEquals(rules, routing.flows.rules());
    }

    /**
     * Checks that the servers' tables hold exactly the rules of the tracked routes, besides
     * their permanent infrastructure rules.
     */
    private void assertTablesHoldExactlyTheRoutes() {
        Set<FlowRule> tracked = new HashSet<>();
        routing.routing.routes().forEach(r -> tracked.addAll(r.rules()));
        assertEquals(tracked, routing.flows.rules().stream().filter(r -> !r.isPermanent())
                .collect(Collectors.toSet()));
    }

    @Test
    public void noRoutesYet() {
        assertThat(listed(), is(empty()));
    }

    @Test
    public void listsEveryRouteInKeyOrderWithItsEndsServersAgeAndTraffic() {
        setUpRoutes();
        Route route = routing.routing.route(RouteKey.of(CONTAINER, a.id(), c.id()));
        long before = System.currentTimeMillis();
        JsonNode routes = body(get(ROUTES), 200).get(ROUTES);
        long after = System.currentTimeMillis();
        assertThat(summaries(routes), contains(ALL));

        ObjectNode ac = (ObjectNode) routes.get(0);
        long age = ac.remove("ageSeconds").asLong();
        assertThat(age, both(greaterThanOrEqualTo((before - route.createdMillis()) / 1000))
                .and(lessThanOrEqualTo((after - route.createdMillis()) / 1000)));
        JsonNode rules = ac.remove("rules");
        ObjectNode expected = MAPPER.createObjectNode()
                .put("kind", "CONTAINER")
                .put("src", "id-a").put("srcName", "a")
                .put("dst", "id-c").put("dstName", "c")
                .put("ingress", "of:0000000000000001").put("ingressName", "s1");
        expected.putArray("servers").add("of:0000000000000001").add("of:0000000000000002");
        // the recording flow tables report 7 packets and 700 bytes for every installed rule
        expected.put("packets", 7).put("bytes", 700);
        assertEquals(expected, ac);
        assertEquals(2, rules.size());
        for (int i = 0; i < 2; i++) {
            FlowRule rule = route.rules().get(i);
            assertEquals(Long.toString(rule.id().value()), rules.get(i).get("id").asText());
            assertEquals(rule.deviceId().toString(), rules.get(i).get("device").asText());
            assertEquals(40000, rules.get(i).get("priority").asInt());
            assertEquals(rule.timeout(), rules.get(i).get("timeout").asInt());
            assertEquals(false, rules.get(i).get("permanent").asBoolean());
            assertEquals("ONOS's selector JSON", "IN_PORT",
                         rules.get(i).get("selector").get("criteria").get(0).get("type").asText());
        }

        JsonNode egress = routes.get(4);
        assertEquals("8.8.8.8", egress.get("dst").asText());
        assertEquals("an address has no name", false, egress.has("dstName"));
        assertEquals("[\"of:0000000000000001\"]", egress.get("servers").toString());
        JsonNode t2 = routes.get(2);
        assertEquals("id-t2-a", t2.get("src").asText());
        assertEquals("id-y", t2.get("dst").asText());
        assertEquals("s2", t2.get("ingressName").asText());
    }

    @Test
    public void filtersByContainerTenantKindAndServer() {
        setUpRoutes();
        List<String> ofA = List.of("CONTAINER a->c", "CONTAINER c->a", "EGRESS a->8.8.8.8",
                                   "EGRESS_RETURN a->8.8.8.8", "DENY a->d");
        assertEquals(ofA, listed("container", "a"));
        assertEquals(ofA, listed("container", "id-a"));
        assertEquals(ofA, listed("container", "a", "tenant", "default"));
        assertEquals(List.of("CONTAINER a->y", "CONTAINER y->a"), listed("container", "a", "tenant", "t2"));
        assertEquals(List.of("CONTAINER a->c", "CONTAINER c->a"), listed("container", "c"));
        assertEquals("the destination of drop rules", List.of("DENY a->d"), listed("container", "d"));
        assertThat(listed("container", "b"), is(empty()));

        assertEquals(List.of("CONTAINER a->y", "CONTAINER y->a"), listed("tenant", "t2"));
        assertEquals(ofA, listed("tenant", "default"));
        assertThat(listed("tenant", "nobody"), is(empty()));

        assertEquals(List.of("EGRESS a->8.8.8.8"), listed("kind", "EGRESS"));
        assertEquals(List.of("EGRESS_RETURN a->8.8.8.8"), listed("kind", "egress_return"));
        assertEquals(List.of("DENY a->d"), listed("kind", "DENY"));
        assertThat(listed("kind", "DENY_EGRESS"), is(empty()));

        assertEquals(List.of("CONTAINER a->c", "CONTAINER c->a", "CONTAINER a->y", "CONTAINER y->a"),
                     listed("server", "s2"));
        assertEquals(ofA, listed("server", "of:0000000000000001"));
        assertEquals(List.of("CONTAINER a->c", "CONTAINER c->a"),
                     listed("container", "a", "kind", "container", "server", "s2"));
    }

    @Test
    public void rejectsUnknownFilters() {
        setUpRoutes();
        String message = assertRejected(400, "kind", () -> get(ROUTES, "kind", "bogus"));
        assertEquals("kind: 'bogus' is not a route kind "
                             + "(one of [CONTAINER, EGRESS, EGRESS_RETURN, DENY, DENY_EGRESS, PUBLISHED, "
                             + "PUBLISHED_RETURN, DENY_PUBLISHED])", message);
        assertRejected(400, "kind", () -> get(ROUTES, "kind", ""));
        assertRejected(404, "server", () -> get(ROUTES, "server", "s9"));
        assertRejected(404, "container", () -> get(ROUTES, "container", "nope"));
        assertRejected(404, "container", () -> get(ROUTES, "container", "c", "tenant", "t2"));
        assertRejected(400, "tenant", () -> get(ROUTES, "container", "a", "tenant", "t 2"));
        assertRejected(400, "tenant", () -> get(ROUTES, "tenant", "t/2"));
    }

    @Test
    public void revokesTheRoutesOfAContainerOnEveryServer() {
        setUpRoutes();
        assertTablesHoldExactlyTheRoutes();
        int rules = routing.flows.rules().size();
        assertEquals(2, body(delete(ROUTES, "container", "c"), 200).get("revoked").asInt());
        assertEquals(List.of("CONTAINER a->y", "CONTAINER y->a", "EGRESS a->8.8.8.8",
                             "EGRESS_RETURN a->8.8.8.8", "DENY a->d"), listed());
        assertEquals("the 4 rules of a to c and back are gone from s1 and s2", rules - 4,
                     routing.flows.rules().size());
        assertTablesHoldExactlyTheRoutes();
        assertEquals(2, routing.routing.stats().counter("revocations"));

        assertEquals(2, body(delete(ROUTES, "container", "a", "tenant", "t2"), 200).get("revoked").asInt());
        assertEquals(0, body(delete(ROUTES, "container", "b"), 200).get("revoked").asInt());
        assertEquals(3, body(delete(ROUTES, "container", "id-a"), 200).get("revoked").asInt());
        assertThat(listed(), is(empty()));
        assertTablesHoldExactlyTheRoutes();
        assertEquals("revoking changes no registration", 6, f.containers.containers().size());
    }

    @Test
    public void revokingNeedsAKnownContainer() {
        setUpRoutes();
        assertRoutesRejected(400, "container", () -> delete(ROUTES));
        assertRoutesRejected(400, "container", () -> delete(ROUTES, "container", ""));
        assertRoutesRejected(404, "container", () -> delete(ROUTES, "container", "nope"));
        assertRoutesRejected(404, "container", () -> delete(ROUTES, "container", "y"));
        assertRoutesRejected(400, "tenant", () -> delete(ROUTES, "container", "a", "tenant", "t 2"));
        assertEquals(List.of(ALL), listed());
    }
}
