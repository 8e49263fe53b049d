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

import java.util.Set;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Specification of the two-level local index behind the per-tenant and per-server lookups.
 */
public class NestedIndexTest {

    private final NestedIndex<String, String, String> index = new NestedIndex<>();

    /** A value is found under its outer and inner key only. */
    @Test
    public void findsValueByOuterAndInnerKey() {
        index.put("acme", "web1", "c1");
        index.put("other", "web1", "c2");
        assertThat(index.get("acme", "web1"), is("c1"));
        assertThat(index.get("other", "web1"), is("c2"));
        assertThat(index.get("acme", "web2"), nullValue());
        assertThat(index.get("nobody", "web1"), nullValue());
    }

    /** Putting a key again replaces its value. */
    @Test
    public void putReplacesTheValue() {
        index.put("acme", "web1", "c1");
        index.put("acme", "web1", "c9");
        assertThat(index.get("acme", "web1"), is("c9"));
        assertThat(index.values("acme"), containsInAnyOrder("c9"));
    }

    /** A key is removed only while it maps to the expected value: a newer value survives an old removal. */
    @Test
    public void removeOnlyTheExpectedValue() {
        index.put("acme", "web1", "c1");
        index.remove("acme", "web1", "c0");
        assertThat(index.get("acme", "web1"), is("c1"));
        index.remove("acme", "web1", "c1");
        assertThat(index.get("acme", "web1"), nullValue());
        assertThat(index.values("acme"), is(empty()));
        index.remove("acme", "web1", "c1");
        index.remove("nobody", "web1", "c1");
    }

    /** The values under an outer key are an immutable snapshot. */
    @Test
    public void valuesAreASnapshot() {
        index.put("s1", "c1", "c1");
        index.put("s1", "c2", "c2");
        index.put("s2", "c3", "c3");
        Set<String> onS1 = index.values("s1");
        index.put("s1", "c4", "c4");
        index.remove("s1", "c1", "c1");
        assertThat(onS1, containsInAnyOrder("c1", "c2"));
        assertThat(index.values("s1"), containsInAnyOrder("c2", "c4"));
        assertThat(index.values("s3"), is(empty()));
    }

    /** The snapshot cannot be changed by its reader. */
    @Test(expected = UnsupportedOperationException.class)
    public void valuesAreImmutable() {
        index.put("s1", "c1", "c1");
        index.values("s1").add("c2");
    }

    /** An outer key emptied by removals can be filled again. */
    @Test
    public void emptiedOuterKeyIsReusable() {
        index.put("s1", "c1", "c1");
        index.remove("s1", "c1", "c1");
        index.put("s1", "c2", "c2");
        assertThat(index.values("s1"), containsInAnyOrder("c2"));
    }
}
