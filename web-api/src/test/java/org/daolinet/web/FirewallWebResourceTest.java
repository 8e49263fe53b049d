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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.AccessDecision;
import org.daolinet.api.NetworkGroup;
import org.junit.Test;

import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThat;

/**
 * REST tests of {@code /firewall} on the containers and networks of {@link RoutingResourceTest}.
 */
public class FirewallWebResourceTest extends PolicyResourceTest {

    private static final String FIREWALL = "firewall";
    private static final String RULES = "rules";

    /**
     * Returns the JSON of a rule of the default tenant with the given name, action and selectors.
     */
    private static ObjectNode rule(String name, String action, String src, String dst) {
        return MAPPER.createObjectNode().put("name", name).put("action", action).put("src", src).put("dst", dst);
    }

    /** A rule denying TCP 80 from container a to network web. */
    private static ObjectNode noHttp() {
        return rule("no-http", "deny", "container:a", "network:web").put("protocol", "tcp").put("port", "80");
    }

    private List<String> listed(String... query) {
        List<String> rules = new ArrayList<>();
        body(get(FIREWALL, query), 200).get(RULES)
                .forEach(r -> rules.add(r.get("tenant").asText() + "/" + r.get("name").asText() + "@"
                                                + r.get("priority").asInt()));
        return rules;
    }

    @Test
    public void createsGetsListsAndDeletes() {
        assertThat(listed().isEmpty(), is(true));

        Response created = post(FIREWALL, noHttp().put("priority", 300));
        JsonNode noHttp = body(created, 201);
        assertThat(noHttp.toString(), is("{\"tenant\":\"default\",\"name\":\"no-http\",\"priority\":300,"
                                                 + "\"action\":\"deny\",\"src\":\"container:a\","
                                                 + "\"dst\":\"network:web\",\"protocol\":\"tcp\",\"port\":\"80\"}"));
        assertThat(created.getLocation().toString(), endsWith("/firewall/default/no-http"));
        assertThat(body(client().target(created.getLocation()).request().get(), 200), is(noHttp));
        assertThat(body(get("firewall/no-http"), 200), is(noHttp));

        JsonNode defaults = body(post(FIREWALL, rule("all-db", "allow", "any", "network:db")), 201);
        assertThat(defaults.get("priority").asInt(), is(100));
        assertThat(defaults.get("protocol").asText(), is("any"));
        assertThat(defaults.has("port"), is(false));
        body(post(FIREWALL, rule("to-lan", "deny", "network:web", "cidr:192.168.0.0/16").put("tenant", "t2")
                .put("priority", 65535)), 201);
        body(post(FIREWALL, rule("web-range", "allow", "any", "any").put("protocol", "udp").put("port", "5000-5010")
                .put("priority", 300)), 201);

        // by tenant, in the order the rules are consulted: highest priority first, then by name
        assertThat(listed(), contains("default/no-http@300", "default/web-range@300", "default/all-db@100",
                                      "t2/to-lan@65535"));
        assertThat(listed("tenant", "t2"), contains("t2/to-lan@65535"));

        assertThat(body(delete("firewall/no-http"), 200), is(noHttp));
        assertThat(body(delete("firewall/t2/to-lan"), 200).get("dst").asText(), is("cidr:192.168.0.0/16"));
        assertThat(body(delete("firewall/default/all-db"), 200), is(defaults));
        assertThat(listed(), contains("default/web-range@300"));
        assertPolicyRejected(404, "name", () -> get("firewall/no-http"));
    }

    @Test
    public void rulesDecideAtOnce() {
        assertThat(routing.policy.decide(a, c, 6, 80), is(AccessDecision.ALLOW));
        body(post(FIREWALL, noHttp()), 201);
        assertThat(routing.policy.decide(a, c, 6, 80), is(AccessDecision.DENY_L4));
        assertThat(routing.policy.decide(a, c, 6, 81), is(AccessDecision.ALLOW_L4));
        body(delete("firewall/no-http"), 200);
        assertThat(routing.policy.decide(a, c, 6, 80), is(AccessDecision.ALLOW));
    }

    @Test
    public void rejectsDuplicateNames() {
        body(post(FIREWALL, noHttp()), 201);
        assertPolicyRejected(409, "name", () -> post(FIREWALL, noHttp()));
        assertPolicyRejected(409, "name", () -> post(FIREWALL, rule("no-http", "allow", "any", "any")));
        // the same name in another tenant is another rule
        body(post(FIREWALL, rule("no-http", "allow", "any", "any").put("tenant", "t2")), 201);
    }

