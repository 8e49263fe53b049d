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

import org.daolinet.api.ContainerService;
import org.daolinet.api.Network;
import org.daolinet.api.PairPolicy;
import org.daolinet.impl.RegistryFixture;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onosproject.codec.impl.MockCodecContext;

import static org.daolinet.codec.JsonText.json;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Specification of the JSON of pair policies: the two container ids in the pair's order, their
 * names while both are registered, and the action in lower case.
 */
public class PairPolicyCodecTest {

    private RegistryFixture registry;
    private final MockCodecContext context = new MockCodecContext();
    private final PairPolicyCodec codec = new PairPolicyCodec();

    /** Registers containers a (id-a) and b (id-b). */
    @Before
    public void setUp() {
        registry = new RegistryFixture();
        registry.addServer(1);
        Network web = registry.addNetwork(null, "web", "10.1.0.0/24");
        registry.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        registry.addContainer("b", web.key(), "10.1.0.3", 1, 6);
        context.registerService(ContainerService.class, registry.containers);
    }

    /** Stops the registry. */
    @After
    public void tearDown() {
        registry.tearDown();
    }

    /** A policy is encoded with ids and names in the pair's order, whatever order it was set in. */
    @Test
    public void encodesIdsNamesAndAction() {
        assertThat(codec.encode(PairPolicy.of("id-b", "id-a", PairPolicy.Action.CONNECT), context),
                   is(json("{'containers': ['id-a', 'id-b'], 'names': ['a', 'b'], 'action': 'connect'}")));
        assertThat(codec.encode(PairPolicy.of("id-a", "id-b", PairPolicy.Action.DISCONNECT), context),
                   is(json("{'containers': ['id-a', 'id-b'], 'names': ['a', 'b'], 'action': 'disconnect'}")));
    }

    /** Without both containers registered there are no names. */
    @Test
    public void leavesNamesOutWhenAContainerIsGone() {
        registry.containers.removeContainer("id-b");
        assertThat(codec.encode(PairPolicy.of("id-a", "id-b", PairPolicy.Action.CONNECT), context),
                   is(json("{'containers': ['id-a', 'id-b'], 'action': 'connect'}")));
    }
}
