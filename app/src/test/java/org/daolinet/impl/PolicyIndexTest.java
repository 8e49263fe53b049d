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

import com.google.common.collect.ImmutableSet;
import org.daolinet.api.Container;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.Selector;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Tests the policy index's atoms: for every selector of every rule and every container, the
 * container's atoms hold the selector's atom exactly when the selector selects the container, across
 * tenants with the same network, group and container names, overlapping and nested CIDRs, and
 * selectors of every kind on both sides.
 */
public class PolicyIndexTest {

    private static final String T2 = "t2";

    private final List<Container> containers = new ArrayList<>();

    private Container container(String tenant, String network, String name, String ip) {
        NetworkKey key = NetworkKey.of(tenant, network);
        Container c = RegistryFixture.containerBuilder(name, key, ip, 1).id(tenant + "-" + name).build();
        containers.add(c);
        return c;
    }

    /** Selectors of every kind, names that exist in one tenant, in both or in none. */
    private static List<String> selectors() {
        return List.of("container:a", "container:b", "container:c", "container:ghost",
                       "network:web", "network:db", "network:ops",
                       "group:g1", "group:g2", "group:empty",
                       "any",
                       "cidr:10.1.0.0/24", "cidr:10.1.0.3/32", "cidr:10.0.0.0/8", "cidr:0.0.0.0/0",
                       "cidr:10.2.0.0/16", "cidr:172.16.0.0/12", "cidr:10.1.0.2/31");
    }

    /** Containers in two tenants; t2 reuses names and addresses of the default tenant. */
    private void twoTenants() {
        String d = NetworkKey.DEFAULT_TENANT;
        container(d, "web", "a", "10.1.0.2");
        container(d, "web", "b", "10.1.0.3");
        container(d, "db", "c", "10.2.0.2");
        container(d, "ops", "e", "10.3.0.2");
        container(d, "lone", "f", "10.4.0.2");
        container(T2, "web", "a", "10.1.0.2");
        container(T2, "ops", "b", "10.1.0.3");
        container(T2, "db", "c", "10.2.5.9");
    }

    @Test
    public void atomsAgreeWithSelectorsForEveryRuleAndContainer() {
        String d = NetworkKey.DEFAULT_TENANT;
        twoTenants();
        Set<NetworkGroup> groups = ImmutableSet.of(
                NetworkGroup.of(d, "g1", Set.of("web", "db")),
                NetworkGroup.of(d, "empty", Set.of()),
                NetworkGroup.of(T2, "g1", Set.of("web")),
                NetworkGroup.of(T2, "g2", Set.of("web", "ops")));
        List<FirewallRule> rules = new ArrayList<>();
        List<String> selectors = selectors();
        int n = 0;
        for (String tenant : List.of(d, T2)) {
            for (int i = 0; i < selectors.size(); i++) {
                // every selector on each side, paired with another one on the other side
                String src = selectors.get(i);
                String dst = selectors.get((i * 7 + 3) % selectors.size());
                rules.add(rule(tenant, "r" + n++, src, dst));
                rules.add(rule(tenant, "r" + n++, dst, src));
            }
        }
        PolicyIndex index = new PolicyIndex(groups, Set.of(), rules);
        int checked = 0;
        int selected = 0;
        for (Container c : containers) {
            int[] atoms = index.atomsOf(c);
            for (FirewallRule r : rules) {
                boolean src = index.selects(r.src(), r.tenant(), c);
                boolean dst = index.selects(r.dst(), r.tenant(), c);
                assertEquals(r + " src for " + c, src, holds(atoms, index.atomOf(r.tenant(), r.src())));
                assertEquals(r + " dst for " + c, dst, holds(atoms, index.atomOf(r.tenant(), r.dst())));
                checked += 2;
                selected += (src ? 1 : 0) + (dst ? 1 : 0);
            }
        }
        assertEquals(containers.size() * rules.size() * 2, checked);
        // the comparison means something only if selectors both select and do not
        assertTrue("some selected: " + selected, selected > checked / 10);
        assertTrue("some not selected: " + selected, selected < checked * 9 / 10);
    }

