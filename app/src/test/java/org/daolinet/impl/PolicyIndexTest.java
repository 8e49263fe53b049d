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
import org.daolinet.api.Selector;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

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
                assertEquals(r + " src for " + c, src, holds(atoms, index.srcAtom(r)));
                assertEquals(r + " dst for " + c, dst, holds(atoms, index.dstAtom(r)));
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
                assertEquals(a + " and " + b, expected,
                             (PeerRules.flagsOf(PeerRules.of(index, a).match(index.atomsOf(b))) & PeerRules.SHARED_GROUP) != 0);
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
        assertFalse(index.srcAtom(one) == index.srcAtom(two));
        assertEquals(index.srcAtom(two), index.dstAtom(again));
        assertFalse(index.dstAtom(one) == index.dstAtom(two));
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

    private static boolean holds(int[] atoms, int atom) {
        return Arrays.stream(atoms).anyMatch(a -> a == atom);
    }

    private static FirewallRule rule(String tenant, String name, String src, String dst) {
        return FirewallRule.builder().tenant(tenant).name(name).priority(100).action(FirewallRule.Action.DENY)
                .src(Selector.parse("src", src)).dst(Selector.parse("dst", dst)).build();
    }
}
