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

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.daolinet.api.Container;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.Selector;
import org.onlab.packet.IpAddress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An immutable snapshot of the access policy, indexed for decisions: pair policies by container,
 * the groups of each network, and firewall rules bucketed by what their source
 * selector names and, separately, by what their destination selector names. Finding the rules that
 * select a container on either side costs a few hash lookups plus the rules in its buckets, never a
 * scan of all rules. Rebuilt whenever the policy changes.
 * <p>
 * Every distinct selector the rules use, and every group, within its tenant, is also numbered (an
 * "atom"), and a container's atoms are the numbers of the selectors that select it. Whether a rule's selector
 * selects a container is then whether the container's few atoms hold the rule's number: the first
 * decision of a new pair compares ints instead of names, networks and addresses of the new peer.
 */
final class PolicyIndex {

    /** Consulting order of firewall rules: descending priority, then name. */
    static final Comparator<FirewallRule> ORDER = Comparator.comparingInt(FirewallRule::priority).reversed()
            .thenComparing(FirewallRule::key);

    /** The empty policy. */
    static final PolicyIndex EMPTY = new PolicyIndex(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of());

    private final Map<String, Map<String, PairPolicy.Action>> pairs = new HashMap<>();
    private final Map<NetworkKey, Set<String>> groupsOfNetwork = new HashMap<>();
    private final Buckets bySrc;
    private final Buckets byDst;
    private final int ruleCount;
    /** Atom of each selector naming a container, network or group, or {@code any}: by tenant and selector. */
    private final Map<String, Integer> namedAtoms = new HashMap<>();
    /** Atom of each CIDR selector, by tenant. */
    private final Map<String, PrefixIndex<Integer>> cidrAtoms = new HashMap<>();
    /** Atoms numbered so far: the next atom's number. */
    private int atomCount;
    private final Map<FirewallRule, Integer> srcAtoms = new IdentityHashMap<>();
    private final Map<FirewallRule, Integer> dstAtoms = new IdentityHashMap<>();

    /**
     * Builds an index.
     *
     * @param groups groups
     * @param pairPolicies pair policies
     * @param rules  firewall rules
     */
    PolicyIndex(Collection<NetworkGroup> groups, Collection<PairPolicy> pairPolicies,
                Collection<FirewallRule> rules) {
        for (PairPolicy p : pairPolicies) {
            pairs.computeIfAbsent(p.first(), k -> new HashMap<>()).put(p.second(), p.action());
            pairs.computeIfAbsent(p.second(), k -> new HashMap<>()).put(p.first(), p.action());
        }
        for (NetworkGroup g : groups) {
            Set<NetworkKey> members = g.memberKeys();
            for (NetworkKey m : members) {
                groupsOfNetwork.computeIfAbsent(m, k -> new HashSet<>()).add(g.name());
            }
        }
        // every group gets an atom, used by rules or not: whether two networks share a group is then
        // whether one's group atoms hold one of the other's atoms (PeerRules.SHARED_GROUP)
        for (NetworkGroup g : groups) {
            namedAtoms.computeIfAbsent(namedKey(g.tenant(), Selector.Kind.GROUP, g.name()), k -> atomCount++);
        }
        bySrc = new Buckets(rules, FirewallRule::src);
        byDst = new Buckets(rules, FirewallRule::dst);
        ruleCount = rules.size();
        for (FirewallRule r : rules) {
            srcAtoms.put(r, number(r.tenant(), r.src()));
            dstAtoms.put(r, number(r.tenant(), r.dst()));
        }
    }

    /** Numbers a selector of a tenant: the same selector in the same tenant gets the same atom. */
    private int number(String tenant, Selector s) {
        if (s.kind() != Selector.Kind.CIDR) {
            return namedAtoms.computeIfAbsent(atomKey(tenant, s.toString()), k -> atomCount++);
        }
        PrefixIndex<Integer> cidrs = cidrAtoms.computeIfAbsent(tenant, t -> new PrefixIndex<>());
        Integer atom = cidrs.get(s.cidr());
        if (atom == null) {
            atom = atomCount++;
            cidrs.put(s.cidr(), atom);
        }
        return atom;
    }

    private static String atomKey(String tenant, String selector) {
        return tenant + '/' + selector;
    }

