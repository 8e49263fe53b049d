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
import com.google.common.collect.ImmutableList;
import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.FlowRule;

import java.util.List;
import java.util.Objects;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An installed direction of a hot-plug route (or set of drop rules): its key, the exact flow rules
 * on each server, and when it was set up. Tracked cluster-wide so that any change can revoke it on
 * every server at once.
 */
public final class Route {

    private final RouteKey key;
    private final List<FlowRule> rules;
    private final long createdMillis;

    /**
     * Creates a route.
     *
     * @param key           identity
     * @param rules         installed rules, ingress server first
     * @param createdMillis set-up time (epoch milliseconds)
     */
    public Route(RouteKey key, List<FlowRule> rules, long createdMillis) {
        this.key = checkNotNull(key);
        this.rules = ImmutableList.copyOf(rules);
        checkArgument(!this.rules.isEmpty(), "a route has rules");
        this.createdMillis = createdMillis;
    }

    /**
     * Returns the identity of the route.
     *
     * @return key
     */
    public RouteKey key() {
        return key;
    }

    /**
     * Returns the installed rules, the one on the ingress server first.
     *
     * @return immutable list of rules
     */
    public List<FlowRule> rules() {
        return rules;
    }

    /**
     * Returns the server where packets enter the route.
     *
     * @return device id of the ingress server
     */
    public DeviceId ingress() {
        return rules.get(0).deviceId();
    }

    /**
     * Returns the set-up time.
     *
     * @return epoch milliseconds
     */
    public long createdMillis() {
        return createdMillis;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Route)) {
            return false;
        }
        Route that = (Route) o;
        return createdMillis == that.createdMillis && key.equals(that.key) && rules.equals(that.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, rules, createdMillis);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("key", key).add("rules", rules.size())
                .add("createdMillis", createdMillis).toString();
    }
}
