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
import org.daolinet.api.PairPolicy;
import org.daolinet.api.RouteKey;
import org.daolinet.impl.Packets;
import org.junit.Test;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.PortNumber;

import java.util.List;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Tests of daolinet-connect, daolinet-disconnect, daolinet-clear and daolinet-policy.
 */
public class PairPolicyCommandsTest extends PolicyCommandTestBase {

    private static <C extends PairCommand> C pair(C command, String tenant, String one, String other) {
        command.tenant = tenant;
        command.one = one;
        command.other = other;
        return command;
    }

    private static ConnectCommand connect(String tenant, String one, String other) {
        return pair(new ConnectCommand(), tenant, one, other);
    }

    private static DisconnectCommand disconnect(String tenant, String one, String other) {
        return pair(new DisconnectCommand(), tenant, one, other);
    }

    private static ClearCommand clear(String tenant, String one, String other) {
        return pair(new ClearCommand(), tenant, one, other);
    }

    private static PolicyCommand policy(String tenant, String one, String other) {
        PolicyCommand command = new PolicyCommand();
        command.tenant = tenant;
        command.one = one;
        command.other = other;
        return command;
    }

    @Test
    public void connectsDisconnectsShowsAndClears() {
        assertEquals(List.of(), ok(policy(null, "a", "c")).lines());
        assertEquals(List.of("Disconnected a (id-a) and c (id-c)"), ok(disconnect(null, "a", "c")).lines());
        assertThat(routing.policy.pairPolicy("id-c", "id-a").action(), is(PairPolicy.Action.DISCONNECT));
        assertEquals(List.of("DISCONNECTED"), ok(policy(null, "c", "id-a")).lines());
        assertEquals(List.of("Connected c (id-c) and a (id-a)"), ok(connect(null, "c", "a")).lines());
        assertEquals(List.of("CONNECTED"), ok(policy(null, "a", "c")).lines());
        assertEquals(List.of("Cleared the policy of a (id-a) and c (id-c) (was connect)"),
                     ok(clear(null, "a", "c")).lines());
        assertThat(routing.policy.pairPolicy("id-a", "id-c"), nullValue());
        assertEquals(List.of(), ok(policy(null, "a", "c")).lines());
    }

    @Test
    public void listsEveryPairPolicy() {
        ok(connect(null, "a", "d"));
        ok(disconnect(null, "c", "a"));
        ok(connect("t2", "a", "y"));
        List<String> lines = ok(policy(null, null, null)).lines();
        assertEquals(List.of("CONTAINER", "ID", "PEER", "PEER", "ID", "POLICY"), cells(lines.get(0)));
        assertEquals(List.of("default/a", "id-a", "default/c", "id-c", "DISCONNECTED"), cells(lines.get(1)));
        assertEquals(List.of("default/a", "id-a", "default/d", "id-d", "CONNECTED"), cells(lines.get(2)));
        assertEquals(List.of("t2/a", "id-t2-a", "t2/y", "id-y", "CONNECTED"), cells(lines.get(3)));
        assertEquals(4, lines.size());
        List<String> t2 = ok(policy("t2", null, null)).lines();
        assertEquals(2, t2.size());
        assertEquals("t2/a", cells(t2.get(1)).get(0));
    }

    @Test
    public void printsJsonThroughTheCodec() {
        JsonNode set = runJson(disconnect(null, "c", "a")).json();
        assertEquals("{\"containers\":[\"id-a\",\"id-c\"],\"names\":[\"a\",\"c\"],\"action\":\"disconnect\"}",
                     set.toString());
        assertEquals(set, runJson(policy(null, "a", "c")).json());
        JsonNode list = runJson(policy(null, null, null)).json();
        assertEquals(1, list.size());
        assertEquals(set, list.get(0));
        assertEquals("connect", runJson(connect(null, "a", "c")).json().get("action").asText());
        assertEquals("connect", runJson(clear(null, "a", "c")).json().get("action").asText());
        assertEquals("", runJson(policy(null, "a", "c")).out);
    }

    @Test
    public void namesInATenant() {
        ok(connect("t2", "a", "y"));
        assertThat(routing.policy.pairPolicy("id-t2-a", "id-y"), notNullValue());
        assertEquals(List.of("CONNECTED"), ok(policy("t2", "y", "a")).lines());
        assertEquals(List.of("CONNECTED"), ok(policy(null, "id-y", "id-t2-a")).lines());
        ok(clear("t2", "a", "y"));
    }

    @Test
    public void disconnectCutsRunningConnections() {
        routing.receive(new ConnectPoint(a.server(), PortNumber.portNumber(5)),
                        Packets.ping(a.mac(), c.mac(), "10.1.0.2", "10.1.0.4"));
        RouteKey aToC = RouteKey.of(RouteKey.Kind.CONTAINER, a.id(), c.id());
        assertThat(routing.routing.route(aToC), notNullValue());
        ok(disconnect(null, "a", "c"));
        assertThat(routing.routing.route(aToC), nullValue());
        assertThat(routing.routing.route(RouteKey.of(RouteKey.Kind.CONTAINER, c.id(), a.id())), nullValue());
    }

    @Test
    public void rejectsUnknownContainers() {
        assertPolicyRejected(connect(null, "a", "nobody"), "container");
        assertPolicyRejected(disconnect(null, "nobody", "a"), "container");
        // y is a container of t2, and with -t t2 the default tenant's a is not chosen even by id
        assertPolicyRejected(connect(null, "a", "y"), "container");
        assertPolicyRejected(connect("t2", "id-a", "y"), "container");
        assertPolicyRejected(clear(null, "a", "nobody"), "container");
        assertPolicyRejected(policy(null, "a", "nobody"), "container");
        assertPolicyRejected(connect(null, "a", "bad id"), "container");
        assertPolicyRejected(connect("t 2", "a", "c"), "tenant");
        assertPolicyRejected(policy("t 2", null, null), "tenant");
    }

    @Test
    public void rejectsAPairOfOneContainer() {
        assertThat(assertPolicyRejected(connect(null, "a", "a"), "container"),
                   is("Error: container: a pair needs two different containers, not id-a twice"));
        assertPolicyRejected(disconnect(null, "id-a", "a"), "container");
        assertPolicyRejected(clear(null, "a", "id-a"), "container");
        assertPolicyRejected(policy(null, "a", "a"), "container");
    }

    @Test
    public void rejectsOneContainerWithoutPeer() {
        assertThat(assertPolicyRejected(policy(null, "a", null), "container"),
                   is("Error: container: give two containers, or none to list every pair policy"));
    }

    @Test
    public void clearingAPairWithoutPolicyIsNotFound() {
        ok(connect(null, "a", "b"));
        assertThat(assertPolicyRejected(clear(null, "a", "c"), "pair"),
                   is("Error: pair: containers id-a and id-c have no pair policy"));
        assertEquals(1, routing.policy.pairPolicies().size());
    }
}
