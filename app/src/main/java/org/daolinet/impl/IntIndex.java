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

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A local index from int keys (IPv4 addresses) to values, for lookups on the PacketIn path: a read
 * neither boxes its key nor follows a pointer to a key object, and takes no lock. Writes (registry
 * changes, rare next to reads) are serialized on the index.
 * <p>
 * Buckets hold immutable chains: a write replaces a bucket's chain with a new one, and a resize
 * publishes a new table, so a reader always walks a consistent chain. A reader that overlaps a write
 * sees the index as it was before the write or as it is after it.
 *
 * @param <V> value type
 */
final class IntIndex<V> {

    /** Buckets of a new index (a power of two). */
    private static final int INITIAL_BUCKETS = 16;
    /** Odd multiplier (2^32 over the golden ratio) that spreads consecutive addresses over the buckets. */
    private static final int SPREAD = 0x9e3779b9;

    private volatile AtomicReferenceArray<Node<V>> table = new AtomicReferenceArray<>(INITIAL_BUCKETS);
    /** Number of keys; guarded by this. */
    private int size;

    /**
     * Returns the value of a key.
     *
     * @param key key
     * @return value or null
     */
    V get(int key) {
        AtomicReferenceArray<Node<V>> t = table;
        for (Node<V> n = t.get(bucket(key, t.length())); n != null; n = n.next) {
            if (n.key == key) {
                return n.value;
            }
        }
        return null;
    }

    /**
     * Maps a key to a value, replacing the value it had.
     *
     * @param key   key
     * @param value value (not null)
     */
    synchronized void put(int key, V value) {
        AtomicReferenceArray<Node<V>> t = table;
        int b = bucket(key, t.length());
        Node<V> head = t.get(b);
        Node<V> rest = without(head, key);
        if (rest == head) {
            size++;
        }
        t.set(b, new Node<>(key, value, rest));
        if (size > t.length() - (t.length() >> 2)) {
            resize(t);
        }
    }

    /**
     * Removes a key if it maps to the given value (by identity or equality).
     *
     * @param key   key
     * @param value expected value
     */
    synchronized void remove(int key, V value) {
        AtomicReferenceArray<Node<V>> t = table;
        int b = bucket(key, t.length());
        Node<V> head = t.get(b);
        for (Node<V> n = head; n != null; n = n.next) {
            if (n.key == key) {
                if (n.value == value || n.value.equals(value)) {
                    t.set(b, without(head, key));
                    size--;
                }
                return;
            }
        }
    }

    /**
     * Tells whether the index holds no key.
     *
     * @return true if empty
     */
    synchronized boolean isEmpty() {
        return size == 0;
    }

    /**
     * Returns the number of keys.
     *
     * @return number of keys
     */
    synchronized int size() {
        return size;
    }

    private static int bucket(int key, int buckets) {
        // the high bits of the product are the well mixed ones: as many as the buckets need
        return (key * SPREAD) >>> Integer.numberOfLeadingZeros(buckets - 1);
    }

    /** Returns a chain without a key: the chain itself if the key is not in it, else a new chain. */
    private static <V> Node<V> without(Node<V> chain, int key) {
        if (chain == null) {
            return null;
        }
        if (chain.key == key) {
            return chain.next;
        }
        Node<V> rest = without(chain.next, key);
        return rest == chain.next ? chain : new Node<>(chain.key, chain.value, rest);
    }

    /** Publishes a table with twice the buckets; the old one is never written again. */
    private void resize(AtomicReferenceArray<Node<V>> old) {
        AtomicReferenceArray<Node<V>> t = new AtomicReferenceArray<>(old.length() * 2);
        for (int i = 0; i < old.length(); i++) {
            for (Node<V> n = old.get(i); n != null; n = n.next) {
                int b = bucket(n.key, t.length());
                t.set(b, new Node<>(n.key, n.value, t.get(b)));
            }
        }
        table = t;
    }

    /**
     * An immutable entry of a bucket's chain.
     *
     * @param <V> value type
     */
    private static final class Node<V> {
        final int key;
        final V value;
        final Node<V> next;

        Node(int key, V value, Node<V> next) {
            this.key = key;
            this.value = value;
            this.next = next;
        }
    }
}
