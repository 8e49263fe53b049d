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
package org.daolinet.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import org.daolinet.api.PairPolicy;
import org.junit.Test;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * daolictl connect, disconnect, show and clear A:B against the real REST API.
 */
public class PairVerbsTest extends DaolictlTestBase {

    private PairPolicy policy(String one, String other) {
        return server.routing.policy.pairPolicy(one, other);
    }

    @Test
    public void connectsShowsDisconnectsAndClears() {
        assertEquals("", ok("show", "a:c").out);

        Result connected = ok("connect", "a:c");
        assertEquals(List.of("A", "B", "ACTION"), header(connected));
        assertEquals(List.of(List.of("a", "c", "connect")), rows(connected));
        assertThat(policy(a.id(), c.id()).action(), is(PairPolicy.Action.CONNECT));
        assertEquals(List.of("CONNECTED"), ok("show", "a:c").lines());
        assertEquals(List.of("CONNECTED"), ok("show", "c:a").lines());

        ok("disconnect", "c:id-a");
        assertThat(policy(a.id(), c.id()).action(), is(PairPolicy.Action.DISCONNECT));
        assertEquals(List.of("DISCONNECTED"), ok("show", "id-a:id-c").lines());

        assertEquals(List.of("Cleared a:c (was DISCONNECTED)"), ok("clear", "a:c").lines());
        assertThat(policy(a.id(), c.id()), nullValue());
        assertEquals("", ok("show", "a:c").out);
    }

    @Test
    public void disconnectCutsARunningRoute() {
        ping(a, 5, c.mac(), "10.1.0.4");
        assertThat(server.routing.routing.routesOf(a.id()).isEmpty(), is(false));
        ok("disconnect", "a:c");
        assertThat(server.routing.routing.routesOf(c.id()).isEmpty(), is(true));
    }

    @Test
    public void namesAreInTheTenantGiven() {
        ok("--tenant", "t2", "connect", "a:y");
        assertThat(policy(t2a.id(), y.id()).action(), is(PairPolicy.Action.CONNECT));
        assertEquals(List.of("CONNECTED"), ok("show", "a:y", "-t", "t2").lines());
        rejected(404, "container", "show", "a:y");
    }

    @Test
    public void printsTheServersJson() {
        JsonNode set = ok("connect", "a:c", "--json").json();
        assertThat(set.get("action").asText(), is("connect"));
        assertThat(set.get("containers").get(0).asText(), is("id-a"));
        assertThat(set.get("names").get(1).asText(), is("c"));
        assertThat(ok("show", "a:c", "-j").json(), is(set));
        assertThat(ok("clear", "a:c", "-j").json(), is(set));
        assertEquals("", ok("show", "a:c", "-j").out);
    }

    @Test
    public void unknownContainersAndMissingPoliciesAreTheServersErrors() {
        assertThat(rejected(404, "container", "connect", "a:nope"), containsString("nope"));
        rejected(404, "container", "show", "nope:a");
        rejected(400, "container", "connect", "a:id-a");
        rejected(404, "pair", "clear", "a:c");
        rejected(400, "tenant", "connect", "a:c", "-t", "bad tenant");
    }

    @Test
    public void aPairIsTwoContainers() {
        assertThat(usageError("connect", "a"), containsString("A:B"));
        usageError("disconnect", "a:b:c");
        usageError("show", ":c");
        usageError("clear", "a:");
        usageError("connect");
    }
}