    @Test
    public void sharedGroupExactlyWhenNetworksShareAGroup() {
        String d = NetworkKey.DEFAULT_TENANT;
        twoTenants();
        Set<NetworkGroup> groups = ImmutableSet.of(
                NetworkGroup.of(d, "g1", Set.of("web", "db")),
                NetworkGroup.of(d, "g2", Set.of("ops")),
                NetworkGroup.of(T2, "g1", Set.of("web", "ops")),
                NetworkGroup.of(T2, "g2", Set.of("db")));
        // one rule using a group, so that used and unused group atoms both occur
        PolicyIndex index = new PolicyIndex(groups, Set.of(), List.of(rule(d, "r", "group:g2", "any")));
        int sharing = 0;
        for (Container a : containers) {
            for (Container b : containers) {
                boolean expected = groups.stream().anyMatch(g -> g.memberKeys().contains(a.network())
                        && g.memberKeys().contains(b.network()));
                int flags = PeerRules.flagsOf(PeerRules.of(index, a).match(index.atomsOf(b)));
                assertEquals(a + " and " + b, expected, (flags & PeerRules.SHARED_GROUP) != 0);
                sharing += expected ? 1 : 0;
            }
        }
        // web+db in default (3x3), ops alone in default (1), lone in none, web+ops in t2 (2x2), db in t2 (1)
        assertEquals(15, sharing);
    }

    @Test
    public void sameSelectorInTwoTenantsGetsTwoAtoms() {
        FirewallRule one = rule(NetworkKey.DEFAULT_TENANT, "r1", "network:web", "any");
        FirewallRule two = rule(T2, "r1", "network:web", "any");
        FirewallRule again = rule(T2, "r2", "any", "network:web");
        PolicyIndex index = new PolicyIndex(Set.of(), Set.of(), List.of(one, two, again));
        assertFalse(index.atomOf(one.tenant(), one.src()) == index.atomOf(two.tenant(), two.src()));
        assertEquals(index.atomOf(two.tenant(), two.src()), index.atomOf(again.tenant(), again.dst()));
        assertFalse(index.atomOf(one.tenant(), one.dst()) == index.atomOf(two.tenant(), two.dst()));
    }

    @Test
    public void containerWithoutSelectingRulesHasNoAtoms() {
        Container lonely = container(T2, "ops", "z", "192.168.0.9");
        PolicyIndex index = new PolicyIndex(Set.of(), Set.of(),
                                            List.of(rule(NetworkKey.DEFAULT_TENANT, "r", "any", "cidr:0.0.0.0/0")));
        assertEquals(0, index.atomsOf(lonely).length);
    }

    @Test
    public void atomsAreDistinctAndAscending() {
        container(NetworkKey.DEFAULT_TENANT, "web", "a", "10.1.0.2");
        List<FirewallRule> rules = new ArrayList<>();
        int n = 0;
        for (String s : selectors()) {
            rules.add(rule(NetworkKey.DEFAULT_TENANT, "r" + n++, s, "any"));
        }
        PolicyIndex index = new PolicyIndex(Set.of(NetworkGroup.of(NetworkKey.DEFAULT_TENANT, "g1", Set.of("web"))),
                                            Set.of(), rules);
        int[] atoms = index.atomsOf(containers.get(0));
        // container a, network web, group g1, any, and the CIDRs /24, /8, /0, /31 holding 10.1.0.2
        assertEquals(8, atoms.length);
        for (int i = 1; i < atoms.length; i++) {
            assertTrue(atoms[i - 1] < atoms[i]);
        }
    }

