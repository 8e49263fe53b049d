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
import org.daolinet.api.Selector;
import org.junit.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

/**
 * Tests the lookup of what the policy holds for a container about a peer against plain scans of
 * the rules and groups: atoms shared by several rules, atoms both a rule's destination and a group
 * or a reverse rule's source, tables with long probe chains, and more than 64 rules.
 */
public class PeerRulesTest {

    @Test
    public void lookupAgreesWithScan() {
        Random random = new Random(11);
        int hits = 0;
        int reverse = 0;
        int shared = 0;
        for (int round = 0; round < 500; round++) {
            // few distinct atoms over a narrow or a wide range: shared atoms and probe chains both occur
            int range = 1 + random.nextInt(round % 2 == 0 ? 40 : 5000);
            List<FirewallRule> from = new ArrayList<>();
            List<FirewallRule> to = new ArrayList<>();
            Map<FirewallRule, Integer> atomOf = new HashMap<>();
            int count = 1 + random.nextInt(round % 5 == 0 ? 200 : 20);
            for (int i = 0; i < count; i++) {
                FirewallRule r = rule("r" + round + "-" + i);
                (random.nextInt(3) == 0 ? to : from).add(r);
                atomOf.put(r, random.nextInt(range));
            }
            TreeSet<Integer> groups = new TreeSet<>();
            for (int g = random.nextInt(4); g > 0; g--) {
                groups.add(random.nextInt(range));
            }
            PeerRules peers = new PeerRules(from, from.stream().mapToInt(atomOf::get).toArray(),
                                            to.stream().mapToInt(atomOf::get).toArray(),
                                            groups.stream().mapToInt(Integer::intValue).toArray());
            assertArrayEquals(from.toArray(), peers.rules());
            TreeSet<Integer> peer = new TreeSet<>();
            int size = random.nextInt(8);
            while (peer.size() < size) {
                peer.add(random.nextInt(range + 64));
            }
            if (!groups.isEmpty() && random.nextInt(4) == 0) {
                // a peer in one of the groups, which random atoms over a wide range seldom are
                peer.add(groups.last());
            }
            int[] peerAtoms = peer.stream().mapToInt(Integer::intValue).toArray();
            List<FirewallRule> expected = new ArrayList<>();
            for (FirewallRule r : from) {
                if (peer.contains(atomOf.get(r))) {
                    expected.add(r);
                }
            }
            int expectedFlags = 0;
            if (to.stream().anyMatch(r -> peer.contains(atomOf.get(r)))) {
                expectedFlags |= PeerRules.REVERSE_RULE;
            }
            if (groups.stream().anyMatch(peer::contains)) {
                expectedFlags |= PeerRules.SHARED_GROUP;
            }
            FirewallRule[] found = peers.concerning(peerAtoms);
            assertArrayEquals("round " + round, expected.toArray(), found);
            int match = peers.match(peerAtoms);
            assertArrayEquals("round " + round, expected.toArray(), peers.concerning(match, peerAtoms));
            assertEquals("round " + round, expectedFlags, PeerRules.flagsOf(match));
            hits += found.length;
            reverse += expectedFlags & PeerRules.REVERSE_RULE;
            shared += (expectedFlags & PeerRules.SHARED_GROUP) != 0 ? 1 : 0;
        }
        // the comparisons mean something only if the rounds found rules, reverse rules and groups
        assertTrue("the rounds found rules: " + hits, hits > 100);
        assertTrue("reverse rules: " + reverse, reverse > 20);
        assertTrue("shared groups: " + shared, shared > 20);
    }

    @Test
    public void nothing() {
        assertTrue(PeerRules.NONE.isEmpty());
        assertEquals(0, PeerRules.NONE.concerning(new int[]{0, 1, 64}).length);
        assertEquals(0, PeerRules.flagsOf(PeerRules.NONE.match(new int[]{0, 1, 64})));
        PeerRules groupOnly = new PeerRules(List.of(), new int[0], new int[0], new int[]{5});
        assertFalse(groupOnly.isEmpty());
        assertEquals(0, groupOnly.concerning(new int[]{5}).length);
        assertEquals(PeerRules.SHARED_GROUP, PeerRules.flagsOf(groupOnly.match(new int[]{4, 5})));
    }

    @Test
    public void longProbeChains() {
        // 40 atoms that all hash to the first entry of their table (128 entries, the hash as
        // PeerRules computes it): every lookup walks a chain
        int[] atoms = new int[40];
        for (int a = 0, n = 0; n < atoms.length; a++) {
            if ((a * 0x9E3779B9) >>> 25 == 0) {
                atoms[n++] = a;
            }
        }
        List<FirewallRule> from = new ArrayList<>();
        for (int i = 0; i < atoms.length; i++) {
            from.add(rule("r" + i));
        }
        PeerRules peers = new PeerRules(from, atoms, new int[0], new int[]{atoms[39] + 1});
        for (int i = 0; i < atoms.length; i++) {
            assertArrayEquals(new FirewallRule[]{from.get(i)}, peers.concerning(new int[]{atoms[i]}));
            assertEquals(0, peers.concerning(new int[]{atoms[i] + 1}).length);
        }
        assertEquals(PeerRules.SHARED_GROUP,
                     PeerRules.flagsOf(peers.match(new int[]{atoms[39], atoms[39] + 1})));
        // one atom's rules are shared by its lookups; two atoms' rules merge in consulting order
        assertSame(peers.concerning(new int[]{atoms[2]}), peers.concerning(new int[]{atoms[2], 1 << 30}));
        assertArrayEquals(new FirewallRule[]{from.get(2), from.get(30)},
                          peers.concerning(new int[]{atoms[30], atoms[2]}));
    }

    private static FirewallRule rule(String name) {
        return FirewallRule.builder().name(name).priority(1).action(FirewallRule.Action.ALLOW)
                .src(Selector.parse("src", "any")).dst(Selector.parse("dst", "any")).build();
    }
}
