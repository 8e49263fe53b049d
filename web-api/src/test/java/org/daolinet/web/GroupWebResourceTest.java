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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.Selector;
import org.junit.Test;

import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertThat;

/**
 * REST tests of {@code /groups} on the networks of {@link RoutingResourceTest}: default/web,
 * default/db and t2/web.
 */
public class GroupWebResourceTest extends PolicyResourceTest {

    private static final String GROUPS = "groups";

    private static ObjectNode group(String name, String... members) {
        ObjectNode json = MAPPER.createObjectNode().put("name", name);
        ArrayNode array = json.putArray("members");
        for (String member : members) {
            array.add(member);
        }
        return json;
    }

    private static String member(String network) {
        return MAPPER.createObjectNode().put("network", network).toString();
    }

    private List<String> listed(String... query) {
        List<String> keys = new ArrayList<>();
        body(get(GROUPS, query), 200).get(GROUPS)
                .forEach(g -> keys.add(g.get("tenant").asText() + "/" + g.get("name").asText() + g.get("members")));
        return keys;
    }

    @Test
    public void createsGetsListsAndDeletes() {
        assertThat(listed().isEmpty(), is(true));

        Response created = post(GROUPS, group("front", "web", "db"));
        JsonNode front = body(created, 201);
        assertThat(front.toString(), is("{\"tenant\":\"default\",\"name\":\"front\",\"members\":[\"db\",\"web\"]}"));
        assertThat(created.getLocation().toString(), endsWith("/groups/default/front"));
        assertThat(body(client().target(created.getLocation()).request().get(), 200), is(front));
        assertThat(body(get("groups/front"), 200), is(front));
        assertThat(routing.policy.group(null, "front"), is(NetworkGroup.of(null, "front", Set.of("web", "db"))));

        JsonNode t2 = body(post(GROUPS, group("front", "web").put("tenant", "t2")), 201);
        JsonNode empty = body(post(GROUPS, group("empty")), 201);
        assertThat(empty.get("members").size(), is(0));
        assertThat(listed(), contains("default/empty[]", "default/front[\"db\",\"web\"]", "t2/front[\"web\"]"));
        assertThat(listed("tenant", "t2"), contains("t2/front[\"web\"]"));
        assertThat(listed("tenant", "nobody").isEmpty(), is(true));

        assertThat(body(delete("groups/t2/front"), 200), is(t2));
        assertThat(body(delete("groups/front"), 200), is(front));
        assertThat(body(delete("groups/default/empty"), 200), is(empty));
        assertThat(routing.policy.groups().isEmpty(), is(true));
        assertPolicyRejected(404, "group", () -> get("groups/front"));
    }

    @Test
    public void groupsLetTheirNetworksTalk() {
        assertThat(routing.policy.decide(a, d, 1, 0).allowed(), is(false));
        body(post(GROUPS, group("front", "web", "db")), 201);
        assertThat(routing.policy.decide(a, d, 1, 0).allowed(), is(true));
        body(delete("groups/default/front/members/db"), 200);
        assertThat(routing.policy.decide(a, d, 1, 0).allowed(), is(false));
    }

    @Test
    public void addsAndRemovesMembers() {
        body(post(GROUPS, group("front")), 201);
        JsonNode withWeb = body(post("groups/default/front/members", member("web")), 200);
        assertThat(withWeb.get("members").toString(), is("[\"web\"]"));
        JsonNode both = body(post("groups/default/front/members", member("db")), 200);
        assertThat(both.get("members").toString(), is("[\"db\",\"web\"]"));
        assertThat(body(get("groups/front"), 200), is(both));
        assertThat(routing.policy.group(null, "front").members(), is(Set.of("web", "db")));

        body(post(GROUPS, group("g").put("tenant", "t2")), 201);
        assertThat(body(post("groups/t2/g/members", member("web")), 200).get("members").toString(),
                   is("[\"web\"]"));

        assertThat(body(delete("groups/default/front/members/web"), 200).get("members").toString(), is("[\"db\"]"));
        assertThat(body(delete("groups/default/front/members/db"), 200).get("members").size(), is(0));
        assertThat(body(delete("groups/t2/g/members/web"), 200).get("members").size(), is(0));
        assertThat(routing.policy.group(null, "front").members().isEmpty(), is(true));
    }

    /**
     * Member paths always name the tenant, so that {@code /groups/X/members} can only be the
     * group "members" of tenant X.
     */
    @Test
    public void memberPathsNameTheTenant() {
        JsonNode members = body(post(GROUPS, group("members", "web").put("tenant", "t2")), 201);
        assertThat(body(get("groups/t2/members"), 200), is(members));
        assertThat(body(delete("groups/t2/members/members/web"), 200).get("members").size(), is(0));
        assertThat(body(post("groups/t2/members/members", member("web")), 200).get("members").size(), is(1));
        body(post(GROUPS, group("front")), 201);
        assertThat(post("groups/front/members", member("web")).getStatus(), is(405));
        assertThat(body(delete("groups/t2/members"), 200).get("name").asText(), is("members"));
        assertThat(routing.policy.group(null, "front").members().isEmpty(), is(true));
    }

