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

import com.google.common.collect.ImmutableMap;
import org.daolinet.api.RoutingStats;
import org.junit.Test;
import org.onosproject.codec.impl.MockCodecContext;

import static org.junit.Assert.assertEquals;

/**
 * Tests of the routing statistics JSON.
 */
public class RoutingStatsCodecTest {

    private final MockCodecContext context = new MockCodecContext();

    @Test
    public void countersInTheirOrderAndLatencyPercentiles() {
        RoutingStats stats = new RoutingStats(ImmutableMap.of("packetInIpv4", 12L, "routesSetUp", 3L, "denied", 0L),
                                              3, 150, 900, 1200, 1250);
        assertEquals("{\"counters\":{\"packetInIpv4\":12,\"routesSetUp\":3,\"denied\":0},"
                             + "\"setupLatencyMicros\":{\"samples\":3,\"p50\":150,\"p90\":900,\"p99\":1200,"
                             + "\"max\":1250}}",
                     new RoutingStatsCodec().encode(stats, context).toString());
    }

    @Test
    public void noSamplesYet() {
        RoutingStats stats = new RoutingStats(ImmutableMap.of(), 0, 0, 0, 0, 0);
        assertEquals("{\"counters\":{},\"setupLatencyMicros\":{\"samples\":0,\"p50\":0,\"p90\":0,\"p99\":0,"
                             + "\"max\":0}}",
                     new RoutingStatsCodec().encode(stats, context).toString());
    }

    @Test(expected = UnsupportedOperationException.class)
    public void statisticsAreNotDecoded() {
        new RoutingStatsCodec().decode(context.mapper().createObjectNode(), context);
    }
}
