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
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.daolinet.api.Container;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.Selector;
import org.onlab.packet.IpAddress;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The access policy indexed for decisions: pair policies by container, the groups of each network,
 * and firewall rules bucketed by what their source selector names and, separately, by what their
 * destination selector names. Finding the rules that select a container on either side costs a few
 * hash lookups plus the rules in its buckets, never a scan of all rules.
 * <p>
 * Every distinct selector the rules use, and every group, within its tenant, is also numbered (an
 * "atom"), and a container's atoms are the numbers of the selectors that select it. Whether a rule's
 * selector selects a container is then whether the container's few atoms hold the rule's number: the
 * first decision of a new pair compares ints instead of names, networks and addresses of the new peer.
 * <p>
 * The index follows the policy change by change ({@link #syncRule}, {@link #syncGroup},
 * {@link #syncPair}): a change costs the buckets and atoms it touches, not a rebuild of all rules,
 * so loading n rules one by one costs O(n), not O(n²). Changes are applied one at a time (under this
 * index's lock); decisions read without locking: every map is concurrent and every value in it an
 * immutable list, set or map that a change replaces. A decision made while a change is applied
 * sees the change in part; the policy manager drops what it computed then, once the change is done.
 */
final class PolicyIndex {

    /**
     * Consulting order of firewall rules: descending priority, then key; from the entries' cached
     * priority and key (no key text built per comparison).
     */
    private static final Comparator<Entry> ENTRY_ORDER = (x, y) -> x.priority != y.priority
            ? Integer.compare(y.priority, x.priority) : x.key.compareTo(y.key);

    // ---- read by decisions without locking; written under the lock ----

    private final Map<String, Map<String, PairPolicy.Action>> pairs = new ConcurrentHashMap<>();
    private final Map<NetworkKey, Set<String>> groupsOfNetwork = new ConcurrentHashMap<>();
    private final Buckets bySrc = new Buckets(FirewallRule::src);
    private final Buckets byDst = new Buckets(FirewallRule::dst);
    /** Atom of each selector naming a container, network or group, or {@code any}: by tenant and selector. */
    private final Map<Named, Integer> namedAtoms = new ConcurrentHashMap<>();
    /** Atom of each CIDR selector, by tenant. */
    private final Map<String, PrefixIndex<Integer>> cidrAtoms = new ConcurrentHashMap<>();

    // ---- the writer's own records, guarded by this ----

    /** What is indexed, by key: to find what a change replaces. */
    private final Map<String, Entry> rules = new HashMap<>();
    private final Map<String, NetworkGroup> groups = new HashMap<>();
    private final Map<String, PairPolicy> pairPolicies = new HashMap<>();
    /** Per numbered selector (by tenant and selector): the rules and groups using it. */
    private final Map<String, Integer> uses = new HashMap<>();
    /** Numbers of atoms no longer used, given out again first: the atoms stay few and dense. */
    private final Deque<Integer> freeAtoms = new ArrayDeque<>();
    private int atomCount;

    /**
     * Creates an empty index.
     */
    PolicyIndex() {
    }

    /**
     * Creates an index of a policy.
     *
     * @param groups       groups
     * @param pairPolicies pair policies
     * @param rules        firewall rules
     */
    PolicyIndex(Collection<NetworkGroup> groups, Collection<PairPolicy> pairPolicies,
                Collection<FirewallRule> rules) {
        groups.forEach(g -> syncGroup(g.key(), g));
        pairPolicies.forEach(p -> syncPair(p.key(), p));
        rules.forEach(r -> syncRule(r.key(), r));
    }

    // ---- changes ----

    /**
     * Makes the index hold a firewall rule as it now is.
     *
     * @param key     the rule's key
     * @param current the rule, or null if it no longer exists
     * @return the rule the index held under that key before, or null
     */
    synchronized FirewallRule syncRule(String key, FirewallRule current) {
        Entry old = rules.get(key);
        if (old != null && old.rule.equals(current)) {
            return old.rule;
        }
        if (current != null) {
            // the new rule's atoms first: a selector the old rule shares keeps its number
            Entry e = new Entry(current, acquire(current.tenant(), current.src()),
                                acquire(current.tenant(), current.dst()));
            if (old != null) {
                unindex(old);
            }
            bySrc.add(e);
            byDst.add(e);
            rules.put(key, e);
        } else if (old != null) {
            unindex(old);
            rules.remove(key);
        }
        return old == null ? null : old.rule;
    }

    private void unindex(Entry e) {
        bySrc.remove(e);
        byDst.remove(e);
        release(e.rule.tenant(), e.rule.src());
        release(e.rule.tenant(), e.rule.dst());
    }

    /**
     * Makes the index hold a group as it now is.
     *
     * @param key     the group's key
     * @param current the group, or null if it no longer exists
     * @return the group the index held under that key before, or null
     */
    synchronized NetworkGroup syncGroup(String key, NetworkGroup current) {
        NetworkGroup old = groups.get(key);
        if (Objects.equals(old, current)) {
            return old;
        }
        // every group has an atom, used by rules or not: whether two networks share a group is then
        // whether one's group atoms hold one of the other's atoms (PeerRules.SHARED_GROUP)
        if (current != null) {
            acquire(current.tenant(), Selector.parse("group", "group:" + current.name()));
            groups.put(key, current);
        } else {
            groups.remove(key);
        }
        Set<NetworkKey> members = new HashSet<>();
        if (old != null) {
            members.addAll(old.memberKeys());
            release(old.tenant(), Selector.parse("group", "group:" + old.name()));
        }
        if (current != null) {
            members.addAll(current.memberKeys());
        }
        String name = current != null ? current.name() : old.name();
        for (NetworkKey m : members) {
            Set<String> names = new HashSet<>(groupsOfNetwork.getOrDefault(m, Set.of()));
            if (current != null && current.memberKeys().contains(m)) {
                names.add(name);
            } else {
                names.remove(name);
            }
            if (names.isEmpty()) {
                groupsOfNetwork.remove(m);
            } else {
                groupsOfNetwork.put(m, ImmutableSet.copyOf(names));
            }
        }
        return old;
    }

    /**
     * Makes the index hold a pair policy as it now is.
     *
     * @param key     the pair's key
     * @param current the pair policy, or null if cleared
     * @return the pair policy the index held under that key before, or null
     */
    synchronized PairPolicy syncPair(String key, PairPolicy current) {
        PairPolicy old = pairPolicies.get(key);
        if (Objects.equals(old, current)) {
            return old;
        }
        if (old != null) {
            setPair(old.first(), old.second(), null);
            setPair(old.second(), old.first(), null);
            pairPolicies.remove(key);
        }
        if (current != null) {
            setPair(current.first(), current.second(), current.action());
            setPair(current.second(), current.first(), current.action());
            pairPolicies.put(key, current);
        }
        return old;
    }

    private void setPair(String a, String b, PairPolicy.Action action) {
        Map<String, PairPolicy.Action> next = new HashMap<>(pairs.getOrDefault(a, Map.of()));
        if (action == null) {
            next.remove(b);
        } else {
            next.put(b, action);
        }
        if (next.isEmpty()) {
            pairs.remove(a);
        } else {
            pairs.put(a, ImmutableMap.copyOf(next));
        }
    }

    /** Numbers a selector of a tenant for one more user: the same selector in the same tenant gets the same atom. */
    private int acquire(String tenant, Selector s) {
        String key = atomKey(tenant, s.toString());
        int users = uses.merge(key, 1, Integer::sum);
        if (users > 1) {
            return atomOf(tenant, s);
        }
        int atom = freeAtoms.isEmpty() ? atomCount++ : freeAtoms.pop();
        if (s.kind() == Selector.Kind.CIDR) {
            cidrAtoms.computeIfAbsent(tenant, t -> new PrefixIndex<>()).put(s.cidr(), atom);
        } else {
            namedAtoms.put(new Named(tenant, s.kind(), s.name()), atom);
        }
        return atom;
    }

    /** Gives up one user's claim on a selector's atom; the last one frees it. */
    private void release(String tenant, Selector s) {
        String key = atomKey(tenant, s.toString());
        int users = uses.merge(key, -1, Integer::sum);
        if (users > 0) {
            return;
        }
        uses.remove(key);
        freeAtoms.push(atomOf(tenant, s));
        if (s.kind() == Selector.Kind.CIDR) {
            PrefixIndex<Integer> cidrs = cidrAtoms.get(tenant);
            cidrs.remove(s.cidr());
        } else {
            namedAtoms.remove(new Named(tenant, s.kind(), s.name()));
        }
    }

    // ---- atoms ----

    /** A selector's key among the claims on atoms ({@link #uses}). */
    private static String atomKey(String tenant, String selector) {
        return tenant + '/' + selector;
    }

    /**
     * Returns the atom of a selector of a tenant.
     *
     * @param tenant tenant
     * @param s      selector
     * @return atom, or -1 if no rule or group of the tenant uses the selector
     */
    int atomOf(String tenant, Selector s) {
        Integer atom;
        if (s.kind() == Selector.Kind.CIDR) {
            PrefixIndex<Integer> cidrs = cidrAtoms.get(tenant);
            atom = cidrs == null ? null : cidrs.get(s.cidr());
        } else {
            atom = namedAtoms.get(new Named(tenant, s.kind(), s.name()));
        }
        return atom == null ? -1 : atom;
    }

    /**
     * Returns the atoms of the selectors that select a container: of its name, its network, each
     * group of its network, {@code any} and the CIDRs holding its address, each within its tenant
     * and only if some rule or group uses it. A selector selects the container exactly when these
     * hold the selector's atom.
     *
     * @param c container
     * @return atoms, ascending
     */
    int[] atomsOf(Container c) {
        String tenant = c.tenant();
        Atoms atoms = new Atoms();
        atoms.addIfNumbered(new Named(tenant, Selector.Kind.CONTAINER, c.name()));
        atoms.addIfNumbered(new Named(tenant, Selector.Kind.NETWORK, c.network().name()));
        atoms.addIfNumbered(new Named(tenant, Selector.Kind.ANY, null));
        addGroupAtoms(c, atoms);
        PrefixIndex<Integer> cidrs = cidrAtoms.get(tenant);
        if (cidrs != null) {
            cidrs.forEachHolding(c.ip().getIp4Address().toInt(), atoms::add);
        }
        return atoms.sorted();
    }

    /**
     * Returns the atoms of the groups that hold a container's network.
     *
     * @param c container
     * @return atoms, ascending
     */
    int[] groupAtomsOf(Container c) {
        Atoms atoms = new Atoms();
        addGroupAtoms(c, atoms);
        return atoms.sorted();
    }

    private void addGroupAtoms(Container c, Atoms atoms) {
        Set<String> names = groupsOfNetwork.get(c.network());
        if (names != null) {
            for (String g : names) {
                // a group changed under way may be missing for a moment
                atoms.addIfNumbered(new Named(c.tenant(), Selector.Kind.GROUP, g));
            }
        }
    }

    /** A few atoms being gathered (no boxing, no streams: profiles are built on the PacketIn path). */
    private final class Atoms {
        private int[] atoms = new int[8];
        private int n;

        void add(int atom) {
            if (n == atoms.length) {
                atoms = Arrays.copyOf(atoms, n * 2);
            }
            atoms[n++] = atom;
        }

        void addIfNumbered(Named key) {
            Integer atom = namedAtoms.get(key);
            if (atom != null) {
                add(atom);
            }
        }

        /** The atoms, ascending, each once (a change under way may show one twice for a moment). */
        int[] sorted() {
            Arrays.sort(atoms, 0, n);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (distinct == 0 || atoms[distinct - 1] != atoms[i]) {
                    atoms[distinct++] = atoms[i];
                }
            }
            return Arrays.copyOf(atoms, distinct);
        }
    }

    // ---- reads ----

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
     * @return rules with their atoms
     */
    List<Entry> rulesFrom(Container c) {
        return bySrc.selecting(c, groupsOfNetwork);
    }

    /**
     * Returns the firewall rules whose destination selector selects a container, in consulting order.
     *
     * @param c container
     * @return rules with their atoms
     */
    List<Entry> rulesTo(Container c) {
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
        List<Entry> out = new ArrayList<>();
        addAll(out, bySrc.byAny.get(tenant));
        bySrc.addCidrRules(tenant, ip, out);
        out.sort(ENTRY_ORDER);
        List<FirewallRule> rules = new ArrayList<>(out.size());
        out.forEach(e -> rules.add(e.rule));
        return rules;
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
                Set<String> names = groupsOfNetwork.get(c.network());
                return names != null && names.contains(s.name());
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
     * Returns the number of atoms in use.
     *
     * @return count
     */
    synchronized int atomCount() {
        return uses.size();
    }

    private static void addAll(List<Entry> out, List<Entry> in) {
        if (in != null) {
            out.addAll(in);
        }
    }

    /**
     * A firewall rule as indexed: with the atoms of its source and destination selectors.
     */
    static final class Entry {
        private final FirewallRule rule;
        private final int srcAtom;
        private final int dstAtom;
        private final int priority;
        private final String key;

        Entry(FirewallRule rule, int srcAtom, int dstAtom) {
            this.rule = rule;
            this.srcAtom = srcAtom;
            this.dstAtom = dstAtom;
            this.priority = rule.priority();
            this.key = rule.key();
        }

        /**
         * Returns the rule.
         *
         * @return rule
         */
        FirewallRule rule() {
            return rule;
        }

        /**
         * Returns the atom of the rule's source selector.
         *
         * @return atom
         */
        int srcAtom() {
            return srcAtom;
        }

        /**
         * Returns the atom of the rule's destination selector.
         *
         * @return atom
         */
        int dstAtom() {
            return dstAtom;
        }
    }

    /**
     * A name of a kind within a tenant (a container, network or group; {@code any} has none), as a
     * key: hashed from the strings' own cached hashes, so a lookup builds no text.
     */
    private static final class Named {
        private final String tenant;
        private final Selector.Kind kind;
        private final String name;
        private final int hash;

        Named(String tenant, Selector.Kind kind, String name) {
            this.tenant = tenant;
            this.kind = kind;
            this.name = name;
            this.hash = (31 * tenant.hashCode() + kind.ordinal()) * 31 + (name == null ? 0 : name.hashCode());
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Named)) {
                return false;
            }
            Named that = (Named) o;
            return hash == that.hash && kind == that.kind && tenant.equals(that.tenant)
                    && Objects.equals(name, that.name);
        }
    }

    /**
     * Firewall rules bucketed by what one of their selectors (the source, or the destination) names:
     * a container, a network, a group, any, or a CIDR. Each bucket is an immutable list in consulting
     * order, replaced when a rule joins or leaves it.
     */
    private static final class Buckets {
        private final Function<FirewallRule, Selector> side;
        private final Map<Named, List<Entry>> byContainer = new ConcurrentHashMap<>();
        private final Map<NetworkKey, List<Entry>> byNetwork = new ConcurrentHashMap<>();
        private final Map<Named, List<Entry>> byGroup = new ConcurrentHashMap<>();
        private final Map<String, List<Entry>> byAny = new ConcurrentHashMap<>();
        /** Rules with a CIDR selector, per tenant by prefix (all prefixes holding an address in a few probes). */
        private final Map<String, PrefixIndex<List<Entry>>> byCidr = new ConcurrentHashMap<>();

        Buckets(Function<FirewallRule, Selector> side) {
            this.side = side;
        }

        void add(Entry e) {
            change(e, true);
        }

        void remove(Entry e) {
            change(e, false);
        }

        private void change(Entry e, boolean add) {
            FirewallRule r = e.rule;
            Selector s = side.apply(r);
            switch (s.kind()) {
                case CONTAINER:
                    change(byContainer, new Named(r.tenant(), s.kind(), s.name()), e, add);
                    break;
                case NETWORK:
                    change(byNetwork, NetworkKey.of(r.tenant(), s.name()), e, add);
                    break;
                case GROUP:
                    change(byGroup, new Named(r.tenant(), s.kind(), s.name()), e, add);
                    break;
                case CIDR:
                    PrefixIndex<List<Entry>> cidrs = byCidr.computeIfAbsent(r.tenant(), k -> new PrefixIndex<>());
                    List<Entry> next = changed(cidrs.get(s.cidr()), e, add);
                    if (next.isEmpty()) {
                        cidrs.remove(s.cidr());
                    } else {
                        cidrs.put(s.cidr(), next);
                    }
                    break;
                default:
                    change(byAny, r.tenant(), e, add);
            }
        }

        private static <K> void change(Map<K, List<Entry>> buckets, K key, Entry e, boolean add) {
            List<Entry> next = changed(buckets.get(key), e, add);
            if (next.isEmpty()) {
                buckets.remove(key);
            } else {
                buckets.put(key, next);
            }
        }

        /** A bucket with an entry added at its place in consulting order, or removed. */
        private static List<Entry> changed(List<Entry> bucket, Entry e, boolean add) {
            List<Entry> next = new ArrayList<>(bucket == null ? List.of() : bucket);
            if (add) {
                // keys are unique: the search ends at the insertion point
                next.add(-1 - Collections.binarySearch(next, e, ENTRY_ORDER), e);
            } else {
                next.remove(e);
            }
            return ImmutableList.copyOf(next);
        }

        /** The rules whose selector on this side selects a container, in consulting order. */
        List<Entry> selecting(Container c, Map<NetworkKey, Set<String>> groupsOfNetwork) {
            List<Entry> out = new ArrayList<>();
            addAll(out, byContainer.get(new Named(c.tenant(), Selector.Kind.CONTAINER, c.name())));
            addAll(out, byNetwork.get(c.network()));
            Set<String> names = groupsOfNetwork.get(c.network());
            if (names != null) {
                for (String g : names) {
                    addAll(out, byGroup.get(new Named(c.tenant(), Selector.Kind.GROUP, g)));
                }
            }
            addAll(out, byAny.get(c.tenant()));
            addCidrRules(c.tenant(), c.ip(), out);
            out.sort(ENTRY_ORDER);
            return out;
        }

        /** Adds the rules of a tenant whose CIDR holds an (IPv4) address. */
        void addCidrRules(String tenant, IpAddress ip, List<Entry> out) {
            PrefixIndex<List<Entry>> cidrs = byCidr.get(tenant);
            if (cidrs != null && ip.isIp4()) {
                cidrs.forEachHolding(ip.getIp4Address().toInt(), out::addAll);
            }
        }
    }
}
