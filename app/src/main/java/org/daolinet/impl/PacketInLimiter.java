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

import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-port token buckets that bound the PacketIns DaoliNet handles: a port may send {@code burst}
 * PacketIns at once and {@code rate} per second after that; the excess is dropped by the caller.
 * A denied or spoofing container cannot keep the controller busy.
 * <p>
 * The bucket of a port is the PacketIn path's one per-port record, looked up for every PacketIn, so
 * it also carries what the routing handler last found bound to the port (see
 * {@link RoutingContext#source}): the port is hashed once per PacketIn, not once per concern.
 */
final class PacketInLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Map<ConnectPoint, Port> buckets = new ConcurrentHashMap<>();
    private volatile long rate;
    private volatile long burst;

    /**
     * Creates a limiter.
     *
     * @param rate  tokens per second
     * @param burst bucket depth
     */
    PacketInLimiter(long rate, long burst) {
        configure(rate, burst);
    }

    /**
     * Changes rate and burst; buckets refill at the new rate from now on.
     *
     * @param newRate  tokens per second
     * @param newBurst bucket depth
     */
    void configure(long newRate, long newBurst) {
        this.rate = newRate;
        this.burst = newBurst;
    }

    /**
     * Takes a token for a port and returns the port's record.
     *
     * @param port  port the PacketIn came from
     * @param nanos current {@link System#nanoTime()}
     * @return the port's record if the PacketIn may be handled, null if it is over the limit
     */
    Port acquire(ConnectPoint port, long nanos) {
        Port bucket = buckets.get(port);
        if (bucket == null) {
            bucket = buckets.computeIfAbsent(port, p -> new Port(burst, nanos));
        }
        return bucket.tryAcquire(nanos, rate, burst) ? bucket : null;
    }

    /**
     * Forgets the bucket of a port that is gone.
     *
     * @param port port
     */
    void forget(ConnectPoint port) {
        buckets.remove(port);
    }

    /**
     * Forgets the buckets of every port of a device that is gone.
     *
     * @param device device
     */
    void forgetDevice(DeviceId device) {
        buckets.keySet().removeIf(port -> port.deviceId().equals(device));
    }

    /**
     * Returns the number of ports with a record.
     *
     * @return number of records
     */
    int size() {
        return buckets.size();
    }

    /**
     * The record of one port: its token bucket (tokens in nanosecond-scaled units, to refill without
     * rounding loss), and the routing handler's memo of the port's source.
     */
    static final class Port {
        private long tokensScaled;
        private long last;
        /** What the routing handler last found bound to the port, or null (see {@link RoutingContext#source}). */
        volatile RoutingContext.Source source;

        Port(long burst, long nanos) {
            this.tokensScaled = burst * NANOS_PER_SECOND;
            this.last = nanos;
        }

        synchronized boolean tryAcquire(long nanos, long rate, long burst) {
            long elapsed = Math.max(0, nanos - last);
            last = nanos;
            long cap = burst * NANOS_PER_SECOND;
            // saturate instead of computing elapsed * rate, which overflows after long idle periods
            tokensScaled = elapsed >= (cap - tokensScaled) / rate ? cap : tokensScaled + elapsed * rate;
            if (tokensScaled >= NANOS_PER_SECOND) {
                tokensScaled -= NANOS_PER_SECOND;
                return true;
            }
            return false;
        }
    }
}
