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

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.PolicyAdminService;
import org.daolinet.api.Validation;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Firewall rules: L3/L4 access rules on container traffic, consulted by descending priority where
 * no pair policy decides. A rule is named within its tenant; a bare name means the default tenant.
 */
@Path("firewall")
public class FirewallWebResource extends DaoliNetWebResource {

    private static final String FIREWALL = "firewall";
    private static final String RULES = "rules";
    private static final String NAME = "name";

    /** Order in which the rules of a tenant are consulted: descending priority, then by name. */
    static final Comparator<FirewallRule> CONSULTING_ORDER = Comparator.comparing(FirewallRule::tenant)
            .thenComparing(FirewallRule::priority, Comparator.reverseOrder())
            .thenComparing(FirewallRule::name);

    private final PolicyAdminService policy = get(PolicyAdminService.class);

    /**
     * Returns the firewall rules, by tenant in the order they are consulted.
     *
     * @param tenant only the rules of this tenant (optional)
     * @return 200 OK with {"rules": [rule, ...]}, 400 BAD_REQUEST if the tenant is not a valid name
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response getRules(@QueryParam("tenant") String tenant) {
        String onlyTenant = tenant(tenant);
        return ok(encodeArray(FirewallRule.class, RULES, policy.firewallRules().stream()
                .filter(r -> onlyTenant == null || r.tenant().equals(onlyTenant))
                .sorted(CONSULTING_ORDER)
                .collect(Collectors.toList()))).build();
    }

    /**
     * Returns a firewall rule of a tenant.
     *
     * @param tenant tenant
     * @param name   rule name
     * @return 200 OK with the rule, 400 BAD_REQUEST if a name is invalid, 404 NOT_FOUND if the
     * rule does not exist
     */
    @GET
    @Path("{tenant}/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getRule(@PathParam("tenant") String tenant, @PathParam("name") String name) {
        return ok(encode(find(tenant(tenant), name))).build();
    }

    /**
     * Returns a firewall rule of the default tenant.
     *
     * @param name rule name
     * @return 200 OK with the rule, 400 BAD_REQUEST if the name is invalid, 404 NOT_FOUND if the
     * rule does not exist
     */
    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response getDefaultTenantRule(@PathParam("name") String name) {
        return ok(encode(find(null, name))).build();
    }

    /**
     * Adds a firewall rule. Routes it denies are removed at once, on every server.
     *
     * @param input rule JSON: name, action, src, dst; tenant, priority (1-65535, default 100),
     *              protocol and port may be left out
     * @return 201 CREATED with the rule and its location, 400 BAD_REQUEST if a field is missing or
     * invalid (also a port with protocol icmp or any), 404 NOT_FOUND if a selector names an
     * unknown container, network or group of the tenant, 409 CONFLICT if the tenant has a rule of
     * that name
     * @onos.rsModel FirewallRule
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createRule(InputStream input) {
        FirewallRule rule = codec(FirewallRule.class).decode(readObject(input), this);
        FirewallRule added = policy.addFirewallRule(rule);
        return createdOrExisting(true, encode(added), FIREWALL, added.tenant(), added.name());
    }

    /**
     * Removes a firewall rule of a tenant. Routes that only it allowed are removed at once.
     *
     * @param tenant tenant
     * @param name   rule name
     * @return 200 OK with the removed rule, 400 BAD_REQUEST if a name is invalid, 404 NOT_FOUND if
     * the rule does not exist
     */
    @DELETE
    @Path("{tenant}/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteRule(@PathParam("tenant") String tenant, @PathParam("name") String name) {
        return ok(encode(policy.removeFirewallRule(tenant(tenant), Validation.name(NAME, name)))).build();
    }

    /**
     * Removes a firewall rule of the default tenant. Routes that only it allowed are removed at
     * once.
     *
     * @param name rule name
     * @return 200 OK with the removed rule, 400 BAD_REQUEST if the name is invalid, 404 NOT_FOUND
     * if the rule does not exist
     */
    @DELETE
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response deleteDefaultTenantRule(@PathParam("name") String name) {
        return ok(encode(policy.removeFirewallRule(null, Validation.name(NAME, name)))).build();
    }

    private FirewallRule find(String tenant, String name) {
        FirewallRule rule = policy.firewallRule(tenant, Validation.name(NAME, name));
        if (rule == null) {
            throw DaoliNetException.notFound(NAME, "firewall rule %s/%s does not exist",
                                             tenant == null ? NetworkKey.DEFAULT_TENANT : tenant, name);
        }
        return rule;
    }

    private ObjectNode encode(FirewallRule rule) {
        return codec(FirewallRule.class).encode(rule, this);
    }
}
