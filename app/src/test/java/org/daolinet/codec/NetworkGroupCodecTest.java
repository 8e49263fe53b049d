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
package org.daolinet.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.NetworkService;
import org.daolinet.impl.RegistryFixture;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onosproject.codec.impl.MockCodecContext;

import java.util.List;
import java.util.Set;

import static org.daolinet.api.DaoliNetException.Reason.INVALID;
import static org.daolinet.api.DaoliNetException.Reason.NOT_FOUND;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.daolinet.codec.JsonText.json;
import static org.daolinet.codec.JsonText.with;
import static org.daolinet.codec.JsonText.without;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Specification of the JSON form of network groups: a tenant, a name and the names of member
 * networks of the tenant, which must exist.
 */
public class NetworkGroupCodecTest {

    private static final ObjectNode FRONT = json("{'tenant': 'acme', 'name': 'front', 'members': ['web', 'app']}");

    private RegistryFixture registry;
    private final MockCodecContext context = new MockCodecContext();
    private final NetworkGroupCodec codec = new NetworkGroupCodec();

    /** Creates networks acme/web, acme/app and default/web for the codec to find. */
    @Before
    public void setUp() {
        registry = new RegistryFixture();
        registry.addNetwork("acme", "web", "10.1.0.0/24");
        registry.addNetwork("acme", "app", "10.2.0.0/24");
        registry.addNetwork(null, "web", "10.1.0.0/24");
        context.registerService(NetworkService.class, registry.networks);
    }

    /** Stops the registry. */
    @After
    public void tearDown() {
        registry.tearDown();
    }

    private NetworkGroup decode(ObjectNode request) {
        return codec.decode(request, context);
    }

    /** A group is encoded with its tenant, name and members in name order. */
    @Test
    public void encodesEveryField() {
        assertThat(codec.encode(NetworkGroup.of("acme", "front", List.of("web", "app")), context),
                   is(json("{'tenant': 'acme', 'name': 'front', 'members': ['app', 'web']}")));
        assertThat(codec.encode(NetworkGroup.of(null, "empty", List.of()), context),
                   is(json("{'tenant': 'default', 'name': 'empty', 'members': []}")));
    }

    /** A request with every field is decoded into the group. */
    @Test
    public void decodesEveryField() {
        assertThat(decode(FRONT), is(NetworkGroup.of("acme", "front", Set.of("app", "web"))));
    }

    /** Without a tenant the group is the default tenant's; without members it is empty. */
    @Test
    public void decodesMinimalRequest() {
        assertThat(decode(json("{'name': 'g'}")), is(NetworkGroup.of("default", "g", Set.of())));
        assertThat(decode(json("{'name': 'g', 'tenant': null, 'members': null}")),
                   is(NetworkGroup.of("default", "g", Set.of())));
        assertThat(decode(json("{'name': 'g', 'members': ['web', 'web']}")),
                   is(NetworkGroup.of("default", "g", Set.of("web"))));
    }

    /** Decoding an encoded group gives it back. */
    @Test
    public void roundTrips() {
        NetworkGroup front = decode(FRONT);
        assertThat(decode(codec.encode(front, context)), is(front));
    }

    /** The name is required; tenant and name follow the name rule. */
    @Test
    public void badNamesAreRejected() {
        assertRejected(INVALID, "name", "name: is required", () -> decode(without(FRONT, "name")));
        assertRejected(INVALID, "name", "name: 'front end' is not a valid name (1-64 of A-Z a-z 0-9 _ . -)",
                       () -> decode(with(FRONT, "name", "front end")));
        assertRejected(INVALID, "tenant", () -> decode(with(FRONT, "tenant", "ac/me")));
        assertRejected(INVALID, "name", "name: must be a string, not 7", () -> decode(with(FRONT, "name", 7)));
    }

    /** Members are an array of network names, each rejected under "members". */
    @Test
    public void badMembersAreRejected() {
        assertRejected(INVALID, "members", "members: must be an array of strings, not \"web\"",
                       () -> decode(with(FRONT, "members", "web")));
        assertRejected(INVALID, "members", "members: must be an array of strings, but holds 7",
                       () -> decode(with(FRONT, "members", List.of("web", 7))));
        assertRejected(INVALID, "members", "members: 'we b' is not a valid name (1-64 of A-Z a-z 0-9 _ . -)",
                       () -> decode(with(FRONT, "members", List.of("we b"))));
    }

    /** A member that is no network of the group's tenant is NOT_FOUND. */
    @Test
    public void unknownMembersAreNotFound() {
        assertRejected(NOT_FOUND, "members", "members: network acme/db does not exist",
                       () -> decode(with(FRONT, "members", List.of("web", "db"))));
        // app exists in acme only
        assertRejected(NOT_FOUND, "members", "members: network default/app does not exist",
                       () -> decode(without(FRONT, "tenant")));
    }

    /** A missing body is rejected as such. */
    @Test
    public void missingBodyIsRejected() {
        assertRejected(INVALID, "body", () -> decode(null));
    }
}
