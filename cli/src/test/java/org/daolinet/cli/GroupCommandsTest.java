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

import com.fasterxml.jackson.databind.JsonNode;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.Selector;
import org.junit.Test;

import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Tests of daolinet-groups, daolinet-group-create, -delete, -add, -remove and -show.
 */
public class GroupCommandsTest extends PolicyCommandTestBase {

    private static GroupCreateCommand create(String tenant, String name, String... networks) {
        GroupCreateCommand command = new GroupCreateCommand();
        command.tenant = tenant;
        command.name = name;
        command.networks = networks.length == 0 ? null : List.of(networks);
        return command;
    }

    private static GroupDeleteCommand delete(String tenant, String group) {
        GroupDeleteCommand command = new GroupDeleteCommand();
        command.tenant = tenant;
        command.group = group;
        return command;
    }

    private static GroupAddCommand add(String tenant, String group, String network) {
        GroupAddCommand command = new GroupAddCommand();
        command.tenant = tenant;
        command.group = group;
        command.network = network;
        return command;
    }

    private static GroupRemoveCommand remove(String tenant, String group, String network) {
        GroupRemoveCommand command = new GroupRemoveCommand();
        command.tenant = tenant;
        command.group = group;
        command.network = network;
        return command;
    }

    private static GroupShowCommand show(String tenant, String group) {
        GroupShowCommand command = new GroupShowCommand();
        command.tenant = tenant;
        command.group = group;
        return command;
    }

    private static GroupsListCommand list(String tenant) {
        GroupsListCommand command = new GroupsListCommand();
        command.tenant = tenant;
        return command;
    }

    @Test
    public void createsListsShowsAndDeletes() {
        assertEquals(List.of("Created group default/front: members=db,web"), ok(create(null, "front", "web", "db"))
                .lines());
        assertThat(routing.policy.group(null, "front"), is(NetworkGroup.of(null, "front", Set.of("web", "db"))));
        assertEquals(List.of("Created group t2/front: members=web"), ok(create("t2", "front", "t2/web")).lines());
        assertEquals(List.of("Created group default/empty: members=-"), ok(create(null, "empty")).lines());

        List<String> lines = ok(list(null)).lines();
        assertEquals(List.of("GROUP", "MEMBERS"), cells(lines.get(0)));
        assertEquals(List.of("default/empty", "-"), cells(lines.get(1)));
        assertEquals(List.of("default/front", "db,web"), cells(lines.get(2)));
        assertEquals(List.of("t2/front", "web"), cells(lines.get(3)));
        assertEquals(2, ok(list("t2")).lines().size());

        Output shown = ok(show(null, "front"));
        assertEquals("group default/front: members=db,web", shown.lines().get(0));
        assertEquals(List.of("NETWORK", "CIDR", "CONTAINERS"), cells(shown.lines().get(1)));
        assertEquals(List.of("default/db", "10.2.0.0/24", "1"), row(shown, "default/db"));
        assertEquals(List.of("default/web", "10.1.0.0/24", "3"), row(shown, "default/web"));
        assertEquals(List.of("group default/empty: members=-"), ok(show("default", "empty")).lines());

        assertEquals(List.of("Deleted group t2/front: members=web"), ok(delete("t2", "front")).lines());
        ok(delete(null, "front"));
        assertThat(routing.policy.group(null, "front"), nullValue());
        assertEquals(2, ok(list(null)).lines().size());
    }

    @Test
    public void printsJsonThroughTheCodec() {
        JsonNode created = runJson(create(null, "front", "web")).json();
        assertEquals("{\"tenant\":\"default\",\"name\":\"front\",\"members\":[\"web\"]}", created.toString());
        assertEquals(created, runJson(show(null, "front")).json());
        JsonNode added = runJson(add(null, "front", "db")).json();
        assertEquals("[\"db\",\"web\"]", added.get("members").toString());
        JsonNode list = runJson(list(null)).json();
        assertEquals(1, list.size());
        assertEquals(added, list.get(0));
        assertEquals("[\"web\"]", runJson(remove(null, "front", "db")).json().get("members").toString());
        assertEquals("front", runJson(delete(null, "front")).json().get("name").asText());
    }