    @Test
    public void followsChangesAsAFreshIndexWould() {
        twoTenants();
        String[] tenants = {NetworkKey.DEFAULT_TENANT, T2};
        List<String> selectors = selectors();
        List<String> networks = List.of("web", "db", "ops", "lone");
        Map<String, FirewallRule> rules = new HashMap<>();
        Map<String, NetworkGroup> groups = new HashMap<>();
        Map<String, PairPolicy> pairs = new HashMap<>();
        PolicyIndex index = new PolicyIndex();
        Random random = new Random(5);
        int most = 0;
        for (int step = 0; step < 400; step++) {
            String tenant = tenants[random.nextInt(2)];
            int kind = random.nextInt(10);
            if (kind < 5) {
                // add or replace a rule (few names: replacements and removals are frequent)
                FirewallRule r = FirewallRule.builder().tenant(tenant).name("r" + random.nextInt(25))
                        .priority(1 + random.nextInt(4)).action(random.nextBoolean()
                                ? FirewallRule.Action.ALLOW : FirewallRule.Action.DENY)
                        .src(Selector.parse("src", selectors.get(random.nextInt(selectors.size()))))
                        .dst(Selector.parse("dst", selectors.get(random.nextInt(selectors.size())))).build();
                rules.put(r.key(), r);
                index.syncRule(r.key(), r);
            } else if (kind < 7 && !rules.isEmpty()) {
                String key = List.copyOf(rules.keySet()).get(random.nextInt(rules.size()));
                rules.remove(key);
                index.syncRule(key, null);
            } else if (kind < 9) {
                // create, change or delete a group
                Set<String> members = new HashSet<>();
                networks.stream().filter(n -> random.nextInt(3) == 0).forEach(members::add);
                NetworkGroup g = NetworkGroup.of(tenant, "g" + (1 + random.nextInt(2)), members);
                if (random.nextInt(4) == 0) {
                    groups.remove(g.key());
                    index.syncGroup(g.key(), null);
                } else {
                    groups.put(g.key(), g);
                    index.syncGroup(g.key(), g);
                }
            } else {
                Container a = containers.get(random.nextInt(containers.size()));
                Container b = containers.get(random.nextInt(containers.size()));
                if (a == b) {
                    continue;
                }
                PairPolicy p = PairPolicy.of(a.id(), b.id(), random.nextBoolean()
                        ? PairPolicy.Action.CONNECT : PairPolicy.Action.DISCONNECT);
                if (random.nextBoolean()) {
                    pairs.remove(p.key());
                    index.syncPair(p.key(), null);
                } else {
                    pairs.put(p.key(), p);
                    index.syncPair(p.key(), p);
                }
            }
            most = Math.max(most, rules.size());
            assertSameAnswers("step " + step, new PolicyIndex(groups.values(), pairs.values(), rules.values()),
                              index);
        }
        // the comparisons mean something only if the policy grew
        assertTrue("rules at most: " + most, most >= 15);
        // everything removed: no atom is left behind
        rules.keySet().forEach(k -> index.syncRule(k, null));
        groups.keySet().forEach(k -> index.syncGroup(k, null));
        assertEquals(0, index.atomCount());
    }

    /** Asserts that two indexes of the same policy answer alike for every container and pair. */
    private void assertSameAnswers(String what, PolicyIndex expected, PolicyIndex actual) {
        assertEquals(what, expected.atomCount(), actual.atomCount());
        for (Container a : containers) {
            assertEquals(what, rulesOf(expected.rulesFrom(a)), rulesOf(actual.rulesFrom(a)));
            assertEquals(what, rulesOf(expected.rulesTo(a)), rulesOf(actual.rulesTo(a)));
            assertEquals(what, expected.atomsOf(a).length, actual.atomsOf(a).length);
            assertEquals(what, expected.rulesFromAddress(a.tenant(), a.ip()),
                         actual.rulesFromAddress(a.tenant(), a.ip()));
            PeerRules e = PeerRules.of(expected, a);
            PeerRules f = PeerRules.of(actual, a);
            for (Container b : containers) {
                String pair = what + ": " + a.id() + " to " + b.id();
                assertEquals(pair, expected.pair(a.id(), b.id()), actual.pair(a.id(), b.id()));
                int em = e.match(expected.atomsOf(b));
                int am = f.match(actual.atomsOf(b));
                assertEquals(pair, PeerRules.flagsOf(em), PeerRules.flagsOf(am));
                assertArrayEquals(pair, e.concerning(em, expected.atomsOf(b)), f.concerning(am, actual.atomsOf(b)));
            }
        }
    }

    private static List<FirewallRule> rulesOf(List<PolicyIndex.Entry> entries) {
        List<FirewallRule> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.rule()));
        return out;
    }

    private static boolean holds(int[] atoms, int atom) {
        return Arrays.stream(atoms).anyMatch(a -> a == atom);
    }

    private static FirewallRule rule(String tenant, String name, String src, String dst) {
        return FirewallRule.builder().tenant(tenant).name(name).priority(100).action(FirewallRule.Action.DENY)
                .src(Selector.parse("src", src)).dst(Selector.parse("dst", dst)).build();
    }
}
