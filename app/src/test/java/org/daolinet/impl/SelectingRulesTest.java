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
 * Tests the lookup of the rules that concern a peer against a plain scan of the rules, with atoms
 * that collide in the 64-bit filter, atoms shared by several rules, and more than 64 rules.
 */
public class SelectingRulesTest {

    @Test
    public void lookupAgreesWithScan() {
        Random random = new Random(11);
        int hits = 0;
        for (int round = 0; round < 500; round++) {
            int count = 1 + random.nextInt(round % 5 == 0 ? 200 : 20);
            // few distinct atoms over a wide range: shared atoms and filter collisions (a mod 64) both occur
            int range = 1 + random.nextInt(round % 2 == 0 ? 40 : 5000);
            List<FirewallRule> rules = new ArrayList<>();
            Map<FirewallRule, Integer> atomOf = new HashMap<>();
            for (int i = 0; i < count; i++) {
                FirewallRule r = rule("r" + round + "-" + i);
                rules.add(r);
                atomOf.put(r, random.nextInt(range));
            }
            SelectingRules index = new SelectingRules(rules, atomOf::get);
            assertArrayEquals(rules.toArray(), index.rules());
            TreeSet<Integer> peer = new TreeSet<>();
            int size = random.nextInt(8);
            while (peer.size() < size) {
                peer.add(random.nextInt(range + 64));
            }
            int[] peerAtoms = peer.stream().mapToInt(Integer::intValue).toArray();
            List<FirewallRule> expected = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (peer.contains(atomOf.get(rules.get(i)))) {
                    expected.add(rules.get(i));
                }
            }
            FirewallRule[] found = index.concerning(peerAtoms);
            assertArrayEquals("round " + round, expected.toArray(), found);
            assertEquals("round " + round, !expected.isEmpty(), index.anySelects(peerAtoms));
            hits += found.length;
        }
        assertTrue("the rounds found rules: " + hits, hits > 100);
    }

    @Test
    public void noRules() {
        assertTrue(SelectingRules.NONE.isEmpty());
        assertEquals(0, SelectingRules.NONE.concerning(new int[]{0, 1, 64}).length);
        assertFalse(SelectingRules.NONE.anySelects(new int[]{0, 1, 64}));
    }

    @Test
    public void filterCollisionIsNotAHit() {
        FirewallRule r = rule("r");
        SelectingRules index = new SelectingRules(List.of(r), x -> 3);
        // 67 mod 64 = 3: passes the filter, and the search says no
        assertEquals(0, index.concerning(new int[]{67}).length);
        assertFalse(index.anySelects(new int[]{67, 131}));
        assertArrayEquals(new FirewallRule[]{r}, index.concerning(new int[]{3, 67}));
        assertSame(r, index.rules()[0]);
    }

    private static FirewallRule rule(String name) {
        return FirewallRule.builder().name(name).priority(1).action(FirewallRule.Action.ALLOW)
                .src(Selector.parse("src", "any")).dst(Selector.parse("dst", "any")).build();
    }
}
