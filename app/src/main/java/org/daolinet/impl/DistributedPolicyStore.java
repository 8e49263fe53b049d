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

import org.daolinet.api.DaoliNetException;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.PolicyEvent;
import org.daolinet.api.PolicyStore;
import org.daolinet.api.PolicyStoreDelegate;
import org.onosproject.store.AbstractStore;
import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.StorageService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.Set;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Policy store on three consistent maps (groups, pair policies, firewall rules) with local mirrors.
 */
@Component(immediate = true, service = PolicyStore.class)
public class DistributedPolicyStore extends AbstractStore<PolicyEvent, PolicyStoreDelegate> implements PolicyStore {

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected StorageService storageService;

    private MirroredMap<NetworkGroup> groups;
    private MirroredMap<PairPolicy> pairs;
    private MirroredMap<FirewallRule> rules;

    @Activate
    protected void activate() {
        groups = new MirroredMap<>(this.<NetworkGroup>map("daolinet-groups"), (o, n) -> notifyDelegate(
                new PolicyEvent(o == null ? PolicyEvent.Type.GROUP_CREATED : n == null
                        ? PolicyEvent.Type.GROUP_REMOVED : PolicyEvent.Type.GROUP_UPDATED,
                                (n != null ? n : o).key())));
        pairs = new MirroredMap<>(this.<PairPolicy>map("daolinet-pairs"), (o, n) -> notifyDelegate(
                new PolicyEvent(n == null ? PolicyEvent.Type.PAIR_CLEARED : PolicyEvent.Type.PAIR_SET,
                                (n != null ? n : o).key())));
        rules = new MirroredMap<>(this.<FirewallRule>map("daolinet-firewall"), (o, n) -> notifyDelegate(
                new PolicyEvent(n == null ? PolicyEvent.Type.RULE_REMOVED : PolicyEvent.Type.RULE_ADDED,
                                (n != null ? n : o).key())));
        log.info("Started with {} groups, {} pair policies, {} firewall rules",
                 groups.values().size(), pairs.values().size(), rules.values().size());
    }

    @Deactivate
    protected void deactivate() {
        groups.close();
        pairs.close();
        rules.close();
        log.info("Stopped");
    }

    private <V> ConsistentMap<String, V> map(String name) {
        return storageService.<String, V>consistentMapBuilder().withName(name)
                .withSerializer(DaoliNetSerializers.SERIALIZER).build();
    }

    @Override
    public void createGroup(NetworkGroup group) {
        if (groups.putIfAbsent(group.key(), group) != null) {
            throw DaoliNetException.conflict("name", "group %s already exists", group.key());
        }
    }

    @Override
    public boolean replaceGroup(NetworkGroup expected, NetworkGroup next) {
        return groups.replace(expected.key(), expected, next);
    }

    @Override
    public NetworkGroup removeGroup(String key) {
        return groups.remove(key);
    }

    @Override
    public NetworkGroup group(String key) {
        return groups.get(key);
    }

    @Override
    public Set<NetworkGroup> groups() {
        return groups.values();
    }

    @Override
    public void putPairPolicy(PairPolicy policy) {
        pairs.put(policy.key(), policy);
    }

    @Override
    public PairPolicy removePairPolicy(String key) {
        return pairs.remove(key);
    }

    @Override
    public PairPolicy pairPolicy(String key) {
        return pairs.get(key);
    }

    @Override
    public Set<PairPolicy> pairPolicies() {
        return pairs.values();
    }

    @Override
    public void createRule(FirewallRule rule) {
        if (rules.putIfAbsent(rule.key(), rule) != null) {
            throw DaoliNetException.conflict("name", "firewall rule %s already exists", rule.key());
        }
    }

    @Override
    public FirewallRule removeRule(String key) {
        return rules.remove(key);
    }

    @Override
    public FirewallRule rule(String key) {
        return rules.get(key);
    }

    @Override
    public Set<FirewallRule> rules() {
        return rules.values();
    }
}
