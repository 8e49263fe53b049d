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
import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.MapEvent;
import org.onosproject.store.service.MapEventListener;
import org.onosproject.store.service.Versioned;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * A consistent map with a local mirror: writes go to the cluster-wide map, reads come from the
 * mirror, which follows the map's events from every node (and this node's own writes at once, for
 * read-your-writes). Each change is reported to a callback as (old value, new value).
 *
 * @param <V> value type
 */
final class MirroredMap<V> {

    private final ConsistentMap<String, V> map;
    private final Map<String, V> mirror = new ConcurrentHashMap<>();
    private final BiConsumer<V, V> onChange;
    private final MapEventListener<String, V> listener = this::event;

    /**
     * Wraps a map and loads its current entries.
     *
     * @param map      consistent map
     * @param onChange called with (old, new) on every change seen through the map's events
     */
    MirroredMap(ConsistentMap<String, V> map, BiConsumer<V, V> onChange) {
        this.map = map;
        this.onChange = onChange;
        map.addListener(listener);
        map.entrySet().forEach(e -> mirror.put(e.getKey(), e.getValue().value()));
    }

    /**
     * Stops following the map.
     */
    void close() {
        map.removeListener(listener);
    }

    /**
     * Stores a value if the key is free.
     *
     * @param key   key
     * @param value value
     * @return the value already stored, or null if stored now
     */
    V putIfAbsent(String key, V value) {
        V prev = Versioned.valueOrNull(map.putIfAbsent(key, value));
        if (prev == null) {
            mirror.put(key, value);
        }
        return prev;
    }

    /**
     * Stores a value.
     *
     * @param key   key
     * @param value value
     */
    void put(String key, V value) {
        map.put(key, value);
        mirror.put(key, value);
    }

    /**
     * Replaces a value if it is still the expected one.
     *
     * @param key      key
     * @param expected expected current value
     * @param next     new value
     * @return true if replaced
     */
    boolean replace(String key, V expected, V next) {
        boolean done = map.replace(key, expected, next);
        if (done) {
            mirror.put(key, next);
        }
        return done;
    }

    /**
     * Removes a key.
     *
     * @param key key
     * @return the removed value or null
     */
    V remove(String key) {
        V removed = Versioned.valueOrNull(map.remove(key));
        if (removed != null) {
            mirror.remove(key);
        }
        return removed;
    }

    /**
     * Returns a value from the local mirror.
     *
     * @param key key
     * @return value or null
     */
    V get(String key) {
        return mirror.get(key);
    }

    /**
     * Returns a snapshot of the values.
     *
     * @return immutable set
     */
    Set<V> values() {
        return ImmutableSet.copyOf(mirror.values());
    }

    private void event(MapEvent<String, V> event) {
        V oldValue = Versioned.valueOrNull(event.oldValue());
        V newValue = Versioned.valueOrNull(event.newValue());
        if (newValue == null) {
            if (oldValue == null) {
                return;
            }
            mirror.remove(event.key(), oldValue);
        } else {
            mirror.put(event.key(), newValue);
        }
        if (!Objects.equals(oldValue, newValue)) {
            onChange.accept(oldValue, newValue);
        }
    }
}
