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

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import org.onosproject.store.primitives.AsyncAtomicCounterAdapter;
import org.onosproject.store.service.AsyncAtomicCounter;
import org.onosproject.store.service.AsyncConsistentMap;
import org.onosproject.store.service.AtomicCounterBuilder;
import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.ConsistentMapBuilder;
import org.onosproject.store.service.TestConsistentMap;
import org.onosproject.store.service.TestStorageService;
import org.onosproject.store.service.Versioned;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Storage service whose consistent maps and atomic counters are shared by name, as ONOS's
 * distributed primitives are shared by every node of a cluster.
 * <p>
 * ONOS's {@link TestStorageService} builds a new map for every builder call, so two store
 * instances on it never see each other. On this service, two stores activated on the same
 * instance play two ONOS nodes (or one node before and after a restart): a map named
 * {@code daolinet-containers} is the same {@link TestConsistentMap} for both, with its events
 * delivered to both. Other primitives are those of {@link TestStorageService}, built anew per call.
 */
public class SharedTestStorageService extends TestStorageService {

    private final Map<String, ConsistentMap<?, ?>> maps = new ConcurrentHashMap<>();
    private final Map<String, AsyncAtomicCounter> counters = new ConcurrentHashMap<>();

    @Override
    public <K, V> ConsistentMapBuilder<K, V> consistentMapBuilder() {
        return new SharedMapBuilder<>();
    }

    @Override
    public AtomicCounterBuilder atomicCounterBuilder() {
        return new SharedCounterBuilder();
    }

    /**
     * Returns the consistent map of a name, as a store built it.
     *
     * @param name map name
     * @param <K>  key type
     * @param <V>  value type
     * @return map, or null if no one built it yet
     */
    @SuppressWarnings("unchecked")
    public <K, V> ConsistentMap<K, V> consistentMap(String name) {
        return (ConsistentMap<K, V>) maps.get(name);
    }

    /**
     * Returns the atomic counter of a name, creating it if no one built it yet.
     *
     * @param name counter name
     * @return counter
     */
    public AsyncAtomicCounter counter(String name) {
        return counters.computeIfAbsent(name, n -> AsyncAtomicCounterAdapter.builder().build());
    }

    /**
     * Returns a snapshot of the contents of every map: map name to (key to value), without the
     * versions. Comparing two snapshots tells whether anything was stored or released in between;
     * counters are left out, as a rejected request may well have drawn a number.
     *
     * @return map name to map contents, sorted by map name
     */
    public Map<String, Map<Object, Object>> contents() {
        ImmutableSortedMap.Builder<String, Map<Object, Object>> snapshot = ImmutableSortedMap.naturalOrder();
        maps.forEach((name, map) -> snapshot.put(name, entries(map)));
        return snapshot.build();
    }

    private static <K, V> Map<Object, Object> entries(ConsistentMap<K, V> map) {
        ImmutableMap.Builder<Object, Object> entries = ImmutableMap.builder();
        for (Map.Entry<K, Versioned<V>> e : map.entrySet()) {
            V value = Versioned.valueOrNull(e.getValue());
            // the test map keeps a key whose compute() returned null; ONOS's map drops it
            if (value != null) {
                entries.put(e.getKey(), value);
            }
        }
        return entries.build();
    }

    /**
     * Builder returning the map already built under the same name, else a new test map.
     */
    private final class SharedMapBuilder<K, V> extends ConsistentMapBuilder<K, V> {

        @Override
        @SuppressWarnings("unchecked")
        public ConsistentMap<K, V> build() {
            return (ConsistentMap<K, V>) maps.computeIfAbsent(
                    name(), n -> new TestConsistentMap.Builder<K, V>().withName(n).withSerializer(serializer())
                            .build());
        }

        @Override
        public AsyncConsistentMap<K, V> buildAsyncMap() {
            throw new UnsupportedOperationException("the registry uses synchronous maps");
        }
    }

    /**
     * Builder returning the counter already built under the same name, else a new one.
     */
    private final class SharedCounterBuilder extends AtomicCounterBuilder {

        @Override
        public AsyncAtomicCounter build() {
            return counter(name());
        }
    }
}
