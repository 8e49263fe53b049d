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

import java.util.Set;

/**
 * Changes the access policy. Every change takes effect at once, also for connections that are
 * running: routes it no longer allows are removed on every server.
 */
public interface PolicyAdminService extends PolicyService {

    /**
     * Creates a group.
     *
     * @param tenant  tenant (null for the default tenant)
     * @param name    name
     * @param members initial member network names (each must exist)
     * @return the group
     * @throws DaoliNetException CONFLICT if the name is taken, NOT_FOUND if a member network is unknown
     */
    NetworkGroup createGroup(String tenant, String name, Set<String> members);

    /**
     * Deletes a group.
     *
     * @param tenant tenant
     * @param name   name
     * @return the deleted group
     * @throws DaoliNetException NOT_FOUND if unknown, CONFLICT if a firewall rule selects it
     */
    NetworkGroup removeGroup(String tenant, String name);

    /**
     * Adds a network to a group.
     *
     * @param tenant  tenant
     * @param group   group name
     * @param network network name
     * @return the group after the change
     * @throws DaoliNetException NOT_FOUND if the group or network is unknown, CONFLICT if already a member
     */
    NetworkGroup addMember(String tenant, String group, String network);

    /**
     * Removes a network from a group.
     *
     * @param tenant  tenant
     * @param group   group name
     * @param network network name
     * @return the group after the change
     * @throws DaoliNetException NOT_FOUND if the group is unknown or the network no member
     */
    NetworkGroup removeMember(String tenant, String group, String network);

    /**
     * Sets the pair policy of two containers.
     *
     * @param a      id of one container
     * @param b      id of the other
     * @param action connect or disconnect
     * @return the pair policy
     * @throws DaoliNetException NOT_FOUND if a container is unknown, INVALID if they are the same
     */
    PairPolicy setPairPolicy(String a, String b, PairPolicy.Action action);

    /**
     * Clears the pair policy of two containers.
     *
     * @param a id of one container
     * @param b id of the other
     * @return the cleared policy
     * @throws DaoliNetException NOT_FOUND if the pair has no policy
     */
    PairPolicy clearPairPolicy(String a, String b);

    /**
     * Adds a firewall rule.
     *
     * @param rule rule
     * @return the rule
     * @throws DaoliNetException CONFLICT if the name is taken in the tenant, NOT_FOUND if a selector
     *                           names an unknown container, network or group
     */
    FirewallRule addFirewallRule(FirewallRule rule);

    /**
     * Removes a firewall rule.
     *
     * @param tenant tenant
     * @param name   name
     * @return the removed rule
     * @throws DaoliNetException NOT_FOUND if unknown
     */
    FirewallRule removeFirewallRule(String tenant, String name);
}