    @Test
    public void rejectsUnknownReferences() {
        routing.policy.createGroup(null, "front", Set.of("web"));
        assertPolicyRejected(404, "src", () -> post(FIREWALL, rule("r", "allow", "container:nobody", "any")));
        assertPolicyRejected(404, "dst", () -> post(FIREWALL, rule("r", "allow", "any", "network:nope")));
        assertPolicyRejected(404, "dst", () -> post(FIREWALL, rule("r", "allow", "any", "group:back")));
        // names are looked up in the rule's tenant: t2 has container y but no network db or group front
        assertPolicyRejected(404, "src", () -> post(FIREWALL, rule("r", "allow", "container:y", "any")));
        assertPolicyRejected(404, "dst", () -> post(FIREWALL, rule("r", "allow", "any", "network:db")
                .put("tenant", "t2")));
        assertPolicyRejected(404, "src", () -> post(FIREWALL, rule("r", "allow", "group:front", "any")
                .put("tenant", "t2")));
        assertThat(routing.policy.firewallRules().isEmpty(), is(true));
        body(post(FIREWALL, rule("r", "allow", "group:front", "container:b")), 201);
        body(post(FIREWALL, rule("r", "allow", "container:y", "network:web").put("tenant", "t2")), 201);
        assertThat(routing.policy.group(null, "front"), is(NetworkGroup.of(null, "front", Set.of("web"))));
    }

    @Test
    public void rejectsBadSelectors() {
        for (String field : new String[]{"src", "dst"}) {
            for (String bad : new String[]{"web", "net:web", "network:", "network:we b", "cidr:10.1.0.0",
                    "cidr:10.1.0.1/24", "cidr:fd00::/64", "all"}) {
                assertPolicyRejected(400, field, () -> post(FIREWALL, with(noHttp(), field, bad)));
            }
            assertPolicyRejected(400, field, () -> post(FIREWALL, with(noHttp(), field, null)));
            assertPolicyRejected(400, field, () -> post(FIREWALL, with(noHttp(), field, IntNode.valueOf(1))));
        }
        assertThat(routing.policy.firewallRules().isEmpty(), is(true));
    }

    @Test
    public void rejectsBadProtocolsAndPorts() {
        assertPolicyRejected(400, "protocol", () -> post(FIREWALL, with(noHttp(), "protocol", "sctp")));
        assertPolicyRejected(400, "protocol", () -> post(FIREWALL, with(noHttp(), "protocol", IntNode.valueOf(6))));
        for (String bad : new String[]{"0", "65536", "10-5", "0-10", "http", "80-", "8o"}) {
            assertPolicyRejected(400, "port", () -> post(FIREWALL, with(noHttp(), "port", bad)));
        }
        assertPolicyRejected(400, "port", () -> post(FIREWALL, with(noHttp(), "port", IntNode.valueOf(0))));
        String icmp = assertPolicyRejected(400, "port", () -> post(FIREWALL, with(noHttp(), "protocol", "icmp")));
        assertThat(icmp, is("port: protocol icmp has no ports"));
        assertPolicyRejected(400, "port", () -> post(FIREWALL, with(noHttp(), "protocol", "any")));
        assertPolicyRejected(400, "port", () -> post(FIREWALL, with(noHttp(), "protocol", null)));
        assertThat(routing.policy.firewallRules().isEmpty(), is(true));
        assertThat(body(post(FIREWALL, with(noHttp(), "port", IntNode.valueOf(65535))), 201).get("port").asText(),
                   is("65535"));
    }

    @Test
    public void rejectsBadPrioritiesAndActions() {
        assertPolicyRejected(400, "priority", () -> post(FIREWALL, with(noHttp(), "priority", IntNode.valueOf(0))));
        assertPolicyRejected(400, "priority",
                             () -> post(FIREWALL, with(noHttp(), "priority", IntNode.valueOf(65536))));
        assertPolicyRejected(400, "priority", () -> post(FIREWALL, with(noHttp(), "priority", "high")));
        assertPolicyRejected(400, "priority", () -> post(FIREWALL, with(noHttp(), "priority", "100")));
        assertPolicyRejected(400, "action", () -> post(FIREWALL, with(noHttp(), "action", "reject")));
        assertPolicyRejected(400, "action", () -> post(FIREWALL, with(noHttp(), "action", null)));
        assertThat(routing.policy.firewallRules().isEmpty(), is(true));
    }

    @Test
    public void rejectsBadNamesAndBodies() {
        assertPolicyRejected(400, "name", () -> post(FIREWALL, with(noHttp(), "name", "no http")));
        assertPolicyRejected(400, "name", () -> post(FIREWALL, with(noHttp(), "name", null)));
        assertPolicyRejected(400, "tenant", () -> post(FIREWALL, with(noHttp(), "tenant", "t/2")));
        assertPolicyRejected(400, "body", () -> post(FIREWALL, "{\"name\": \"x\", \"name\": \"y\"}"));
        assertPolicyRejected(400, "tenant", () -> get(FIREWALL, "tenant", "t 2"));
        assertPolicyRejected(400, "name", () -> get("firewall/no%20http"));
        assertPolicyRejected(400, "tenant", () -> delete("firewall/t%202/no-http"));
        assertThat(routing.policy.firewallRules().isEmpty(), is(true));
    }

    @Test
    public void unknownRulesAreNotFound() {
        body(post(FIREWALL, noHttp()), 201);
        assertPolicyRejected(404, "name", () -> get("firewall/other"));
        assertPolicyRejected(404, "name", () -> get("firewall/t2/no-http"));
        assertPolicyRejected(404, "name", () -> delete("firewall/other"));
        assertPolicyRejected(404, "name", () -> delete("firewall/t2/no-http"));
    }
}
