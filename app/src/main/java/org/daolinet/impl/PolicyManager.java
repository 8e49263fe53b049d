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

import org.daolinet.api.AccessDecision;
import org.daolinet.api.AccessPolicy;
import org.daolinet.api.Container;
import org.daolinet.api.ContainerEvent;
import org.daolinet.api.ContainerListener;
import org.daolinet.api.ContainerService;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkEvent;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.NetworkListener;
import org.daolinet.api.NetworkService;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.PolicyAdminService;
import org.daolinet.api.PolicyEvent;
import org.daolinet.api.PolicyListener;
import org.daolinet.api.PolicyService;
import org.daolinet.api.PolicyStore;
import org.daolinet.api.PolicyStoreDelegate;
import org.daolinet.api.Selector;
import org.daolinet.api.Validation;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onosproject.event.AbstractListenerManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * The access policy: groups, pair policies and firewall rules, and the decisions made with them.
 * <p>
 * Decisions are answered from a per-pair verdict cache: a pair's verdict (its pair policy, the
 * firewall rules that concern it in consulting order, whether it shares a network or group) is
 * computed once from the {@link PolicyIndex}, then every decision for the pair costs two hash
 * lookups and a walk over the few rules about that pair. Computing it looks up the destination's
 * atoms (numbered selectors) in what the policy holds for the source ({@link PeerRules}), both kept
 * per container. Any change of the policy, a container or a network starts a fresh verdict cache,
 * so no decision uses stale state; profiles are kept except those of the containers the change
 * concerns (the members of a changed group, the containers a changed rule's selectors select, a
 * changed container), so that the audit of the routes after a change rebuilds only those.
 */
