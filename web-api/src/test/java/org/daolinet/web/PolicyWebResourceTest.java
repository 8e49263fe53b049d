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
import org.daolinet.api.PairPolicy;
import org.daolinet.api.RouteKey;
import org.junit.Test;

import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertThat;

/**
 * REST tests of {@code /policies} on the containers of {@link RoutingResourceTest}.
 */
public class PolicyWebResourceTest extends PolicyResourceTest {

    private static final String POLICIES = "policies";
    private static final String CONNECT = "{\"action\": \"connect\"}";
    private static final String DISCONNECT = "{\"action\": \"disconnect\"}";

    private List<String> listed(String... query) {
        List<String> pairs = new ArrayList<>();
        body(get(POLICIES, query), 200).get(POLICIES)
                .forEach(p -> pairs.add(p.get("names").get(0).asText() + "-" + p.get("names").get(1).asText()
                                                + ":" + p.get("action").asText()));
        return pairs;
    }

    @Test
    public void setsGetsListsAndClears() {
        assertThat(listed().isEmpty(), is(true));

        Response created = put("policies/c/a", DISCONNECT);
        JsonNode disconnected = body(created, 201);
        assertThat(disconnected.toString(),
                   is("{\"containers\":[\"id-a\",\"id-c\"],\"names\":[\"a\",\"c\"],\"action\":\"disconnect\"}"));
        assertThat(created.getLocation().toString(), endsWith("/policies/id-a/id-c"));
        assertThat(body(client().target(created.getLocation()).request().get(), 200), is(disconnected));
        assertThat(body(get("policies/a/c"), 200), is(disconnected));
        assertThat(body(get("policies/id-c/a"), 200), is(disconnected));
        assertThat(routing.policy.pairPolicy("id-a", "id-c").action(), is(PairPolicy.Action.DISCONNECT));

        // setting again replaces: 200, no location
        Response replaced = put("policies/a/id-c", "{\"action\": \"CONNECT\"}");
        assertThat(body(replaced, 200).get("action").asText(), is("connect"));
        assertThat(replaced.getLocation(), nullValue());
        assertThat(routing.policy.pairPolicy("id-c", "id-a").action(), is(PairPolicy.Action.CONNECT));

        body(put("policies/a/d", DISCONNECT), 201);
        // names of tenant t2 with the tenant parameter
        JsonNode t2 = body(put("policies/a/y", CONNECT, "tenant", "t2"), 201);
        assertThat(t2.get("containers").toString(), is("[\"id-t2-a\",\"id-y\"]"));
        assertThat(listed(), contains("a-c:connect", "a-d:disconnect", "a-y:connect"));
        assertThat(listed("container", "a"), contains("a-c:connect", "a-d:disconnect"));
        assertThat(listed("container", "id-t2-a"), contains("a-y:connect"));
        assertThat(listed("container", "a", "tenant", "t2"), contains("a-y:connect"));
        assertThat(listed("tenant", "t2"), contains("a-y:connect"));
        assertThat(listed("container", "b").isEmpty(), is(true));

        assertThat(body(delete("policies/c/a"), 200).get("action").asText(), is("connect"));
        assertThat(routing.policy.pairPolicy("id-a", "id-c"), nullValue());
        assertPolicyRejected(404, "pair", () -> get("policies/a/c"));
        body(delete("policies/a/y", "tenant", "t2"), 200);
        assertThat(listed(), contains("a-d:disconnect"));
    }

    @Test
    public void disconnectCutsRunningConnectionsAndConnectOpensDeniedOnes() {
        setUpRoutes();
        RouteKey aToC = RouteKey.of(RouteKey.Kind.CONTAINER, a.id(), c.id());
        RouteKey cToA = RouteKey.of(RouteKey.Kind.CONTAINER, c.id(), a.id());
        assertThat(routing.routing.route(aToC), notNullValue());
        body(put("policies/a/c", DISCONNECT), 201);
        assertThat(routing.routing.route(aToC), nullValue());
        assertThat(routing.routing.route(cToA), nullValue());
        assertThat(routing.policy.decide(a, c, 1, 0).allowed(), is(false));

        assertThat(routing.policy.decide(a, d, 1, 0).allowed(), is(false));
        body(put("policies/d/a", CONNECT), 201);
        assertThat(routing.policy.decide(a, d, 1, 0).allowed(), is(true));
        body(delete("policies/a/d"), 200);
        assertThat(routing.policy.decide(a, d, 1, 0).allowed(), is(false));
    }

    @Test
    public void rejectsUnknownContainers() {
        assertPolicyRejected(404, "container", () -> put("policies/a/nobody", CONNECT));
        assertPolicyRejected(404, "container", () -> put("policies/nobody/a", CONNECT));
        // y is a container of t2, not of the default tenant
        assertPolicyRejected(404, "container", () -> put("policies/a/y", CONNECT));
        assertPolicyRejected(404, "container", () -> get("policies/a/nobody"));
        assertPolicyRejected(404, "container", () -> delete("policies/a/nobody"));
        assertPolicyRejected(404, "container", () -> get(POLICIES, "container", "nobody"));
        assertThat(routing.policy.pairPolicies().isEmpty(), is(true));
    }

    @Test
    public void rejectsAPairOfOneContainer() {
        String message = assertPolicyRejected(400, "container", () -> put("policies/a/a", CONNECT));
        assertThat(message, is("container: a pair needs two different containers, not id-a twice"));
        assertPolicyRejected(400, "container", () -> put("policies/a/id-a", DISCONNECT));
        assertPolicyRejected(400, "container", () -> get("policies/a/id-a"));
        assertPolicyRejected(400, "container", () -> delete("policies/id-a/a"));
    }

    @Test
    public void rejectsBadActions() {
        String message = assertPolicyRejected(400, "action", () -> put("policies/a/c", "{\"action\": \"accept\"}"));
        assertThat(message, is("action: 'accept' is not one of connect, disconnect"));
        assertPolicyRejected(400, "action", () -> put("policies/a/c", "{}"));
        assertPolicyRejected(400, "action", () -> put("policies/a/c", "{\"action\": \"\"}"));
        assertPolicyRejected(400, "action", () -> put("policies/a/c", "{\"action\": true}"));
        assertPolicyRejected(400, "body", () -> put("policies/a/c", "connect"));
        assertPolicyRejected(400, "body", () -> put("policies/a/c", "{\"action\": \"connect\"} {}"));
        // the action is checked before the containers
        assertPolicyRejected(400, "action", () -> put("policies/a/nobody", "{\"action\": \"drop\"}"));
        assertPolicyRejected(400, "tenant", () -> put("policies/a/c", CONNECT, "tenant", "t 2"));
        assertPolicyRejected(400, "tenant", () -> get(POLICIES, "tenant", "t 2"));
        assertThat(routing.policy.pairPolicies().isEmpty(), is(true));
    }

    @Test
    public void clearingAPairWithoutPolicyIsNotFound() {
        body(put("policies/a/b", CONNECT), 201);
        String message = assertPolicyRejected(404, "pair", () -> delete("policies/a/c"));
        assertThat(message, is("pair: containers id-a and id-c have no pair policy"));
        assertPolicyRejected(404, "pair", () -> get("policies/c/a"));
        assertThat(routing.policy.pairPolicies().size(), is(1));
    }
}
