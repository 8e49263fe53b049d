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

import org.junit.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Specification of the int-keyed local index behind the lookups of containers by IP and VIP.
 */
public class IntIndexTest {

    private final IntIndex<String> index = new IntIndex<>();

    /** A value is found under its key only, negative keys (addresses from 128.0.0.0) included. */
    @Test
    public void findsValueByKey() {
        index.put(0x0a000002, "a");
        index.put(0xc0a80001, "b");
        index.put(0, "zero");
        assertThat(index.get(0x0a000002), is("a"));
        assertThat(index.get(0xc0a80001), is("b"));
        assertThat(index.get(0), is("zero"));
        assertThat(index.get(0x0a000003), nullValue());
        assertThat(index.size(), is(3));
    }

    /** Putting a key again replaces its value and counts it once. */
    @Test
    public void putReplacesTheValue() {
        index.put(7, "old");
        index.put(7, "new");
        assertThat(index.get(7), is("new"));
        assertThat(index.size(), is(1));
    }

    /** A key is removed only while it maps to the expected value: a newer value survives an old removal. */
    @Test
    public void removeOnlyTheExpectedValue() {
        index.put(7, "c1");
        index.remove(7, "c0");
        assertThat(index.get(7), is("c1"));
        index.remove(8, "c1");
        assertThat(index.size(), is(1));
        index.remove(7, new String("c1"));
        assertThat("an equal value is the expected one", index.get(7), nullValue());
        assertThat(index.isEmpty(), is(true));
    }

    /**
     * Whole subnets (consecutive keys), keys that differ only in their high bits and random keys, past
     * several resizes and partly removed again, are all found with their values, and only they.
     */
    @Test
    public void manyKeysAcrossResizes() {
        Map<Integer, String> expected = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            expected.put(0x0a000000 + i, "net" + i);
            expected.put(i << 20, "high" + i);
        }
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            int key = random.nextInt();
            expected.put(key, "random" + key);
        }
        expected.forEach(index::put);
        List<Integer> removed = new ArrayList<>();
        for (Integer key : expected.keySet()) {
            if ((key & 3) == 1) {
                removed.add(key);
            }
        }
        for (Integer key : removed) {
            index.remove(key, expected.remove(key));
        }
        expected.forEach((key, value) -> assertThat(index.get(key), is(value)));
        removed.forEach(key -> assertThat(index.get(key), nullValue()));
        assertThat(index.size(), is(expected.size()));
    }

    /**
     * Readers running alongside a writer that keeps adding, replacing and removing keys (resizing the
     * index as it grows) find every stable key with its value and never a value under a wrong key.
     */
    @Test
    public void readersDuringWritesSeeOnlyRightValues() throws Exception {
        int stable = 1000;
        for (int i = 0; i < stable; i++) {
            index.put(i, "stable" + i);
        }
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int reads = 0;
                    while (!done.get() || reads == 0) {
                        for (int i = 0; i < stable; i++) {
                            if (!("stable" + i).equals(index.get(i))) {
                                return -1;
                            }
                            String moving = index.get(stable + i);
                            if (moving != null && !moving.endsWith("/" + (stable + i))) {
                                return -1;
                            }
                            reads++;
                        }
                    }
                    return reads;
                }));
            }
            for (int round = 0; round < 20; round++) {
                for (int k = stable; k < stable + 20000; k++) {
                    index.put(k, round + "/" + k);
                }
                for (int k = stable; k < stable + 20000; k += 2) {
                    index.remove(k, round + "/" + k);
                }
            }
            done.set(true);
            for (Future<Integer> reader : readers) {
                assertThat("every read was right", reader.get(30, TimeUnit.SECONDS) > 0, is(true));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
