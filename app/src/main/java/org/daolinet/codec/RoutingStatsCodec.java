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
import org.daolinet.api.RoutingStats;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;

/**
 * JSON of the routing statistics of an ONOS node: its counters by name, in display order, and
 * the set-up latency percentiles. Encoding only: statistics are counted, never written.
 */
public final class RoutingStatsCodec extends JsonCodec<RoutingStats> {

    static final String COUNTERS = "counters";
    static final String SETUP_LATENCY = "setupLatencyMicros";
    static final String SAMPLES = "samples";
    static final String P50 = "p50";
    static final String P90 = "p90";
    static final String P99 = "p99";
    static final String MAX = "max";

    @Override
    public ObjectNode encode(RoutingStats stats, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode();
        ObjectNode counters = node.putObject(COUNTERS);
        stats.counters().forEach(counters::put);
        node.putObject(SETUP_LATENCY)
                .put(SAMPLES, stats.latencySamples())
                .put(P50, stats.p50Micros())
                .put(P90, stats.p90Micros())
                .put(P99, stats.p99Micros())
                .put(MAX, stats.maxMicros());
        return node;
    }
}
