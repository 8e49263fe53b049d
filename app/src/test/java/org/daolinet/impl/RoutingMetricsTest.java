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
import org.junit.Test;

import static org.junit.Assert.assertEquals;

/**
 * Counters and set-up latency percentiles, with latencies recorded by several threads into their
 * stripes of the ring.
 */
public class RoutingMetricsTest {

    private static final long MICROS = 1000;
    /** Latencies one stripe keeps. */
    private static final int RING = 4096;

    private final RoutingMetrics metrics = new RoutingMetrics();

    @Test
    public void emptyHasNoSamples() {
        RoutingStats stats = metrics.snapshot();
        assertEquals(0, stats.latencySamples());
        assertEquals(0, stats.p50Micros());
        assertEquals(0, stats.maxMicros());
        assertEquals(0, stats.counter("routesSetUp"));
    }

    @Test
    public void countsAndPercentilesOfOneThread() {
        for (int i = 1; i <= 100; i++) {
            metrics.latency(i * MICROS);
            metrics.count(RoutingMetrics.Counter.ROUTES_SET_UP);
        }
        metrics.add(RoutingMetrics.Counter.PACKETS_FORWARDED, 7);
        RoutingStats stats = metrics.snapshot();
        assertEquals(100, stats.counter("routesSetUp"));
        assertEquals(7, stats.counter("packetsForwarded"));
        assertEquals(100, stats.latencySamples());
        assertEquals(50, stats.p50Micros());
        assertEquals(90, stats.p90Micros());
        assertEquals(99, stats.p99Micros());
        assertEquals(100, stats.maxMicros());
    }

    @Test
    public void latenciesOfSeveralThreadsAreAllKept() throws InterruptedException {
        Thread[] threads = new Thread[6];
        for (int t = 0; t < threads.length; t++) {
            long micros = (t + 1) * 100;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    metrics.latency(micros * MICROS);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        RoutingStats stats = metrics.snapshot();
        assertEquals("60 latencies, fewer than any stripe keeps", 60, stats.latencySamples());
        assertEquals(300, stats.p50Micros());
        assertEquals(600, stats.maxMicros());
    }

    @Test
    public void aStripeKeepsItsMostRecentLatencies() {
        for (int i = 0; i < RING; i++) {
            metrics.latency(1_000_000 * MICROS);
        }
        for (int i = 0; i < RING; i++) {
            metrics.latency(5 * MICROS);
        }
        RoutingStats stats = metrics.snapshot();
        assertEquals(RING, stats.latencySamples());
        assertEquals("the older, slower set-ups were overwritten", 5, stats.maxMicros());
    }
}