    /** The key {@link #number} gives a selector of a kind that names something (as its text reads). */
    private static String namedKey(String tenant, Selector.Kind kind, String name) {
        return atomKey(tenant, kind.name().toLowerCase(Locale.ROOT) + ':' + name);
    }

    /**
     * Returns the atom of a rule's source selector.
     *
     * @param r a rule of this index
     * @return atom
     */
    int srcAtom(FirewallRule r) {
        return srcAtoms.get(r);
    }

    /**
     * Returns the atom of a rule's destination selector.
     *
     * @param r a rule of this index
     * @return atom
     */
    int dstAtom(FirewallRule r) {
        return dstAtoms.get(r);
    }

    /**
     * Returns the atoms of the selectors that select a container: of its name, its network, each
     * group of its network, {@code any} and the CIDRs holding its address, each within its tenant
     * and only if some rule uses it. A selector selects the container exactly when these hold the
     * selector's atom.
     *
     * @param c container
     * @return atoms, ascending
     */
    int[] atomsOf(Container c) {
        String tenant = c.tenant();
        List<Integer> atoms = new ArrayList<>();
        addIfNumbered(atoms, namedKey(tenant, Selector.Kind.CONTAINER, c.name()));
        addIfNumbered(atoms, namedKey(tenant, Selector.Kind.NETWORK, c.network().name()));
        addIfNumbered(atoms, atomKey(tenant, Selector.ANY.toString()));
        for (int g : groupAtomsOf(c)) {
            atoms.add(g);
        }
        PrefixIndex<Integer> cidrs = cidrAtoms.get(tenant);
        if (cidrs != null) {
            cidrs.forEachHolding(c.ip().getIp4Address().toInt(), atoms::add);
        }
        return sorted(atoms);
    }

    /**
     * Returns the atoms of the groups that hold a container's network.
     *
     * @param c container
     * @return atoms, ascending
     */
    int[] groupAtomsOf(Container c) {
        Set<String> groups = groupsOfNetwork.get(c.network());
        if (groups == null) {
            return new int[0];
        }
        List<Integer> atoms = new ArrayList<>();
        for (String g : groups) {
            // every group is numbered
            atoms.add(namedAtoms.get(namedKey(c.tenant(), Selector.Kind.GROUP, g)));
        }
        return sorted(atoms);
    }

    private void addIfNumbered(List<Integer> atoms, String key) {
        Integer atom = namedAtoms.get(key);
        if (atom != null) {
            atoms.add(atom);
        }
    }

