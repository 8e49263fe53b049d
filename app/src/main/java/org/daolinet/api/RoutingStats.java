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
package org.daolinet.api;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableMap;

import java.util.Map;

/**
 * A snapshot of the routing counters of one ONOS node, with the latency of recent route set-ups
 * (from the PacketIn to the PacketOut, after the rules were confirmed on every server).
 */
public final class RoutingStats {

    private final Map<String, Long> counters;
    private final long latencySamples;
    private final long p50Micros;
    private final long p90Micros;
    private final long p99Micros;
    private final long maxMicros;

    /**
     * Creates a snapshot.
     *
     * @param counters       named counters, in display order
     * @param latencySamples number of set-up latencies the percentiles are taken from
     * @param p50Micros      median set-up latency
     * @param p90Micros      90th percentile
     * @param p99Micros      99th percentile
     * @param maxMicros      largest
     */
    public RoutingStats(Map<String, Long> counters, long latencySamples,
                        long p50Micros, long p90Micros, long p99Micros, long maxMicros) {
        this.counters = ImmutableMap.copyOf(counters);
        this.latencySamples = latencySamples;
        this.p50Micros = p50Micros;
        this.p90Micros = p90Micros;
        this.p99Micros = p99Micros;
        this.maxMicros = maxMicros;
    }

    /**
     * Returns the counters: PacketIns by kind, routes set up, denials, spoof drops, rate-limited
     * PacketIns, revocations and others.
     *
     * @return immutable map of counter name to value
     */
    public Map<String, Long> counters() {
        return counters;
    }

    /**
     * Returns a counter.
     *
     * @param name counter name
     * @return value, 0 if unknown
     */
    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }

    /**
     * Returns the number of set-up latencies sampled.
     *
     * @return samples
     */
    public long latencySamples() {
        return latencySamples;
    }

    /**
     * Returns the median set-up latency.
     *
     * @return microseconds
     */
    public long p50Micros() {
        return p50Micros;
    }

    /**
     * Returns the 90th percentile of set-up latency.
     *
     * @return microseconds
     */
    public long p90Micros() {
        return p90Micros;
    }

    /**
     * Returns the 99th percentile of set-up latency.
     *
     * @return microseconds
     */
    public long p99Micros() {
        return p99Micros;
    }

    /**
     * Returns the largest sampled set-up latency.
     *
     * @return microseconds
     */
    public long maxMicros() {
        return maxMicros;
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("counters", counters).add("samples", latencySamples)
                .add("p50", p50Micros).add("p99", p99Micros).toString();
    }
}
