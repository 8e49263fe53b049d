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
package org.daolinet.web;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.daolinet.api.PolicyAdminService;
import org.daolinet.api.PolicyService;
import org.daolinet.api.PortMappingAdminService;
import org.daolinet.api.PortMappingService;
import org.junit.Before;

import javax.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;

/**
 * Base of the tests of the access policy and port mapping resources: the real policy and port
 * mapping managers of the routing fixture behind the resources, on the registry and routes of
 * {@link RoutingResourceTest}.
 */
public abstract class PolicyResourceTest extends RoutingResourceTest {

    @Before
    public void setUpPolicy() {
        services.add(PolicyService.class, routing.policy)
                .add(PolicyAdminService.class, routing.policy)
                .add(PortMappingService.class, routing.mappings)
                .add(PortMappingAdminService.class, routing.mappings);
    }

    /**
     * Returns everything a policy or mapping request could change: groups, pair policies,
     * firewall rules, port mappings and the installed routes.
     *
     * @return state
     */
    protected Map<String, Object> policyState() {
        return ImmutableMap.of("groups", ImmutableSet.copyOf(routing.policy.groups()),
                               "pairs", ImmutableSet.copyOf(routing.policy.pairPolicies()),
                               "rules", ImmutableSet.copyOf(routing.policy.firewallRules()),
                               "mappings", ImmutableSet.copyOf(routing.mappings.mappings()),
                               "routes", ImmutableSet.copyOf(routing.routing.routes()));
    }

    /**
     * Sends a request that must be rejected and checks that neither the registry nor the policy,
     * the mappings or the routes changed.
     *
     * @param status  expected status
     * @param field   field the message must start with
     * @param request the request
     * @return the message
     */
    protected String assertPolicyRejected(int status, String field, Supplier<Response> request) {
        Map<String, Object> before = policyState();
        String message = assertRejected(status, field, request);
        assertEquals(message, before, policyState());
        return message;
    }
}