    private static int[] sorted(List<Integer> atoms) {
        return atoms.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * Returns the pair policy of two containers.
     *
     * @param a container id
     * @param b container id
     * @return action or null
     */
    PairPolicy.Action pair(String a, String b) {
        Map<String, PairPolicy.Action> m = pairs.get(a);
        return m == null ? null : m.get(b);
    }

    /**
     * Returns the firewall rules whose source selector selects a container, in consulting order.
     *
     * @param c container
     * @return rules
     */
    List<FirewallRule> rulesFrom(Container c) {
        return bySrc.selecting(c, groupsOfNetwork);
    }

    /**
     * Returns the firewall rules whose destination selector selects a container, in consulting order.
     *
     * @param c container
     * @return rules
     */
    List<FirewallRule> rulesTo(Container c) {
        return byDst.selecting(c, groupsOfNetwork);
    }

    /**
     * Returns the firewall rules whose source selector selects an external address of a tenant.
     *
     * @param tenant tenant
     * @param ip     address
     * @return rules, in consulting order
     */
    List<FirewallRule> rulesFromAddress(String tenant, IpAddress ip) {
        List<FirewallRule> out = new ArrayList<>();
        addAll(out, bySrc.byAny.get(tenant));
        bySrc.addCidrRules(tenant, ip, out);
        out.sort(ORDER);
        return out;
    }

    /**
     * Tells whether a selector of a rule's tenant selects a container.
     *
     * @param s      selector
     * @param tenant the rule's tenant
     * @param c      container
     * @return true if selected
     */
    boolean selects(Selector s, String tenant, Container c) {
        if (!c.tenant().equals(tenant)) {
            return false;
        }
        switch (s.kind()) {
            case CONTAINER:
                return c.name().equals(s.name());
            case NETWORK:
                return c.network().name().equals(s.name());
            case GROUP:
                Set<String> groups = groupsOfNetwork.get(c.network());
                return groups != null && groups.contains(s.name());
            case CIDR:
                // containers have IPv4 addresses (the registry validates them)
                return s.holdsIp4(c.ip().getIp4Address().toInt());
            default:
                return true;
        }
    }

    /**
     * Tells whether a selector selects an external address.
     *
     * @param s  selector
     * @param ip address
     * @return true for {@code any} and a CIDR holding the address
     */
    static boolean selectsAddress(Selector s, IpAddress ip) {
        return s.kind() == Selector.Kind.ANY || (s.kind() == Selector.Kind.CIDR && s.cidr().contains(ip));
    }

    /**
     * Returns the number of firewall rules.
     *
     * @return count
     */
    int ruleCount() {
        return ruleCount;
    }

    private static void addAll(List<FirewallRule> out, List<FirewallRule> in) {
        if (in != null) {
            out.addAll(in);
        }
    }

    /**
     * Firewall rules bucketed by what one of their selectors (the source, or the destination) names:
     * a container, a network, a group, any, or a CIDR.
     */
    private static final class Buckets {
        private final Map<String, List<FirewallRule>> byContainer = new HashMap<>();
        private final Map<NetworkKey, List<FirewallRule>> byNetwork = new HashMap<>();
        private final Map<String, List<FirewallRule>> byGroup = new HashMap<>();
        private final Map<String, List<FirewallRule>> byAny = new HashMap<>();
        /** Rules with a CIDR selector, per tenant by prefix (all prefixes holding an address in a few probes). */
        private final Map<String, PrefixIndex<List<FirewallRule>>> byCidr = new HashMap<>();

        Buckets(Collection<FirewallRule> rules, Function<FirewallRule, Selector> side) {
            for (FirewallRule r : rules) {
                Selector s = side.apply(r);
                switch (s.kind()) {
                    case CONTAINER:
                        byContainer.computeIfAbsent(r.tenant() + '/' + s.name(), k -> new ArrayList<>()).add(r);
                        break;
                    case NETWORK:
                        byNetwork.computeIfAbsent(NetworkKey.of(r.tenant(), s.name()), k -> new ArrayList<>()).add(r);
                        break;
                    case GROUP:
                        byGroup.computeIfAbsent(r.tenant() + '/' + s.name(), k -> new ArrayList<>()).add(r);
                        break;
                    case CIDR:
                        PrefixIndex<List<FirewallRule>> cidrs =
                                byCidr.computeIfAbsent(r.tenant(), k -> new PrefixIndex<>());
                        List<FirewallRule> ofPrefix = cidrs.get(s.cidr());
                        if (ofPrefix == null) {
                            ofPrefix = new ArrayList<>();
                            cidrs.put(s.cidr(), ofPrefix);
                        }
                        ofPrefix.add(r);
                        break;
                    default:
                        byAny.computeIfAbsent(r.tenant(), k -> new ArrayList<>()).add(r);
                }
            }
            for (Map<?, List<FirewallRule>> m : ImmutableList.of(byContainer, byNetwork, byGroup, byAny)) {
                m.values().forEach(list -> list.sort(ORDER));
            }
        }

        /** The rules whose selector on this side selects a container, in consulting order. */
        List<FirewallRule> selecting(Container c, Map<NetworkKey, Set<String>> groupsOfNetwork) {
            List<FirewallRule> out = new ArrayList<>();
            addAll(out, byContainer.get(c.tenant() + '/' + c.name()));
            addAll(out, byNetwork.get(c.network()));
            Set<String> groups = groupsOfNetwork.get(c.network());
            if (groups != null) {
                for (String g : groups) {
                    addAll(out, byGroup.get(c.tenant() + '/' + g));
                }
            }
            addAll(out, byAny.get(c.tenant()));
            addCidrRules(c.tenant(), c.ip(), out);
            out.sort(ORDER);
            return out;
        }

        /** Adds the rules of a tenant whose CIDR holds an (IPv4) address. */
        void addCidrRules(String tenant, IpAddress ip, List<FirewallRule> out) {
            PrefixIndex<List<FirewallRule>> cidrs = byCidr.get(tenant);
            if (cidrs != null && ip.isIp4()) {
                cidrs.forEachHolding(ip.getIp4Address().toInt(), out::addAll);
            }
        }
    }
}
