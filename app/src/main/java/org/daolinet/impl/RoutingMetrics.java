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
package org.daolinet.impl;

import org.daolinet.api.RoutingStats;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Routing counters of this node and rings of the most recent route set-up latencies (one per stripe
 * of threads). Counting is lock-free and allocation-free, fit for the PacketIn path; percentiles are
 * computed on demand.
 */
final class RoutingMetrics {

    /**
     * The counters, in display order.
     */
    enum Counter {
        PACKET_IN_ARP("packetInArp"),
        PACKET_IN_IPV4("packetInIpv4"),
        PACKET_IN_OTHER("packetInOther"),
        ARP_REPLIES("arpReplies"),
        ARP_DROPPED("arpDropped"),
        ROUTES_SET_UP("routesSetUp"),
        EGRESS_SET_UP("egressSetUp"),
        PUBLISHED_SET_UP("publishedSetUp"),
        PACKETS_FORWARDED("packetsForwarded"),
        DENIED("denied"),
        SPOOF_DROPS("spoofDrops"),
        UNKNOWN_SOURCE("unknownSource"),
        UNROUTABLE("unroutable"),
        RATE_LIMITED("rateLimited"),
        REVOCATIONS("revocations"),
        EXPIRED("expired"),
        STALE_SETUPS("staleSetups"),
        INSTALL_FAILURES("installFailures");

        private final String label;

        Counter(String label) {
            this.label = label;
        }
    }

    /** Latencies kept for percentiles, per stripe. */
    private static final int RING = 4096;
    /**
     * Stripes of the latency ring (a power of two). Each thread records into the stripe of its id:
     * with one shared ring, threads handling PacketIns at once would contend on its counter and
     * write neighbouring slots of one cache line on every set-up.
     */
    private static final int STRIPES = 4;
    /** Longs between two stripes' counters, so that each counter has a cache line of its own. */
    private static final int PAD = 8;
    private static final long NANOS_PER_MICRO = 1000;

    private final LongAdder[] counters = new LongAdder[Counter.values().length];
    private final AtomicLongArray latencies = new AtomicLongArray(STRIPES * RING);
    private final AtomicLongArray latencyCounts = new AtomicLongArray(STRIPES * PAD);

    /**
     * Creates zeroed metrics.
     */
    RoutingMetrics() {
        for (int i = 0; i < counters.length; i++) {
            counters[i] = new LongAdder();
        }
    }

    /**
     * Counts one occurrence.
     *
     * @param counter counter
     */
    void count(Counter counter) {
        counters[counter.ordinal()].increment();
    }

    /**
     * Adds to a counter.
     *
     * @param counter counter
     * @param n       amount
     */
    void add(Counter counter, long n) {
        counters[counter.ordinal()].add(n);
    }

    /**
     * Records the latency of a route set-up.
     *
     * @param nanos nanoseconds from PacketIn to PacketOut
     */
    void latency(long nanos) {
        int stripe = (int) Thread.currentThread().getId() & (STRIPES - 1);
        long n = latencyCounts.getAndIncrement(stripe * PAD);
        latencies.set(stripe * RING + (int) (n % RING), nanos);
    }

    /**
     * Returns a snapshot.
     *
     * @return statistics
     */
    RoutingStats snapshot() {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Counter c : Counter.values()) {
            values.put(c.label, counters[c.ordinal()].sum());
        }
        long[] sample = new long[STRIPES * RING];
        int n = 0;
        for (int stripe = 0; stripe < STRIPES; stripe++) {
            int kept = (int) Math.min(latencyCounts.get(stripe * PAD), RING);
            for (int i = 0; i < kept; i++) {
                sample[n++] = latencies.get(stripe * RING + i);
            }
        }
        sample = Arrays.copyOf(sample, n);
        Arrays.sort(sample);
        return new RoutingStats(values, n, percentile(sample, 50), percentile(sample, 90),
                                percentile(sample, 99), n == 0 ? 0 : sample[n - 1] / NANOS_PER_MICRO);
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / NANOS_PER_MICRO;
    }
}
