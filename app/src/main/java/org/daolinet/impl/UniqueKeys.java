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
import org.daolinet.api.DaoliNetException;
import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.Versioned;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Cluster-wide uniqueness claims on a consistent map: a claim maps a key such as
 * {@code mac:02:00:00:00:00:01} to the id of the entity holding it. Claims are taken with
 * {@code putIfAbsent}, so two ONOS nodes registering the same value at once cannot both win.
 */
final class UniqueKeys {

    private final ConsistentMap<String, String> claims;

    /**
     * Creates a claim registry on a map.
     *
     * @param claims consistent map of claims
     */
    UniqueKeys(ConsistentMap<String, String> claims) {
        this.claims = claims;
    }

    /**
     * Returns the key of a claim.
     *
     * @param field kind of value, also the field named in conflict messages
     * @param value value
     * @return claim key
     */
    static String key(String field, Object value) {
        return field + ':' + value;
    }

    /**
     * Takes the identity claim of a new entity. Unlike {@link #claimAll}, a claim already held by
     * the same owner also fails: it serializes concurrent creations of one id across the cluster.
     *
     * @param field field name for the conflict message
     * @param key   claim key
     * @param owner owner id
     * @throws DaoliNetException CONFLICT if the claim is held
     */
    void claimIdentity(String field, String key, String owner) {
        Versioned<String> prev = claims.putIfAbsent(key, owner);
        if (prev != null) {
            throw DaoliNetException.conflict(field, "%s is already registered", owner);
        }
    }

    /**
     * Takes every claim for an owner, or none: on the first claim held by someone else, releases
     * the claims taken here and throws.
     *
     * @param fieldsToKeys field name to claim key, in claim order
     * @param owner        owner id
     * @return the keys newly claimed here (claims the owner already held are left out)
     * @throws DaoliNetException CONFLICT naming the field of the claim held by another owner
     */
    List<String> claimAll(Map<String, String> fieldsToKeys, String owner) {
        List<String> taken = new ArrayList<>();
        for (Map.Entry<String, String> e : fieldsToKeys.entrySet()) {
            Versioned<String> prev = claims.putIfAbsent(e.getValue(), owner);
            if (prev == null) {
                taken.add(e.getValue());
            } else if (!prev.value().equals(owner)) {
                releaseAll(taken, owner);
                String value = e.getValue().substring(e.getValue().indexOf(':') + 1);
                throw DaoliNetException.conflict(e.getKey(), "%s is already used by %s", value, prev.value());
            }
        }
        return taken;
    }

    /**
     * Releases claims held by an owner; claims held by others are left alone.
     *
     * @param keys  claim keys
     * @param owner owner id
     */
    void releaseAll(Collection<String> keys, String owner) {
        for (String key : ImmutableList.copyOf(keys)) {
            claims.remove(key, owner);
        }
    }

    /**
     * Releases a claim held by an owner.
     *
     * @param key   claim key
     * @param owner owner id
     */
    void release(String key, String owner) {
        claims.remove(key, owner);
    }

    /**
     * Returns the owner of a claim.
     *
     * @param key claim key
     * @return owner id or null
     */
    String owner(String key) {
        return Versioned.valueOrNull(claims.get(key));
    }
}
