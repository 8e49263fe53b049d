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

import java.util.Objects;

/**
 * An explicit decision for an unordered pair of containers: {@code connect} lets them talk whatever
 * else says, {@code disconnect} keeps them apart whatever else says. Immutable.
 */
public final class PairPolicy {

    /**
     * The decision.
     */
    public enum Action {
        /** The pair may talk (DaoliNet's ACCEPT). */
        CONNECT,
        /** The pair may not talk (DaoliNet's DROP). */
        DISCONNECT
    }

    private final String first;
    private final String second;
    private final Action action;

    private PairPolicy(String first, String second, Action action) {
        this.first = first;
        this.second = second;
        this.action = action;
    }

    /**
     * Creates a pair policy; the order of the two containers does not matter.
     *
     * @param a      id of one container
     * @param b      id of the other
     * @param action decision
     * @return pair policy
     * @throws DaoliNetException INVALID if the ids are malformed or equal
     */
    public static PairPolicy of(String a, String b, Action action) {
        Validation.name("container", a);
        Validation.name("container", b);
        Validation.present("action", action);
        if (a.equals(b)) {
            throw DaoliNetException.invalid("container", "a pair needs two different containers, not %s twice", a);
        }
        return a.compareTo(b) < 0 ? new PairPolicy(a, b, action) : new PairPolicy(b, a, action);
    }

    /**
     * Returns the key of an unordered pair.
     *
     * @param a id of one container
     * @param b id of the other
     * @return key
     */
    public static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + '|' + b : b + '|' + a;
    }

    /**
     * Returns the key of this pair.
     *
     * @return key
     */
    public String key() {
        return first + '|' + second;
    }

    /**
     * Returns the smaller container id of the pair.
     *
     * @return container id
     */
    public String first() {
        return first;
    }

    /**
     * Returns the larger container id of the pair.
     *
     * @return container id
     */
    public String second() {
        return second;
    }

    /**
     * Returns the decision.
     *
     * @return action
     */
    public Action action() {
        return action;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PairPolicy)) {
            return false;
        }
        PairPolicy that = (PairPolicy) o;
        return first.equals(that.first) && second.equals(that.second) && action == that.action;
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, second, action);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("pair", key()).add("action", action).toString();
    }
}
