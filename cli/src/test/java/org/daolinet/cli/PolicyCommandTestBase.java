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
package org.daolinet.cli;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.api.PolicyAdminService;
import org.daolinet.api.PolicyService;
import org.daolinet.api.PortMappingAdminService;
import org.daolinet.api.PortMappingService;
import org.daolinet.impl.RegistryFixture;
import org.daolinet.impl.RoutingFixture;
import org.junit.After;
import org.junit.Before;
import org.onosproject.event.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Base of the tests of the access policy and port mapping commands: the real policy and port
 * mapping managers of the routing fixture, over the registry.
 * <pre>
 *   s1: a 10.1.0.2 default/web, b 10.1.0.3 default/web, d 10.2.0.2 default/db
 *   s2: c 10.1.0.4 default/web, a (id id-t2-a) 10.1.0.2 t2/web, y 10.1.0.3 t2/web
 * </pre>
 */
public abstract class PolicyCommandTestBase extends CommandTestBase {

    protected RoutingFixture routing;
    protected Network web;
    protected Network db;
    protected Container a;
    protected Container b;
    protected Container c;
    protected Container d;
    protected Container t2a;
    protected Container y;
    private final List<Event<?, ?>> policyEvents = new ArrayList<>();

    @Before
    public void setUpPolicy() {
        routing = new RoutingFixture(f, null);
        routing.flows.autoComplete(true);
        directory.add(PolicyService.class, routing.policy)
                .add(PolicyAdminService.class, routing.policy)
                .add(PortMappingService.class, routing.mappings)
                .add(PortMappingAdminService.class, routing.mappings);
        f.addServer(1);
        f.addServer(2);
        web = f.addNetwork(null, "web", "10.1.0.0/24");
        db = f.addNetwork(null, "db", "10.2.0.0/24");
        Network t2web = f.addNetwork("t2", "web", "10.1.0.0/24");
        a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        b = f.addContainer("b", web.key(), "10.1.0.3", 1, 6);
        c = f.addContainer("c", web.key(), "10.1.0.4", 2, 5);
        d = f.addContainer("d", db.key(), "10.2.0.2", 1, 7);
        f.devices.addPort(device(2), 8, "veth-t2-a");
        t2a = f.containers.addContainer(RegistryFixture.containerBuilder("a", t2web.key(), "10.1.0.2", 2)
                                                .id("id-t2-a").portName("veth-t2-a").build());
        y = f.addContainer("y", t2web.key(), "10.1.0.3", 2, 9);
        routing.policy.addListener(policyEvents::add);
        routing.mappings.addListener(policyEvents::add);
    }

    @After
    public void tearDownPolicy() {
        routing.stopRouting();
    }

    /**
     * Runs a command that must be rejected: besides what {@link #assertRejected} checks, the
     * policy and the port mappings are unchanged and no policy or mapping event was posted.
     *
     * @param command command
     * @param field   field the error must name
     * @return the error line
     */
    protected String assertPolicyRejected(DaoliNetCommand command, String field) {
        Map<String, Object> before = policyState();
        policyEvents.clear();
        String error = assertRejected(command, field);
        assertEquals("policy unchanged after: " + error, before, policyState());
        assertThat("no policy events after: " + error, policyEvents, is(empty()));
        return error;
    }

    private Map<String, Object> policyState() {
        return ImmutableMap.of("groups", ImmutableSet.copyOf(routing.policy.groups()),
                               "pairs", ImmutableSet.copyOf(routing.policy.pairPolicies()),
                               "rules", ImmutableSet.copyOf(routing.policy.firewallRules()),
                               "mappings", ImmutableSet.copyOf(routing.mappings.mappings()));
    }
}