    @Test
    public void addsAndRemovesMembersWhichTakesEffectAtOnce() {
        ok(create(null, "front", "web"));
        assertThat(routing.policy.decide(a, d, 1, 0).allowed(), is(false));
        assertEquals(List.of("Added network db to group default/front: members=db,web"),
                     ok(add(null, "front", "default/db")).lines());
        assertThat(routing.policy.decide(a, d, 1, 0).allowed(), is(true));
        assertEquals(List.of("Removed network db from group default/front: members=web"),
                     ok(remove(null, "front", "db")).lines());
        assertThat(routing.policy.decide(a, d, 1, 0).allowed(), is(false));
        ok(create("t2", "g"));
        ok(add("t2", "g", "web"));
        assertThat(routing.policy.group("t2", "g").members(), is(Set.of("web")));
    }

    @Test
    public void rejectsUnknownNetworks() {
        assertThat(assertPolicyRejected(create(null, "front", "web", "nope"), "network"),
                   is("Error: network: network default/nope does not exist"));
        assertPolicyRejected(create("t2", "front", "db"), "network");
        ok(create(null, "front"));
        assertPolicyRejected(add(null, "front", "nope"), "network");
        assertPolicyRejected(add("t2", "front", "web"), "group");
    }

    @Test
    public void rejectsNetworksOfAnotherTenant() {
        ok(create(null, "front"));
        String error = assertPolicyRejected(add(null, "front", "t2/web"), "network");
        assertThat(error, is("Error: network: t2/web is not a network of tenant default: a group holds networks of "
                                     + "its own tenant"));
        assertPolicyRejected(add("t2", "front", "default/web"), "tenant");
        assertPolicyRejected(create(null, "back", "t2/web"), "network");
    }

    @Test
    public void rejectsDuplicateNamesAndBadNames() {
        ok(create(null, "front", "web"));
        assertPolicyRejected(create(null, "front"), "name");
        assertPolicyRejected(create("default", "front", "db"), "name");
        assertPolicyRejected(create(null, "fr ont"), "name");
        assertPolicyRejected(create("t 2", "front"), "tenant");
        assertPolicyRejected(create(null, "back", "we b"), "network");
        assertPolicyRejected(list("t 2"), "tenant");
        ok(create("t2", "front"));
    }

    @Test
    public void rejectsBadMemberChanges() {
        ok(create(null, "front", "web"));
        String twice = assertPolicyRejected(add(null, "front", "web"), "network");
        assertThat(twice, is("Error: network: network web is already a member of group default/front"));
        String nonMember = assertPolicyRejected(remove(null, "front", "db"), "network");
        assertThat(nonMember, is("Error: network: network db is no member of group default/front"));
        assertPolicyRejected(remove(null, "front", "we b"), "network");
        assertPolicyRejected(remove(null, "back", "web"), "group");
        assertPolicyRejected(add(null, "back", "web"), "group");
        assertPolicyRejected(add(null, "fr ont", "web"), "group");
    }

    @Test
    public void unknownGroupsAreNotFound() {
        ok(create(null, "front"));
        assertThat(assertPolicyRejected(show(null, "back"), "group"),
                   is("Error: group: group default/back does not exist"));
        assertPolicyRejected(show("t2", "front"), "group");
        assertPolicyRejected(show(null, "fr ont"), "group");
        assertPolicyRejected(delete(null, "back"), "group");
        assertPolicyRejected(delete("t2", "front"), "group");
    }

    @Test
    public void keepsGroupsThatFirewallRulesSelect() {
        ok(create(null, "front", "web"));
        routing.policy.addFirewallRule(FirewallRule.builder().name("to-front").action(FirewallRule.Action.DENY)
                                               .src(Selector.ANY).dst(Selector.parse("dst", "group:front")).build());
        assertThat(assertPolicyRejected(delete(null, "front"), "group"),
                   is("Error: group: group default/front is used by firewall rule to-front"));
        routing.policy.removeFirewallRule(null, "to-front");
        ok(delete(null, "front"));
    }
}