@Component(immediate = true, service = {PolicyService.class, PolicyAdminService.class, AccessPolicy.class})
public class PolicyManager extends AbstractListenerManager<PolicyEvent, PolicyListener>
        implements PolicyAdminService {

    /** Verdicts kept before the cache starts afresh, to bound memory. */
    private static final int MAX_CACHED = 1_000_000;

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected PolicyStore store;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ContainerService containerService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected NetworkService networkService;

    private final PolicyStoreDelegate delegate = this::storeEvent;
    private final ContainerListener containerListener = this::containerEvent;
    private final NetworkListener networkListener = this::networkEvent;

    /** The policy index, kept in step with the store change by change; replaced on activation. */
    private volatile PolicyIndex index = new PolicyIndex();
    /** Profiles by container, kept across decision states (see {@link Profiles}). */
    private volatile Profiles profiles = new Profiles();
    private volatile State state = new State(index, profiles);

    @Activate
    protected void activate() {
        eventDispatcher.addSink(PolicyEvent.class, listenerRegistry);
        store.setDelegate(delegate);
        containerService.addListener(containerListener);
        networkService.addListener(networkListener);
        reindex();
        log.info("Started");
    }

    @Deactivate
    protected void deactivate() {
        networkService.removeListener(networkListener);
        containerService.removeListener(containerListener);
        store.unsetDelegate(delegate);
        eventDispatcher.removeSink(PolicyEvent.class);
        log.info("Stopped");
    }

    /** Indexes the stored policy afresh: each entry as the store holds it now (changes may come meanwhile). */
    private void reindex() {
        PolicyIndex fresh = new PolicyIndex();
        index = fresh;
        store.groups().forEach(g -> fresh.syncGroup(g.key(), store.group(g.key())));
        store.pairPolicies().forEach(p -> fresh.syncPair(p.key(), store.pairPolicy(p.key())));
        store.rules().forEach(r -> fresh.syncRule(r.key(), store.rule(r.key())));
        dropCaches();
    }

    private void storeEvent(PolicyEvent event) {
        // the index follows the store's current value for the changed key: events that arrive late
        // or twice leave it as the store is
        String key = event.subject();
        PolicyIndex current = index;
        // the containers the change concerns: the only ones whose profiles show it, and the only ones
        // whose decisions (with any peer, address or client) it may alter; null for every container
        Set<String> concerned = new HashSet<>();
        switch (event.type()) {
            case GROUP_CREATED:
            case GROUP_UPDATED:
            case GROUP_REMOVED:
                NetworkGroup group = store.group(key);
                NetworkGroup before = current.syncGroup(key, group);
                // the old and new members
                addMembers(concerned, before);
                addMembers(concerned, group);
                break;
            case PAIR_SET:
            case PAIR_CLEARED:
                PairPolicy pair = store.pairPolicy(key);
                PairPolicy previous = current.syncPair(key, pair);
                // the pair's two (pair policies are read per pair: their profiles are rebuilt for nothing)
                for (PairPolicy p : new PairPolicy[]{previous, pair}) {
                    if (p != null) {
                        concerned.add(p.first());
                        concerned.add(p.second());
                    }
                }
                break;
            default:
                FirewallRule rule = store.rule(key);
                FirewallRule old = current.syncRule(key, rule);
                // what the old and new rule's selectors select: a rule decides pairs whose source its
                // source selects (or, for the other direction, whose destination its destination
                // selects), egress of containers its source selects, clients of containers its
                // destination selects
                if (!addSelected(concerned, old) || !addSelected(concerned, rule)) {
                    concerned = null;
                }
        }
        advance(concerned);
        post(concerned == null ? new PolicyEvent(event.type(), key)
                     : new PolicyEvent(event.type(), key, concerned));
    }

    private void addMembers(Set<String> ids, NetworkGroup group) {
        if (group != null) {
            group.memberKeys().forEach(n -> addIds(ids, containerService.containers(n)));
        }
    }

    private static void addIds(Set<String> ids, Set<Container> containers) {
        containers.forEach(c -> ids.add(c.id()));
    }

    /**
     * Adds the ids of the registered containers a rule's selectors select; false if one selects
     * every container of its tenant ({@code any}), which is not worth listing.
     */
    private boolean addSelected(Set<String> ids, FirewallRule rule) {
        if (rule == null) {
            return true;
        }
        for (Selector s : new Selector[]{rule.src(), rule.dst()}) {
            switch (s.kind()) {
                case CONTAINER:
                    Container c = containerService.containerByName(rule.tenant(), s.name());
                    if (c != null) {
                        ids.add(c.id());
                    }
                    break;
                case NETWORK:
                    addIds(ids, containerService.containers(NetworkKey.of(rule.tenant(), s.name())));
                    break;
                case GROUP:
                    addMembers(ids, store.group(rule.tenant() + '/' + s.name()));
                    break;
                case CIDR:
                    for (Network n : networkService.networks()) {
                        if (n.tenant().equals(rule.tenant()) && overlap(n.cidr(), s.cidr())) {
                            for (Container member : containerService.containers(n.key())) {
                                if (s.holdsIp4(member.ip().getIp4Address().toInt())) {
                                    ids.add(member.id());
                                }
                            }
                        }
                    }
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    private static boolean overlap(IpPrefix a, IpPrefix b) {
        return a.contains(b) || b.contains(a);
    }

    /**
     * Starts a new decision state after a change (applied to the index already): no verdicts (any
     * pair's may have changed, and recomputing one is cheap), the profiles of the containers the
     * change does not concern kept (rebuilding them all after every change was most of the time of
     * the audit of the routes that follows). Serialized: one change's invalidation at a time.
     *
     * @param concerned ids of the containers the change concerns, or null for every container
     */
    private synchronized void advance(Set<String> concerned) {
        profiles.drop(concerned);
        state = new State(index, profiles);
    }

    /**
     * Forgets every cached verdict and profile: decisions are then computed from the index alone.
     * (Tests compare decisions with kept profiles against these.)
     */
    synchronized void dropCaches() {
        profiles = new Profiles();
        state = new State(index, profiles);
    }

    private void networkEvent(NetworkEvent event) {
        advance(null);
    }

    private void containerEvent(ContainerEvent event) {
        String id = event.subject().id();
        // a new container has no profile; a changed or removed one's is dropped
        advance(event.type() == ContainerEvent.Type.CONTAINER_ADDED ? Set.of() : Set.of(id));
        if (event.type() == ContainerEvent.Type.CONTAINER_REMOVED) {
            // a pair policy names container ids, which die with the container
            for (PairPolicy p : store.pairPolicies()) {
                if (p.first().equals(id) || p.second().equals(id)) {
                    store.removePairPolicy(p.key());
                }
            }
        }
    }

    // ---- decisions (PacketIn path: local reads only) ----

    @Override
    public AccessDecision decide(Container src, Container dst, int protocol, int dstPort) {
        return state.verdict(src, dst).decide(protocol, dstPort);
    }

    @Override
    public AccessDecision decideEgress(Container src, IpAddress dst, int protocol, int dstPort) {
        FirewallRule[] rules = state.profile(src).egress;
        boolean l4 = false;
        FirewallRule match = null;
        for (FirewallRule r : rules) {
            if (PolicyIndex.selectsAddress(r.dst(), dst)) {
                l4 |= r.l4();
                if (match == null && r.matches(protocol, dstPort)) {
                    match = r;
                }
            }
        }
        boolean allowed = match == null || match.action() == FirewallRule.Action.ALLOW;
        return decision(allowed, l4);
    }

    @Override
    public AccessDecision decidePublished(IpAddress client, Container dst, int protocol, int dstPort) {
        PolicyIndex index = state.index;
        for (FirewallRule r : index.rulesFromAddress(dst.tenant(), client)) {
            if (index.selects(r.dst(), r.tenant(), dst) && r.matches(protocol, dstPort)) {
                return r.action() == FirewallRule.Action.ALLOW ? AccessDecision.ALLOW_L4 : AccessDecision.DENY_L4;
            }
        }
        // a published port is an explicit invitation: allowed unless a rule denies it
        return AccessDecision.ALLOW_L4;
    }

    static AccessDecision decision(boolean allowed, boolean l4) {
        if (allowed) {
            return l4 ? AccessDecision.ALLOW_L4 : AccessDecision.ALLOW;
        }
        return l4 ? AccessDecision.DENY_L4 : AccessDecision.DENY;
    }

    /**
     * The policy index, the verdicts computed from it and the profiles; replaced on every change (see
     * {@link #advance}).
     */
    private static final class State {
        private static final FirewallRule[] NONE = new FirewallRule[0];

        final PolicyIndex index;
        /** Verdicts by source and destination id; replaced, not cleared, when full (see {@link #verdict}). */
        private volatile ConcurrentHashMap<String, ConcurrentHashMap<String, PairVerdict>> verdicts =
                new ConcurrentHashMap<>();
        private final Profiles profiles;
        private final AtomicInteger cached = new AtomicInteger();

        State(PolicyIndex index, Profiles profiles) {
            this.index = index;
            this.profiles = profiles;
        }

        PairVerdict verdict(Container src, Container dst) {
            ConcurrentHashMap<String, ConcurrentHashMap<String, PairVerdict>> all = verdicts;
            ConcurrentHashMap<String, PairVerdict> row = all.get(src.id());
            PairVerdict v = row == null ? null : row.get(dst.id());
            if (v != null) {
                return v;
            }
            v = PairVerdict.compute(this, src, dst);
            if (cached.incrementAndGet() > MAX_CACHED) {
                // a fresh map rather than clear(): clearing a million entries would stall this
                // (PacketIn) thread; the old map goes with the garbage
                all = new ConcurrentHashMap<>();
                verdicts = all;
                cached.set(0);
            }
            all.computeIfAbsent(src.id(), k -> new ConcurrentHashMap<>()).put(dst.id(), v);
            return v;
        }

        Profile profile(Container c) {
            return profiles.get(index, c);
        }
    }

    /**
     * Profiles by container id, kept from one decision state to the next: a change removes those of
     * the containers it concerns. Building a profile gathers the container's rules from the index's
     * buckets (a merge, a sort), so it is done once per container and change, not per pair.
     */
    private static final class Profiles {
        private final ConcurrentHashMap<String, Profile> byId = new ConcurrentHashMap<>();
        /** Changes begun so far (written under the manager's lock only). */
        private volatile long changes;

        /**
         * Returns the profile of a container, building it if there is none (or none for the
         * container as it is now). One built while a change began is used, not kept: it may show
         * part of the change.
         */
        Profile get(PolicyIndex index, Container c) {
            Profile p = byId.get(c.id());
            if (p != null && (p.container == c || p.container.equals(c))) {
                return p;
            }
            long started = changes;
            Profile built = new Profile(index, c);
            byId.compute(c.id(), (id, current) -> changes != started ? current : built);
            return built;
        }

        /**
         * Removes the profiles of the containers a change concerns. The count goes up first: a
         * profile kept before it is seen by the removal, one built across it is not kept.
         *
         * @param ids container ids, or null for every container
         */
        void drop(Set<String> ids) {
            changes++;
            if (ids == null) {
                byId.clear();
            } else {
                ids.forEach(byId::remove);
            }
        }
    }

    /**
     * What the policy holds about one container: as a source, about any peer ({@link PeerRules});
     * as a peer, its own atoms; and its egress rules.
     */
    private static final class Profile {
        final Container container;
        final PeerRules peers;
        final int[] atoms;
        final FirewallRule[] egress;

        Profile(PolicyIndex index, Container c) {
            container = c;
            peers = PeerRules.of(index, c);
            atoms = index.atomsOf(c);
            List<FirewallRule> out = new ArrayList<>();
            for (FirewallRule r : peers.rules()) {
                if (r.dst().kind() == Selector.Kind.ANY || r.dst().kind() == Selector.Kind.CIDR) {
                    out.add(r);
                }
            }
            egress = out.isEmpty() ? State.NONE : out.toArray(State.NONE);
        }
    }

    /**
     * What the policy says about one ordered pair of containers.
     */
    private static final class PairVerdict {
        private final PairPolicy.Action pair;
        private final FirewallRule[] rules;
        private final boolean fallback;
        private final boolean l4;

        private PairVerdict(PairPolicy.Action pair, FirewallRule[] rules, boolean fallback, boolean l4) {
            this.pair = pair;
            this.rules = rules;
            this.fallback = fallback;
            this.l4 = l4;
        }

        static PairVerdict compute(State state, Container src, Container dst) {
            PairPolicy.Action pair = state.index.pair(src.id(), dst.id());
            boolean sameNetwork = src.network().equals(dst.network());
            PeerRules peers = state.profile(src).peers;
            // the destination's atoms only when the source's rules or groups may concern it: a policy
            // without rules and groups never needs them
            if (peers.isEmpty()) {
                return new PairVerdict(pair, State.NONE, sameNetwork, false);
            }
            int[] atoms = state.profile(dst).atoms;
            int match = peers.match(atoms);
            FirewallRule[] concerning = peers.concerning(match, atoms);
            boolean l4 = false;
            for (FirewallRule r : concerning) {
                l4 |= r.l4();
            }
            int flags = PeerRules.flagsOf(match);
            boolean fallback = sameNetwork || (flags & PeerRules.SHARED_GROUP) != 0;
            // L4-specific routes when a rule singles out some traffic of the pair, or when a rule
            // concerns the other direction (a rule to src whose source selects dst): then the pair's
            // return paths must carry replies only, not new connections the other way
            l4 |= (flags & PeerRules.REVERSE_RULE) != 0;
            return new PairVerdict(pair, concerning, fallback, l4);
        }

        AccessDecision decide(int protocol, int dstPort) {
            if (pair != null) {
                // a pair policy beats everything, for all of the pair's traffic
                return pair == PairPolicy.Action.CONNECT ? AccessDecision.ALLOW : AccessDecision.DENY;
            }
            for (FirewallRule r : rules) {
                if (r.matches(protocol, dstPort)) {
                    return decision(r.action() == FirewallRule.Action.ALLOW, l4);
                }
            }
            return decision(fallback, l4);
        }
    }

    // ---- reads ----

    @Override
    public Set<NetworkGroup> groups() {
        return store.groups();
    }

    @Override
    public NetworkGroup group(String tenant, String name) {
        return store.group(tenantOf(tenant) + '/' + name);
    }

    @Override
    public Set<NetworkGroup> groupsOf(NetworkKey network) {
        return store.groups().stream().filter(g -> g.memberKeys().contains(network))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<PairPolicy> pairPolicies() {
        return store.pairPolicies();
    }

    @Override
    public PairPolicy pairPolicy(String a, String b) {
        return store.pairPolicy(PairPolicy.key(a, b));
    }

    @Override
    public Set<FirewallRule> firewallRules() {
        return store.rules();
    }

    @Override
    public FirewallRule firewallRule(String tenant, String name) {
        return store.rule(tenantOf(tenant) + '/' + name);
    }

    // ---- changes ----

    private static String tenantOf(String tenant) {
        return tenant == null || tenant.isEmpty() ? NetworkKey.DEFAULT_TENANT : tenant;
    }

    private void requireNetwork(String tenant, String network) {
        if (networkService.network(NetworkKey.of(tenant, network)) == null) {
            throw DaoliNetException.notFound("network", "network %s/%s does not exist", tenant, network);
        }
    }

    private NetworkGroup requireGroup(String tenant, String name) {
        NetworkGroup g = store.group(tenantOf(tenant) + '/' + name);
        if (g == null) {
            throw DaoliNetException.notFound("group", "group %s/%s does not exist", tenantOf(tenant), name);
        }
        return g;
    }

    @Override
    public NetworkGroup createGroup(String tenant, String name, Set<String> members) {
        NetworkGroup group = NetworkGroup.of(tenant, name, members == null ? Set.of() : members);
        group.members().forEach(m -> requireNetwork(group.tenant(), m));
        store.createGroup(group);
        log.info("Created group {}", group);
        return group;
    }

    @Override
    public NetworkGroup removeGroup(String tenant, String name) {
        NetworkGroup group = requireGroup(tenant, name);
        for (FirewallRule r : store.rules()) {
            if (r.tenant().equals(group.tenant()) && (isGroup(r.src(), name) || isGroup(r.dst(), name))) {
                throw DaoliNetException.conflict("group", "group %s is used by firewall rule %s",
                                                 group.key(), r.name());
            }
        }
        NetworkGroup removed = store.removeGroup(group.key());
        if (removed == null) {
            throw DaoliNetException.notFound("group", "group %s does not exist", group.key());
        }
        log.info("Deleted group {}", removed);
        return removed;
    }

    private static boolean isGroup(Selector s, String name) {
        return s.kind() == Selector.Kind.GROUP && s.name().equals(name);
    }

    @Override
    public NetworkGroup addMember(String tenant, String group, String network) {
        Validation.name("network", network);
        while (true) {
            NetworkGroup current = requireGroup(tenant, group);
            requireNetwork(current.tenant(), network);
            if (current.members().contains(network)) {
                throw DaoliNetException.conflict("network", "network %s is already a member of group %s",
                                                 network, current.key());
            }
            NetworkGroup next = current.withMember(network);
            if (store.replaceGroup(current, next)) {
                log.info("Group {} now {}", next.key(), next.members());
                return next;
            }
        }
    }

    @Override
    public NetworkGroup removeMember(String tenant, String group, String network) {
        while (true) {
            NetworkGroup current = requireGroup(tenant, group);
            if (!current.members().contains(network)) {
                throw DaoliNetException.notFound("network", "network %s is no member of group %s",
                                                 network, current.key());
            }
            NetworkGroup next = current.withoutMember(network);
            if (store.replaceGroup(current, next)) {
                log.info("Group {} now {}", next.key(), next.members());
                return next;
            }
        }
    }

    @Override
    public PairPolicy setPairPolicy(String a, String b, PairPolicy.Action action) {
        PairPolicy policy = PairPolicy.of(a, b, action);
        for (String id : new String[]{a, b}) {
            if (containerService.container(id) == null) {
                throw DaoliNetException.notFound("container", "container %s is not registered", id);
            }
        }
        store.putPairPolicy(policy);
        log.info("Pair policy {}", policy);
        return policy;
    }

    @Override
    public PairPolicy clearPairPolicy(String a, String b) {
        PairPolicy removed = store.removePairPolicy(PairPolicy.key(a, b));
        if (removed == null) {
            throw DaoliNetException.notFound("pair", "containers %s and %s have no pair policy", a, b);
        }
        log.info("Cleared pair policy {}", removed);
        return removed;
    }

    @Override
    public FirewallRule addFirewallRule(FirewallRule rule) {
        requireSelected("src", rule.tenant(), rule.src());
        requireSelected("dst", rule.tenant(), rule.dst());
        store.createRule(rule);
        log.info("Added firewall rule {}", rule);
        return rule;
    }

    private void requireSelected(String field, String tenant, Selector s) {
        boolean exists;
        switch (s.kind()) {
            case CONTAINER:
                exists = containerService.containerByName(tenant, s.name()) != null;
                break;
            case NETWORK:
                exists = networkService.network(NetworkKey.of(tenant, s.name())) != null;
                break;
            case GROUP:
                exists = store.group(tenant + '/' + s.name()) != null;
                break;
            default:
                exists = true;
        }
        if (!exists) {
            throw DaoliNetException.notFound(field, "%s does not exist in tenant %s", s, tenant);
        }
    }

    @Override
    public FirewallRule removeFirewallRule(String tenant, String name) {
        FirewallRule removed = store.removeRule(tenantOf(tenant) + '/' + name);
        if (removed == null) {
            throw DaoliNetException.notFound("name", "firewall rule %s/%s does not exist", tenantOf(tenant), name);
        }
        log.info("Removed firewall rule {}", removed);
        return removed;
    }
}