    @Test
    public void rejectsUnknownMemberNetworks() {
        String message = assertPolicyRejected(404, "members", () -> post(GROUPS, group("front", "web", "nope")));
        assertThat(message, is("members: network default/nope does not exist"));
        // members are networks of the group's tenant: t2 has no db
        assertPolicyRejected(404, "members", () -> post(GROUPS, group("front", "web", "db").put("tenant", "t2")));
        assertThat(routing.policy.groups().isEmpty(), is(true));
    }

    @Test
    public void rejectsDuplicateNames() {
        body(post(GROUPS, group("front", "web")), 201);
        assertPolicyRejected(409, "name", () -> post(GROUPS, group("front", "web")));
        assertPolicyRejected(409, "name", () -> post(GROUPS, group("front", "db").put("tenant", "default")));
        // the same name in another tenant is another group
        body(post(GROUPS, group("front").put("tenant", "t2")), 201);
    }

    @Test
    public void rejectsInvalidAndMissingFields() {
        assertPolicyRejected(400, "name", () -> post(GROUPS, group("fr ont")));
        assertPolicyRejected(400, "name", () -> post(GROUPS, with(group("front"), "name", null)));
        assertPolicyRejected(400, "name", () -> post(GROUPS, with(group("front"), "name", IntNode.valueOf(1))));
        assertPolicyRejected(400, "tenant", () -> post(GROUPS, group("front").put("tenant", "t 2")));
        assertPolicyRejected(400, "members", () -> post(GROUPS, group("front", "we b")));
        assertPolicyRejected(400, "members", () -> post(GROUPS, with(group("front"), "members", "web")));
        assertPolicyRejected(400, "body", () -> post(GROUPS, "{\"name\": \"front\""));
        assertPolicyRejected(400, "body", () -> post(GROUPS, "[]"));
        assertPolicyRejected(400, "tenant", () -> get(GROUPS, "tenant", "t 2"));
        assertThat(routing.policy.groups().isEmpty(), is(true));
    }

    @Test
    public void unknownGroupsAreNotFound() {
        body(post(GROUPS, group("front", "web")), 201);
        assertPolicyRejected(404, "group", () -> get("groups/back"));
        assertPolicyRejected(404, "group", () -> get("groups/t2/front"));
        assertPolicyRejected(404, "group", () -> delete("groups/back"));
        assertPolicyRejected(404, "group", () -> delete("groups/t2/front"));
        assertPolicyRejected(404, "group", () -> post("groups/default/back/members", member("db")));
        assertPolicyRejected(404, "group", () -> post("groups/t2/front/members", member("web")));
        assertPolicyRejected(404, "group", () -> delete("groups/default/back/members/web"));
        assertPolicyRejected(400, "group", () -> get("groups/fr%20ont"));
        assertPolicyRejected(400, "tenant", () -> get("groups/t%202/front"));
        assertPolicyRejected(400, "group", () -> delete("groups/default/fr%20ont"));
    }

    @Test
    public void rejectsBadMemberChanges() {
        body(post(GROUPS, group("front", "web")), 201);
        String twice = assertPolicyRejected(409, "network", () -> post("groups/default/front/members", member("web")));
        assertThat(twice, endsWith("is already a member of group default/front"));
        assertPolicyRejected(404, "network", () -> post("groups/default/front/members", member("nope")));
        assertPolicyRejected(400, "network", () -> post("groups/default/front/members", member("we b")));
        assertPolicyRejected(400, "network", () -> post("groups/default/front/members", "{}"));
        assertPolicyRejected(400, "network", () -> post("groups/default/front/members", "{\"network\": 7}"));
        assertPolicyRejected(400, "body", () -> post("groups/default/front/members", "\"web\""));
        String nonMember = assertPolicyRejected(404, "network", () -> delete("groups/default/front/members/db"));
        assertThat(nonMember, endsWith("is no member of group default/front"));
        assertPolicyRejected(400, "network", () -> delete("groups/default/front/members/we%20b"));
        assertThat(routing.policy.group(null, "front").members(), is(Set.of("web")));
    }

    @Test
    public void keepsGroupsThatFirewallRulesSelect() {
        body(post(GROUPS, group("front", "web")), 201);
        routing.policy.addFirewallRule(FirewallRule.builder().name("from-front").action(FirewallRule.Action.ALLOW)
                                               .src(Selector.parse("src", "group:front")).dst(Selector.ANY).build());
        String message = assertPolicyRejected(409, "group", () -> delete("groups/front"));
        assertThat(message, is("group: group default/front is used by firewall rule from-front"));
        routing.policy.removeFirewallRule(null, "from-front");
        body(delete("groups/front"), 200);
        assertThat(routing.policy.group(null, "front"), nullValue());
    }
}
