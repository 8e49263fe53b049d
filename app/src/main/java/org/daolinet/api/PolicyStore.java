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
package org.daolinet.api;

import org.onosproject.store.Store;

import java.util.Set;

/**
 * Cluster-wide state of the access policy. Reads are local.
 */
public interface PolicyStore extends Store<PolicyEvent, PolicyStoreDelegate> {

    /**
     * Stores a new group.
     *
     * @param group group
     * @throws DaoliNetException CONFLICT if the key is taken
     */
    void createGroup(NetworkGroup group);

    /**
     * Replaces a group if it is still as expected (compare and set).
     *
     * @param expected current state
     * @param next     new state
     * @return true if replaced
     */
    boolean replaceGroup(NetworkGroup expected, NetworkGroup next);

    /**
     * Removes a group.
     *
     * @param key {@code tenant/name}
     * @return removed group or null
     */
    NetworkGroup removeGroup(String key);

    /**
     * Returns a group.
     *
     * @param key {@code tenant/name}
     * @return group or null
     */
    NetworkGroup group(String key);

    /**
     * Returns all groups.
     *
     * @return immutable set
     */
    Set<NetworkGroup> groups();

    /**
     * Stores a pair policy, replacing one of the same pair.
     *
     * @param policy pair policy
     */
    void putPairPolicy(PairPolicy policy);

    /**
     * Removes a pair policy.
     *
     * @param key pair key
     * @return removed policy or null
     */
    PairPolicy removePairPolicy(String key);

    /**
     * Returns a pair policy.
     *
     * @param key pair key
     * @return policy or null
     */
    PairPolicy pairPolicy(String key);

    /**
     * Returns all pair policies.
     *
     * @return immutable set
     */
    Set<PairPolicy> pairPolicies();

    /**
     * Stores a new firewall rule.
     *
     * @param rule rule
     * @throws DaoliNetException CONFLICT if the key is taken
     */
    void createRule(FirewallRule rule);

    /**
     * Removes a firewall rule.
     *
     * @param key {@code tenant/name}
     * @return removed rule or null
     */
    FirewallRule removeRule(String key);

    /**
     * Returns a firewall rule.
     *
     * @param key {@code tenant/name}
     * @return rule or null
     */
    FirewallRule rule(String key);

    /**
     * Returns all firewall rules.
     *
     * @return immutable set
     */
    Set<FirewallRule> rules();
}
