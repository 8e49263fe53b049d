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

import com.google.common.collect.ImmutableSet;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local two-level index (outer key, inner key to value) on concurrent hash maps: constant-time
 * lookups without allocating a composite key. Empty inner maps are dropped.
 *
 * @param <K> outer key type
 * @param <J> inner key type
 * @param <V> value type
 */
final class NestedIndex<K, J, V> {

    private final Map<K, Map<J, V>> maps = new ConcurrentHashMap<>();

    /**
     * Maps (outer, inner) to a value.
     *
     * @param outer outer key
     * @param inner inner key
     * @param value value
     */
    void put(K outer, J inner, V value) {
        // inside compute: an inner map cannot be dropped as empty between its lookup and the write
        maps.compute(outer, (k, m) -> {
            Map<J, V> map = m != null ? m : new ConcurrentHashMap<>();
            map.put(inner, value);
            return map;
        });
    }

    /**
     * Removes (outer, inner) if it maps to the given value.
     *
     * @param outer outer key
     * @param inner inner key
     * @param value expected value
     */
    void remove(K outer, J inner, V value) {
        maps.computeIfPresent(outer, (k, m) -> {
            m.remove(inner, value);
            return m.isEmpty() ? null : m;
        });
    }

    /**
     * Returns the value of (outer, inner).
     *
     * @param outer outer key
     * @param inner inner key
     * @return value or null
     */
    V get(K outer, J inner) {
        Map<J, V> m = maps.get(outer);
        return m == null ? null : m.get(inner);
    }

    /**
     * Returns a snapshot of the values under an outer key.
     *
     * @param outer outer key
     * @return immutable set of values
     */
    Set<V> values(K outer) {
        Map<J, V> m = maps.get(outer);
        return m == null ? ImmutableSet.of() : ImmutableSet.copyOf(m.values());
    }

    /**
     * Removes everything under an outer key.
     *
     * @param outer outer key
     */
    void clear(K outer) {
        maps.remove(outer);
    }
}
