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
package org.daolinet.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import org.daolinet.api.NetworkGroup;
import org.junit.Test;

import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * daolictl group list|show|create|delete and member add|rm against the real REST API.
 */
public class GroupVerbsTest extends DaolictlTestBase {

    private NetworkGroup group(String tenant, String name) {
        return server.routing.policy.group(tenant, name);
    }

    @Test
    public void createsListsShowsAndDeletesGroups() {
        Result created = ok("group", "create", "front", "web", "db");
        assertEquals(List.of("TENANT", "NAME", "MEMBERS"), header(created));
        assertEquals(List.of(List.of("default", "front", "db,web")), rows(created));
        assertEquals(Set.of("web", "db"), group(null, "front").members());
        ok("group", "create", "empty");
        ok("-t", "t2", "group", "create", "front", "web");

        assertEquals(List.of(List.of("default", "empty", "-"), List.of("default", "front", "db,web"),
                             List.of("t2", "front", "web")), rows(ok("group", "list")));
        assertEquals(List.of(List.of("t2", "front", "web")), rows(ok("group", "list", "--tenant", "t2")));
        assertEquals(List.of(List.of("t2", "front", "web")), rows(ok("group", "show", "front", "-t", "t2")));
        assertEquals(List.of(List.of("default", "front", "db,web")), rows(ok("group", "show", "front")));

        Result deleted = ok("group", "delete", "front", "empty");
        assertEquals(List.of("Deleted group default/front", "Deleted group default/empty"), deleted.lines());
        assertThat(group(null, "front"), nullValue());
        assertThat(group(null, "empty"), nullValue());
        assertThat(group("t2", "front").name(), is("front"));
    }

    @Test
    public void printsTheServersJson() {
        JsonNode created = ok("--json", "group", "create", "front", "web").json();
        assertThat(created.get("tenant").asText(), is("default"));
        assertThat(created.get("name").asText(), is("front"));
        assertThat(created.get("members").get(0).asText(), is("web"));

        JsonNode list = ok("group", "list", "-j").json();
        assertThat(list.get("groups").size(), is(1));
        assertThat(list.get("groups").get(0), is(created));
        assertThat(ok("group", "show", "front", "--json").json(), is(created));

        JsonNode added = ok("member", "add", "--group", "front", "db", "--json").json();
        assertThat(added.get("members").size(), is(2));

        JsonNode deleted = ok("group", "delete", "front", "--json").json();
        assertThat(deleted.get("groups").get(0).get("members").size(), is(2));
    }

    @Test
    public void addsAndRemovesMembers() {
        ok("group", "create", "front", "web");
        assertEquals(List.of(List.of("default", "front", "db,web")),
                     rows(ok("member", "add", "--group", "front", "db")));
        assertEquals(Set.of("web", "db"), group(null, "front").members());
        assertEquals(List.of(List.of("default", "front", "db")), rows(ok("member", "rm", "-g", "front", "web")));
        assertEquals(Set.of("db"), group(null, "front").members());

        ok("-t", "t2", "group", "create", "back");
        ok("-t", "t2", "member", "add", "-g", "back", "web");
        assertEquals(Set.of("web"), group("t2", "back").members());
    }

    @Test
    public void unknownGroupsAndNetworksAreTheServersErrors() {
        ok("group", "create", "front", "web");
        String unknown = rejected(404, "group", "group", "show", "nope");
        assertThat(unknown, is("daolictl: 404 group: group default/nope does not exist"));
        rejected(404, "group", "group", "show", "front", "-t", "t2");
        rejected(404, "group", "member", "add", "--group", "nope", "db");
        rejected(404, "network", "member", "add", "--group", "front", "nonet");
        rejected(409, "network", "member", "add", "--group", "front", "web");
        rejected(404, "network", "member", "rm", "--group", "front", "db");
        rejected(404, "members", "group", "create", "back", "nonet");
        rejected(400, "tenant", "group", "list", "-t", "bad tenant");
        rejected(400, "name", "group", "create", "bad name");
    }

    @Test
    public void duplicateNamesAreRejected() {
        ok("group", "create", "g1");
        String duplicate = rejected(409, "name", "group", "create", "g1", "web");
        assertThat(duplicate, is("daolictl: 409 name: group default/g1 already exists"));
    }

    @Test
    public void deletesNothingIfOneGroupIsUnknown() {
        ok("group", "create", "g1");
        ok("group", "create", "g2");
        rejected(404, "group", "group", "delete", "g1", "nope", "g2");
        assertThat(group(null, "g1").name(), is("g1"));
        assertThat(group(null, "g2").name(), is("g2"));
    }

    @Test
    public void usageErrorsExitWithOne() {
        usageError("group");
        usageError("group", "show");
        usageError("group", "delete");
        usageError("group", "rename", "g1");
        usageError("member", "add", "web");
        usageError("member", "rm", "--group", "g1");
    }
}
