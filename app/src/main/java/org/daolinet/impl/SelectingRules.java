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

import org.daolinet.api.FirewallRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * The firewall rules that select one container on one side (as source, or as destination), in
 * consulting order, indexed by the atom of their selector on the other side (see
 * {@link PolicyIndex#atomsOf}). Which of them concern a pair is found by looking up the peer's few
 * atoms here, not by testing every rule against the peer: a 64-bit filter of the atoms present
 * answers most lookups with one AND, the rest with a binary search over the distinct atoms.
 */
final class SelectingRules {

    private static final FirewallRule[] NO_RULES = new FirewallRule[0];

    /** No rules (declared after the constants its construction reads). */
    static final SelectingRules NONE = new SelectingRules(List.of(), r -> 0);

    private final FirewallRule[] rules;
    /** The distinct other-side atoms, ascending. */
    private final int[] atoms;
    /** Per distinct atom: the indexes of its rules, ascending. */
    private final int[][] rulesOf;
    /** Bit (atom mod 64) set for every atom present. */
    private final long filter;

    /**
     * Indexes rules.
     *
     * @param rules rules in consulting order
     * @param atom  the atom of a rule's selector on the other side
     */
    SelectingRules(List<FirewallRule> rules, ToIntFunction<FirewallRule> atom) {
        this.rules = rules.toArray(NO_RULES);
        TreeMap<Integer, List<Integer>> byAtom = new TreeMap<>();
        for (int i = 0; i < this.rules.length; i++) {
            byAtom.computeIfAbsent(atom.applyAsInt(this.rules[i]), a -> new ArrayList<>()).add(i);
        }
        atoms = new int[byAtom.size()];
        rulesOf = new int[byAtom.size()][];
        long bits = 0;
        int k = 0;
        for (Map.Entry<Integer, List<Integer>> e : byAtom.entrySet()) {
            atoms[k] = e.getKey();
            rulesOf[k] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            bits |= 1L << e.getKey();
            k++;
        }
        filter = bits;
    }

    /**
     * Returns the rules, in consulting order.
     *
     * @return rules (not to be modified)
     */
    FirewallRule[] rules() {
        return rules;
    }

    /**
     * Tells whether there are no rules.
     *
     * @return true if none
     */
    boolean isEmpty() {
        return rules.length == 0;
    }

    /**
     * Returns the rules whose other-side selector selects a peer.
     *
     * @param peerAtoms the peer's atoms
     * @return rules in consulting order (an empty array if none; not to be modified)
     */
    FirewallRule[] concerning(int[] peerAtoms) {
        int only = -1;
        int[] hits = null;
        int n = 0;
        for (int a : peerAtoms) {
            int k = find(a);
            if (k < 0) {
                continue;
            }
            if (only < 0 && hits == null) {
                // usually one of the peer's atoms is all that concerns it: its rules are in order already
                only = k;
                continue;
            }
            if (hits == null) {
                hits = Arrays.copyOf(rulesOf[only], rules.length);
                n = rulesOf[only].length;
                only = -1;
            }
            System.arraycopy(rulesOf[k], 0, hits, n, rulesOf[k].length);
            n += rulesOf[k].length;
        }
        if (only >= 0) {
            return pick(rulesOf[only], rulesOf[only].length);
        }
        if (hits == null) {
            return NO_RULES;
        }
        // each rule has one other-side atom and the peer's atoms are distinct: no index twice
        Arrays.sort(hits, 0, n);
        return pick(hits, n);
    }

    private FirewallRule[] pick(int[] indexes, int n) {
        FirewallRule[] out = new FirewallRule[n];
        for (int i = 0; i < n; i++) {
            out[i] = rules[indexes[i]];
        }
        return out;
    }

    /**
     * Tells whether some rule's other-side selector selects a peer.
     *
     * @param peerAtoms the peer's atoms
     * @return true if one does
     */
    boolean anySelects(int[] peerAtoms) {
        for (int a : peerAtoms) {
            if (find(a) >= 0) {
                return true;
            }
        }
        return false;
    }

    private int find(int atom) {
        // the shift takes the atom mod 64
        if ((filter & (1L << atom)) == 0) {
            return -1;
        }
        return Arrays.binarySearch(atoms, atom);
    }
}
