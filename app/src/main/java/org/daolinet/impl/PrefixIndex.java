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

import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * IPv4 longest-prefix lookup in constant time: one hash map per prefix length in use, probed from
 * the longest length down. At most 33 lengths exist, so a lookup costs a bounded number of hash
 * probes whatever the number of prefixes. Thread-safe for concurrent readers and writers.
 *
 * @param <V> value type
 */
final class PrefixIndex<V> {

    private final Map<Integer, Map<Integer, V>> byLength = new ConcurrentHashMap<>();
    /** Prefix lengths in use, longest first; replaced on change, read without locking. */
    private volatile int[] lengths = new int[0];

    /**
     * Maps a prefix to a value.
     *
     * @param prefix IPv4 prefix
     * @param value  value
     */
    synchronized void put(IpPrefix prefix, V value) {
        int length = prefix.prefixLength();
        byLength.computeIfAbsent(length, l -> new ConcurrentHashMap<>())
                .put(prefix.address().getIp4Address().toInt(), value);
        refreshLengths();
    }

    /**
     * Removes a prefix.
     *
     * @param prefix IPv4 prefix
     */
    synchronized void remove(IpPrefix prefix) {
        Map<Integer, V> map = byLength.get(prefix.prefixLength());
        if (map != null) {
            map.remove(prefix.address().getIp4Address().toInt());
            if (map.isEmpty()) {
                byLength.remove(prefix.prefixLength());
            }
        }
        refreshLengths();
    }

    /**
     * Returns the value of the longest prefix holding an address.
     *
     * @param ip IPv4 address
     * @return value or null
     */
    V lookup(IpAddress ip) {
        if (!ip.isIp4()) {
            return null;
        }
        int address = ip.getIp4Address().toInt();
        for (int length : lengths) {
            Map<Integer, V> map = byLength.get(length);
            if (map != null) {
                V v = map.get(masked(address, length));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * Returns the value of exactly a prefix.
     *
     * @param prefix IPv4 prefix
     * @return value or null
     */
    V get(IpPrefix prefix) {
        Map<Integer, V> map = byLength.get(prefix.prefixLength());
        return map == null ? null : map.get(prefix.address().getIp4Address().toInt());
    }

    /**
     * Gives the values of every prefix holding an address, longest prefix first.
     *
     * @param address IPv4 address as an int
     * @param into    receives the values
     */
    void forEachHolding(int address, Consumer<? super V> into) {
        for (int length : lengths) {
            Map<Integer, V> map = byLength.get(length);
            if (map != null) {
                V v = map.get(masked(address, length));
                if (v != null) {
                    into.accept(v);
                }
            }
        }
    }

    private static int masked(int address, int length) {
        return length == 0 ? 0 : address & (-1 << (IpAddress.INET_BIT_LENGTH - length));
    }

    /**
     * Tells whether no prefix is stored.
     *
     * @return true if empty
     */
    boolean isEmpty() {
        return byLength.isEmpty();
    }

    private void refreshLengths() {
        lengths = byLength.keySet().stream().mapToInt(Integer::intValue).map(l -> -l).sorted().map(l -> -l)
                .toArray();
    }

    @Override
    public String toString() {
        return "PrefixIndex" + Arrays.toString(lengths);
    }
}
