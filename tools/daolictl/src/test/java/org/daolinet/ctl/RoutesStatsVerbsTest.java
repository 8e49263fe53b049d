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
import org.junit.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * daolictl routes and stats against the real REST API, on routes set up by PacketIns.
 */
public class RoutesStatsVerbsTest extends DaolictlTestBase {

    private static List<String> summaries(Result result) {
        return rows(result).stream().map(r -> r.get(0) + " " + r.get(1) + "->" + r.get(2))
                .collect(Collectors.toList());
    }

    @Test
    public void listsRoutesWithTheirEndsServersAndTraffic() {
        assertEquals(List.of("KIND", "SRC", "DST", "L4", "INGRESS", "SERVERS", "RULES", "AGE_S", "PACKETS",
                             "BYTES"), header(ok("routes")));
        assertThat(rows(ok("routes")).isEmpty(), is(true));

        ping(a, 5, c.mac(), "10.1.0.4");
        ping(a, 5, web.gatewayMac(), "10.2.0.2");
        ping(t2a, 8, y.mac(), "10.1.0.3");
        Result routes = ok("routes");
        assertEquals(List.of("CONTAINER a->c", "CONTAINER c->a", "CONTAINER a->y", "CONTAINER y->a", "DENY a->d"),
                     summaries(routes));
        List<String> across = rows(routes).get(0);
        assertEquals(List.of("CONTAINER", "a", "c", "-", "s1", "2", "2"), across.subList(0, 7));

        assertEquals(List.of("CONTAINER a->c", "CONTAINER c->a", "DENY a->d"), summaries(ok("routes", "-c", "a")));
        assertEquals(List.of("CONTAINER a->y", "CONTAINER y->a"),
                     summaries(ok("routes", "--container", "a", "--tenant", "t2")));
        assertEquals(List.of("DENY a->d"), summaries(ok("routes", "--kind", "deny")));
        assertEquals(List.of("CONTAINER a->y", "CONTAINER y->a"),
                     summaries(ok("routes", "--kind", "container", "-t", "t2")));

        JsonNode json = ok("routes", "--kind", "DENY", "--json").json();
        assertThat(json.get("routes").size(), is(1));
        assertThat(json.get("routes").get(0).get("srcName").asText(), is("a"));
        assertThat(json.get("routes").get(0).get("rules").size(), is(1));
    }

    @Test
    public void badFiltersAreTheServersErrors() {
        rejected(400, "kind", "routes", "--kind", "sideways");
        rejected(404, "container", "routes", "--container", "nope");
        rejected(404, "server", "routes", "--server", "s9");
    }

    @Test
    public void showsTheRoutingCounters() {
        ping(a, 5, c.mac(), "10.1.0.4");
        Result stats = ok("stats");
        assertEquals(List.of("COUNTER", "VALUE"), header(stats));
        JsonNode json = ok("stats", "--json").json();
        List<String> names = rows(stats).stream().map(r -> r.get(0)).collect(Collectors.toList());
        json.get("counters").fieldNames().forEachRemaining(n -> assertThat(n, names.contains(n), is(true)));
        assertThat(names.contains("setupLatencyMicros.p99"), is(true));
        assertThat(rows(stats).stream().filter(r -> r.get(0).equals("setupLatencyMicros.samples"))
                           .findFirst().orElseThrow().get(1),
                   is(json.get("setupLatencyMicros").get("samples").asText()));
        assertThat(json.get("setupLatencyMicros").get("samples").asLong() > 0, is(true));
    }
}
