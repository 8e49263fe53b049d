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
import org.daolinet.api.RoutingStats;
import org.daolinet.impl.Packets;
import org.junit.Test;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.PortNumber;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;

/**
 * REST tests of {@code /stats}: the counters after a known sequence of PacketIns and requests.
 */
public class StatsWebResourceTest extends RoutingResourceTest {

    private static final String STATS = "stats";

    /**
     * Returns every counter at 0 but the given ones, in display order.
     *
     * @param nameValues alternating names and values
     * @return counters
     */
    private static Map<String, Long> counters(Object... nameValues) {
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String name : new String[]{"packetInArp", "packetInIpv4", "packetInOther", "arpReplies", "arpDropped",
                "routesSetUp", "egressSetUp", "publishedSetUp", "packetsForwarded", "denied", "spoofDrops",
                "unknownSource", "unroutable", "rateLimited", "revocations", "expired", "staleSetups",
                "installFailures"}) {
            counters.put(name, 0L);
        }
        for (int i = 0; i < nameValues.length; i += 2) {
            counters.put((String) nameValues[i], ((Integer) nameValues[i + 1]).longValue());
        }
        return counters;
    }

    private static Map<String, Long> counters(JsonNode json) {
        Map<String, Long> counters = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> counters.put(e.getKey(), e.getValue().asLong()));
        return counters;
    }

    private static void assertCounters(Map<String, Long> expected, JsonNode stats) {
        Map<String, Long> actual = counters(stats.get("counters"));
        assertEquals(expected, actual);
        assertEquals("in display order", new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()));
    }

    @Test
    public void allZeroBeforeTheFirstPacketIn() {
        JsonNode stats = body(get(STATS), 200);
        assertCounters(counters(), stats);
        assertEquals("{\"samples\":0,\"p50\":0,\"p90\":0,\"p99\":0,\"max\":0}",
                     stats.get("setupLatencyMicros").toString());
    }

    @Test
    public void countsPacketInsByKindSetUpsDenialsSpoofsAndRevocations() {
        routing.receive(new ConnectPoint(S1, PortNumber.portNumber(5)),
                        Packets.arpRequest(a.mac(), "10.1.0.2", "10.1.0.4"));
        ping(a, 5, c.mac(), "10.1.0.4");
        ping(a, 5, web.gatewayMac(), "8.8.8.8");
        ping(a, 5, web.gatewayMac(), "10.2.0.2");
        // b's IP from a's port
        routing.receive(new ConnectPoint(S1, PortNumber.portNumber(5)),
                        Packets.ping(a.mac(), b.mac(), "10.1.0.3", "10.1.0.2"));
        body(delete("routes", "container", "c"), 200);

        JsonNode stats = body(get(STATS), 200);
        assertCounters(counters("packetInArp", 1, "packetInIpv4", 4, "arpReplies", 1, "routesSetUp", 1,
                                "egressSetUp", 1, "publishedSetUp", 0, "packetsForwarded", 2, "denied", 1,
                                "spoofDrops", 1, "revocations", 2), stats);
        JsonNode latency = stats.get("setupLatencyMicros");
        RoutingStats expected = routing.routing.stats();
        assertEquals("the route and the egress set up with a first packet", 2, latency.get("samples").asLong());
        assertEquals(expected.p50Micros(), latency.get("p50").asLong());
        assertEquals(expected.p90Micros(), latency.get("p90").asLong());
        assertEquals(expected.p99Micros(), latency.get("p99").asLong());
        assertEquals(expected.maxMicros(), latency.get("max").asLong());
        assertEquals("the larger of two samples", expected.maxMicros(), expected.p90Micros());
    }
}
