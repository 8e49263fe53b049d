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

import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.MacAddress;
import org.onosproject.store.serializers.KryoNamespaces;
import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.Serializer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.daolinet.api.DaoliNetException.Reason.CONFLICT;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Specification of cluster-wide uniqueness claims.
 */
public class UniqueKeysTest {

    private ConsistentMap<String, String> map;
    private UniqueKeys claims;

    /** Sets up an empty claim registry. */
    @Before
    public void setUp() {
        map = new SharedTestStorageService().<String, String>consistentMapBuilder()
                .withName("claims").withSerializer(Serializer.using(KryoNamespaces.BASIC)).build();
        claims = new UniqueKeys(map);
    }

    private static Map<String, String> keys(String... fieldsAndKeys) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndKeys.length; i += 2) {
            keys.put(fieldsAndKeys[i], fieldsAndKeys[i + 1]);
        }
        return keys;
    }

    /** A claim key is the kind of value, a colon and the value. */
    @Test
    public void keyIsKindColonValue() {
        assertThat(UniqueKeys.key("mac", MacAddress.valueOf("02:00:00:00:00:01")), is("mac:02:00:00:00:00:01"));
        assertThat(UniqueKeys.key("name", "acme/web1"), is("name:acme/web1"));
    }

    /** An identity is claimed once; even its owner cannot claim it again. */
    @Test
    public void identityIsClaimedOnce() {
        claims.claimIdentity("id", "id:c1", "c1");
        assertThat(claims.owner("id:c1"), is("c1"));
        assertRejected(CONFLICT, "id", "id: c1 is already registered", () -> claims.claimIdentity("id", "id:c1", "c1"));
        assertThat(claims.owner("id:c1"), is("c1"));
    }

    /** Every claim is taken for the owner; the keys newly taken are returned in claim order. */
    @Test
    public void claimAllTakesEveryClaim() {
        List<String> taken = claims.claimAll(keys("name", "name:a/c1", "mac", "mac:m1"), "c1");
        assertThat(taken, contains("name:a/c1", "mac:m1"));
        assertThat(claims.owner("name:a/c1"), is("c1"));
        assertThat(claims.owner("mac:m1"), is("c1"));
    }

    /** Claims the owner already holds are no conflict and are not reported as newly taken. */
    @Test
    public void claimsHeldBySameOwnerAreKept() {
        claims.claimAll(keys("mac", "mac:m1"), "c1");
        List<String> taken = claims.claimAll(keys("mac", "mac:m1", "ip", "ip:a/10.1.0.2"), "c1");
        assertThat(taken, contains("ip:a/10.1.0.2"));
        assertThat(claims.claimAll(keys("mac", "mac:m1"), "c1"), is(empty()));
    }

    /**
     * A claim held by another owner fails the whole request naming its field; the claims taken by
     * the request are given back, those the owner held before are kept.
     */
    @Test
    public void conflictReleasesOnlyWhatTheRequestTook() {
        claims.claimAll(keys("mac", "mac:m1"), "c1");
        claims.claimAll(keys("name", "name:a/c2"), "c2");
        assertRejected(CONFLICT, "mac", "mac: m1 is already used by c1",
                       () -> claims.claimAll(keys("name", "name:a/c2", "ip", "ip:a/10.1.0.3", "mac", "mac:m1"), "c2"));
        assertThat(claims.owner("name:a/c2"), is("c2"));
        assertThat(claims.owner("ip:a/10.1.0.3"), nullValue());
        assertThat(claims.owner("mac:m1"), is("c1"));
        assertThat(map.size(), is(2));
    }

    /** Only the owner of a claim releases it. */
    @Test
    public void onlyTheOwnerReleases() {
        claims.claimAll(keys("mac", "mac:m1", "ip", "ip:a/10.1.0.2"), "c1");
        claims.release("mac:m1", "c2");
        claims.releaseAll(List.of("mac:m1", "ip:a/10.1.0.2"), "c2");
        assertThat(claims.owner("mac:m1"), is("c1"));
        claims.release("mac:m1", "c1");
        assertThat(claims.owner("mac:m1"), nullValue());
        claims.releaseAll(List.of("mac:m1", "ip:a/10.1.0.2"), "c1");
        assertThat(map.isEmpty(), is(true));
    }

    /** A released value can be claimed by someone else. */
    @Test
    public void releasedClaimIsFreeForOthers() {
        claims.claimAll(keys("mac", "mac:m1"), "c1");
        claims.release("mac:m1", "c1");
        assertThat(claims.claimAll(keys("mac", "mac:m1"), "c2"), contains("mac:m1"));
        assertThat(claims.owner("mac:m1"), is("c2"));
    }

    /** An unclaimed key has no owner. */
    @Test
    public void unclaimedKeyHasNoOwner() {
        assertThat(claims.owner("mac:m9"), nullValue());
    }
}
