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

import org.onosproject.event.ListenerService;

import java.util.Set;

/**
 * Reads the access policy (groups, pair policies, firewall rules) and decides with it. Precedence,
 * first match wins: a pair policy; the firewall rules of the source's tenant by descending priority;
 * same network; a shared group; otherwise denied. Egress is allowed unless a firewall rule denies it;
 * traffic to a published port is allowed unless a firewall rule denies it.
 */
public interface PolicyService extends AccessPolicy, ListenerService<PolicyEvent, PolicyListener> {

    /**
     * Returns all groups.
     *
     * @return immutable set
     */
    Set<NetworkGroup> groups();

    /**
     * Returns a group.
     *
     * @param tenant tenant
     * @param name   name
     * @return group or null
     */
    NetworkGroup group(String tenant, String name);

    /**
     * Returns the groups a network belongs to.
     *
     * @param network network key
     * @return immutable set
     */
    Set<NetworkGroup> groupsOf(NetworkKey network);

    /**
     * Returns all pair policies.
     *
     * @return immutable set
     */
    Set<PairPolicy> pairPolicies();

    /**
     * Returns the pair policy of two containers.
     *
     * @param a id of one container
     * @param b id of the other
     * @return pair policy or null
     */
    PairPolicy pairPolicy(String a, String b);

    /**
     * Returns all firewall rules.
     *
     * @return immutable set
     */
    Set<FirewallRule> firewallRules();

    /**
     * Returns a firewall rule.
     *
     * @param tenant tenant
     * @param name   name
     * @return rule or null
     */
    FirewallRule firewallRule(String tenant, String name);
}
