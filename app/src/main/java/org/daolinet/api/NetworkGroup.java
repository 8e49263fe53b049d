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

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * A named set of networks of one tenant whose containers may talk to each other. A network may
 * belong to several groups. Members are network names of the group's tenant. Immutable.
 */
public final class NetworkGroup {

    private final String tenant;
    private final String name;
    private final Set<String> members;

    private NetworkGroup(String tenant, String name, Collection<String> members) {
        this.tenant = tenant;
        this.name = name;
        this.members = ImmutableSortedSet.copyOf(members);
    }

    /**
     * Creates a group.
     *
     * @param tenant  tenant, or null for the default tenant
     * @param name    group name
     * @param members member network names
     * @return group
     * @throws DaoliNetException INVALID naming the field
     */
    public static NetworkGroup of(String tenant, String name, Collection<String> members) {
        String t = tenant == null || tenant.isEmpty() ? NetworkKey.DEFAULT_TENANT : tenant;
        Validation.name("tenant", t);
        Validation.name("name", name);
        members.forEach(m -> Validation.name("network", m));
        return new NetworkGroup(t, name, members);
    }

    /**
     * Returns the tenant.
     *
     * @return tenant
     */
    public String tenant() {
        return tenant;
    }

    /**
     * Returns the name, unique within the tenant.
     *
     * @return name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the key {@code tenant/name}.
     *
     * @return key
     */
    public String key() {
        return tenant + '/' + name;
    }

    /**
     * Returns the member network names.
     *
     * @return sorted immutable set
     */
    public Set<String> members() {
        return members;
    }

    /**
     * Returns the member networks' keys.
     *
     * @return keys
     */
    public Set<NetworkKey> memberKeys() {
        ImmutableSet.Builder<NetworkKey> keys = ImmutableSet.builder();
        for (String m : members) {
            keys.add(NetworkKey.of(tenant, m));
        }
        return keys.build();
    }

    /**
     * Returns a copy with one more member.
     *
     * @param network network name
     * @return group
     */
    public NetworkGroup withMember(String network) {
        Validation.name("network", network);
        return new NetworkGroup(tenant, name, ImmutableSortedSet.<String>naturalOrder().addAll(members)
                .add(network).build());
    }

    /**
     * Returns a copy without a member.
     *
     * @param network network name
     * @return group
     */
    public NetworkGroup withoutMember(String network) {
        return new NetworkGroup(tenant, name, members.stream().filter(m -> !m.equals(network))
                .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo)));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NetworkGroup)) {
            return false;
        }
        NetworkGroup that = (NetworkGroup) o;
        return tenant.equals(that.tenant) && name.equals(that.name) && members.equals(that.members);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, name, members);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("key", key()).add("members", members).toString();
    }
}
