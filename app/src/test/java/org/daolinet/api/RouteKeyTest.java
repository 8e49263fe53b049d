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

import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.daolinet.api.RouteKey.Kind.CONTAINER;
import static org.daolinet.api.RouteKey.Kind.DENY;
import static org.daolinet.api.RouteKey.Kind.EGRESS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

/**
 * Specification of the order of route keys, the order in which routes are listed.
 */
public class RouteKeyTest {

    /** Keys are ordered by kind, source, destination, protocol, port and port role. */
    @Test
    public void ordersByKindSourceDestinationProtocolPortAndRole() {
        RouteKey[] ordered = {
                RouteKey.of(CONTAINER, "id-a", "id-b"),
                RouteKey.of(CONTAINER, "id-a", "id-b", 6, 80, false),
                RouteKey.of(CONTAINER, "id-a", "id-b", 6, 80, true),
                RouteKey.of(CONTAINER, "id-a", "id-b", 6, 443, false),
                RouteKey.of(CONTAINER, "id-a", "id-b", 17, 53, false),
                RouteKey.of(CONTAINER, "id-a", "id-c"),
                RouteKey.of(CONTAINER, "id-b", "id-a"),
                RouteKey.of(EGRESS, "id-a", "8.8.8.8"),
                RouteKey.of(DENY, "id-a", "id-b")};
        List<RouteKey> shuffled = new ArrayList<>(List.of(ordered));
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled, contains(ordered));
    }

    /** The order agrees with equality. */
    @Test
    public void equalKeysCompareEqual() {
        assertThat(RouteKey.of(EGRESS, "id-a", "8.8.8.8", 6, 80, false)
                           .compareTo(RouteKey.of(EGRESS, "id-a", "8.8.8.8", 6, 80, false)), is(0));
        assertThat(RouteKey.of(EGRESS, "id-a", "8.8.8.8", 6, 80, false)
                           .compareTo(RouteKey.of(EGRESS, "id-a", "8.8.8.8", 6, 80, true)) < 0, is(true));
    }
}
