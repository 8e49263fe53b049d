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

import org.daolinet.api.Container;
import org.daolinet.api.FirewallRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the access policy holds for one source container about any peer, looked up by the peer's
 * atoms (see {@link PolicyIndex#atomsOf}): the firewall rules whose source selects the container,
 * in consulting order, by the atom of their destination; whether a rule whose destination selects
 * the container has a source that selects the peer; and whether the peer's network shares a group
 * with the container's. A new pair's verdict then costs, per atom of the peer (a handful), one bit
 * of a 512-bit filter and, for the few atoms that pass it, one probe of a small open-addressing
 * table, however many rules and groups there are. (A filter in front of the table, and one pass for
 * rules and flags, because unpredictable branches of probing, not memory, were most of the cost.)
 */
final class PeerRules {

    /** Flag: a rule whose destination selects the container has a source that selects the peer. */
    static final int REVERSE_RULE = 1;
    /** Flag: the peer's network shares a group with the container's network. */
    static final int SHARED_GROUP = 2;

    /** Bits of a table value taken by the flags; the rest is the atom's slot among the rules' atoms, plus one. */
    private static final int FLAG_BITS = 2;
    private static final int FLAG_MASK = (1 << FLAG_BITS) - 1;
    /** A match of several atoms with rules (see {@link #match}). */
    private static final int SEVERAL = Integer.MIN_VALUE;
    /** Longs in the filter: 512 bits, a few of them set for a container's usual handful of entries. */
    private static final int FILTER_LONGS = 8;
    /** An empty table entry (atoms are never negative). */
    private static final int EMPTY = -1;
    private static final FirewallRule[] NO_RULES = new FirewallRule[0];

    /** Nothing about any peer (declared after the constants its construction reads). */
    static final PeerRules NONE = new PeerRules(List.of(), new int[0], new int[0], new int[0]);

    private final FirewallRule[] rules;
    /** Per distinct destination atom of the rules: the indexes of its rules, ascending. */
    private final int[][] indexesOf;
    /** Per distinct destination atom of the rules: its rules, in consulting order (shared by lookups). */
    private final FirewallRule[][] rulesOf;
    /** Open addressing, linear probing, load at most one half: atoms, and {@link #EMPTY}. */
    private final int[] keys;
    /** Per table entry: the atom's slot in {@link #rulesOf} plus one (0: none) above the flag bits. */
    private final int[] values;
    /** Shift of the multiplicative hash: 32 minus log2 of the table size. */
    private final int shift;
    private final int entries;
    /** Bit (atom mod 512) set for every atom in the table: most of a peer's atoms are not, and need no probe. */
    private final long[] filter = new long[FILTER_LONGS];

    /**
     * Indexes what the policy holds for a container.
     *
     * @param from         the rules whose source selects the container, in consulting order
     * @param dstAtoms     the atom of each of those rules' destination selector
     * @param reverseAtoms the atoms of the source selectors of the rules whose destination selects the container
     * @param groupAtoms   the atoms of the groups holding the container's network
     */
    PeerRules(List<FirewallRule> from, int[] dstAtoms, int[] reverseAtoms, int[] groupAtoms) {
        rules = from.toArray(NO_RULES);
        // the rules grouped by destination atom, ascending index within each: sorting (atom, index)
        // pairs packed in longs (no boxing: profiles are built on the PacketIn path)
        long[] byAtom = new long[rules.length];
        for (int i = 0; i < rules.length; i++) {
            byAtom[i] = ((long) dstAtoms[i] << 32) | i;
        }
        Arrays.sort(byAtom);
        int distinct = 0;
        for (int i = 0; i < byAtom.length; i++) {
            if (i == 0 || byAtom[i] >>> 32 != byAtom[i - 1] >>> 32) {
                distinct++;
            }
        }
        indexesOf = new int[distinct][];
        rulesOf = new FirewallRule[distinct][];
        // at least four slots, at most half of them used: most probes end at their first slot
        int size = Integer.highestOneBit(Math.max(1, distinct + reverseAtoms.length + groupAtoms.length)) << 2;
        keys = new int[size];
        values = new int[size];
        Arrays.fill(keys, EMPTY);
        shift = Integer.numberOfLeadingZeros(size) + 1;
        int k = 0;
        for (int start = 0; start < byAtom.length; k++) {
            int end = start + 1;
            while (end < byAtom.length && byAtom[end] >>> 32 == byAtom[start] >>> 32) {
                end++;
            }
            indexesOf[k] = new int[end - start];
            for (int i = start; i < end; i++) {
                indexesOf[k][i - start] = (int) byAtom[i];
            }
            rulesOf[k] = pick(indexesOf[k], indexesOf[k].length);
            put((int) (byAtom[start] >>> 32), (k + 1) << FLAG_BITS);
            start = end;
        }
        for (int a : reverseAtoms) {
            put(a, REVERSE_RULE);
        }
        for (int g : groupAtoms) {
            put(g, SHARED_GROUP);
        }
        int used = 0;
        for (int key : keys) {
            used += key == EMPTY ? 0 : 1;
        }
        entries = used;
    }

    /** Adds bits to an atom's table entry, making the entry if it has none. */
    private void put(int atom, int bits) {
        int i = slot(atom);
        while (keys[i] != EMPTY && keys[i] != atom) {
            i = (i + 1) & (keys.length - 1);
        }
        keys[i] = atom;
        values[i] |= bits;
        filter[(atom >>> 6) & (FILTER_LONGS - 1)] |= 1L << atom;
    }

    /**
     * Returns what a policy index holds for a container about its peers.
     *
     * @param index policy index
     * @param c     container
     * @return peer rules ({@link #NONE} if the policy holds nothing about the container)
     */
    static PeerRules of(PolicyIndex index, Container c) {
        List<PolicyIndex.Entry> from = index.rulesFrom(c);
        List<PolicyIndex.Entry> to = index.rulesTo(c);
        int[] groups = index.groupAtomsOf(c);
        if (from.isEmpty() && to.isEmpty() && groups.length == 0) {
            return NONE;
        }
        List<FirewallRule> rules = new ArrayList<>(from.size());
        int[] dstAtoms = new int[from.size()];
        for (PolicyIndex.Entry e : from) {
            dstAtoms[rules.size()] = e.dstAtom();
            rules.add(e.rule());
        }
        return new PeerRules(rules, dstAtoms, to.stream().mapToInt(PolicyIndex.Entry::srcAtom).toArray(), groups);
    }

    private int slot(int atom) {
        return (atom * 0x9E3779B9) >>> shift;
    }

    private int valueOf(int atom) {
        // the shift takes the atom mod 64
        if ((filter[(atom >>> 6) & (FILTER_LONGS - 1)] & (1L << atom)) == 0) {
            return 0;
        }
        int mask = keys.length - 1;
        for (int i = slot(atom);; i = (i + 1) & mask) {
            int key = keys[i];
            if (key == atom) {
                return values[i];
            }
            if (key == EMPTY) {
                return 0;
            }
        }
    }

    /**
     * Tells whether the policy holds nothing about any peer (no rules, no groups): then no peer's
     * atoms need to be looked up.
     *
     * @return true if nothing
     */
    boolean isEmpty() {
        return entries == 0;
    }

    /**
     * Returns the rules whose source selects the container, in consulting order.
     *
     * @return rules (not to be modified)
     */
    FirewallRule[] rules() {
        return rules;
    }

    /**
     * Looks a peer up in one pass over its atoms: the flags that hold for it, and which of the
     * container's rules concern it. Read the result with {@link #flagsOf} and {@link #concerning(int, int[])}.
     *
     * @param peerAtoms the peer's atoms (distinct)
     * @return match
     */
    int match(int[] peerAtoms) {
        int match = 0;
        for (int a : peerAtoms) {
            int v = valueOf(a);
            if (v >>> FLAG_BITS != 0 && match >>> FLAG_BITS != 0) {
                match |= SEVERAL;
            }
            match |= v;
        }
        return match;
    }

    /**
     * Returns the flags ({@link #REVERSE_RULE}, {@link #SHARED_GROUP}) of a match.
     *
     * @param match a match ({@link #match})
     * @return flags
     */
    static int flagsOf(int match) {
        return match & FLAG_MASK;
    }

    /**
     * Returns the rules whose source selects the container and whose destination selects a peer.
     *
     * @param match     the peer's match ({@link #match})
     * @param peerAtoms the peer's atoms, as matched
     * @return rules in consulting order (possibly shared with other lookups: not to be modified)
     */
    FirewallRule[] concerning(int match, int[] peerAtoms) {
        if (match < 0) {
            return concerning(peerAtoms);
        }
        int k = (match >>> FLAG_BITS) - 1;
        return k < 0 ? NO_RULES : rulesOf[k];
    }

    /**
     * Returns the rules whose source selects the container and whose destination selects a peer.
     *
     * @param peerAtoms the peer's atoms (distinct)
     * @return rules in consulting order (possibly shared with other lookups: not to be modified)
     */
    FirewallRule[] concerning(int[] peerAtoms) {
        int only = -1;
        int[] hits = null;
        int n = 0;
        for (int a : peerAtoms) {
            int k = (valueOf(a) >>> FLAG_BITS) - 1;
            if (k < 0) {
                continue;
            }
            if (only < 0 && hits == null) {
                // usually one of the peer's atoms is all that concerns it: its rules are ready
                only = k;
                continue;
            }
            if (hits == null) {
                hits = Arrays.copyOf(indexesOf[only], rules.length);
                n = indexesOf[only].length;
                only = -1;
            }
            System.arraycopy(indexesOf[k], 0, hits, n, indexesOf[k].length);
            n += indexesOf[k].length;
        }
        if (only >= 0) {
            return rulesOf[only];
        }
        if (hits == null) {
            return NO_RULES;
        }
        // each rule has one destination atom and the peer's atoms are distinct: no index twice
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
}
