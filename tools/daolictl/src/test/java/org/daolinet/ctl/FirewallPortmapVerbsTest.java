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
import org.daolinet.api.FirewallRule;
import org.daolinet.api.PortMapping;
import org.junit.Test;

import java.util.List;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * daolictl firewall create|list|show|delete and portmap create|list|delete against the real
 * REST API.
 */
public class FirewallPortmapVerbsTest extends DaolictlTestBase {

    private FirewallRule rule(String tenant, String name) {
        return server.routing.policy.firewallRule(tenant, name);
    }

    @Test
    public void createsListsShowsAndDeletesFirewallRules() {
        Result created = ok("firewall", "create", "no-ssh", "--action", "deny", "--src", "any", "--dst",
                            "network:web", "--proto", "tcp", "--port", "22", "--priority", "200");
        assertEquals(List.of("TENANT", "NAME", "PRIORITY", "ACTION", "SRC", "DST", "PROTO", "PORT"), header(created));
        assertEquals(List.of(List.of("default", "no-ssh", "200", "deny", "any", "network:web", "tcp", "22")),
                     rows(created));
        assertThat(rule(null, "no-ssh").priority(), is(200));
        // a group selector needs the group
        rejected(404, "src", "firewall", "create", "db-in", "--action", "allow", "--src", "group:front", "--dst",
                 "cidr:10.2.0.0/24", "--port", "5432-5433", "--proto", "tcp");
        ok("group", "create", "front", "web");
        ok("firewall", "create", "db-in", "--action", "allow", "--src", "group:front", "--dst", "cidr:10.2.0.0/24",
           "--port", "5432-5433", "--proto", "tcp");
        ok("-t", "t2", "firewall", "create", "all", "--action", "allow", "--src", "container:a", "--dst", "any");

        // consulting order: tenant, then descending priority
        assertEquals(List.of(List.of("default", "no-ssh", "200", "deny", "any", "network:web", "tcp", "22"),
                             List.of("default", "db-in", "100", "allow", "group:front", "cidr:10.2.0.0/24", "tcp",
                                     "5432-5433"),
                             List.of("t2", "all", "100", "allow", "container:a", "any", "any", "-")),
                     rows(ok("firewall", "list")));
        assertEquals(1, rows(ok("firewall", "list", "-t", "t2")).size());
        assertEquals("db-in", rows(ok("firewall", "show", "db-in")).get(0).get(1));

        assertEquals(List.of("Deleted firewall rule t2/all"), ok("firewall", "delete", "all", "-t", "t2").lines());
        assertThat(rule("t2", "all"), nullValue());
        JsonNode deleted = ok("firewall", "delete", "no-ssh", "--json").json();
        assertThat(deleted.get("port").asText(), is("22"));
        assertThat(rule(null, "no-ssh"), nullValue());
    }

    @Test
    public void printsFirewallRulesAsTheServersJson() {
        JsonNode created = ok("firewall", "create", "r1", "--action", "deny", "--src", "container:a", "--dst",
                              "container:c", "--json").json();
        assertThat(created.get("priority").asInt(), is(100));
        assertThat(created.get("protocol").asText(), is("any"));
        assertThat(created.has("port"), is(false));
        assertThat(ok("firewall", "show", "r1", "-j").json(), is(created));
        assertThat(ok("firewall", "list", "-j").json().get("rules").get(0), is(created));
    }

    @Test
    public void badRulesAreTheServersErrors() {
        assertThat(rejected(400, "src", "firewall", "create", "r", "--action", "deny", "--src", "bogus", "--dst",
                            "any"), containsString("bogus"));
        rejected(400, "dst", "firewall", "create", "r", "--action", "deny", "--src", "any", "--dst", "host:x");
        rejected(404, "src", "firewall", "create", "r", "--action", "deny", "--src", "group:nope", "--dst", "any");
        rejected(400, "action", "firewall", "create", "r", "--action", "maybe", "--src", "any", "--dst", "any");
        rejected(400, "port", "firewall", "create", "r", "--action", "deny", "--src", "any", "--dst", "any",
                 "--proto", "tcp", "--port", "70000");
        rejected(400, "port", "firewall", "create", "r", "--action", "deny", "--src", "any", "--dst", "any",
                 "--proto", "icmp", "--port", "22");
        rejected(400, "priority", "firewall", "create", "r", "--action", "deny", "--src", "any", "--dst", "any",
                 "--priority", "0");
        rejected(400, "protocol", "firewall", "create", "r", "--action", "deny", "--src", "any", "--dst", "any",
                 "--proto", "sctp");
        ok("firewall", "create", "r", "--action", "deny", "--src", "any", "--dst", "any");
        rejected(409, "name", "firewall", "create", "r", "--action", "allow", "--src", "any", "--dst", "any");
        rejected(404, "name", "firewall", "show", "nope");
        rejected(404, "name", "firewall", "delete", "nope");
        usageError("firewall", "create", "r", "--action", "deny", "--src", "any");
        usageError("firewall", "create", "r", "--action", "deny", "--src", "any", "--dst", "any", "--priority",
                   "high");
    }

    @Test
    public void createsListsAndDeletesPortMappings() {
        Result created = ok("portmap", "create", "web-http", "--container", "a", "--rule", "8080:80");
        assertEquals(List.of("NAME", "CONTAINER", "PROTO", "SERVER", "SERVER_PORT", "CONTAINER_PORT"),
                     header(created));
        assertEquals(List.of(List.of("web-http", "a", "tcp", "s1", "8080", "80")), rows(created));
        PortMapping mapping = server.routing.mappings.mapping("web-http");
        assertThat(mapping.serverPort(), is(8080));
        assertThat(mapping.containerPort(), is(80));
        assertEquals(device(1), mapping.server());

        ok("portmap", "create", "dns", "--container", "y", "--rule", "5353:53", "--proto", "udp", "--server", "s1",
           "--tenant", "t2");
        assertEquals(List.of(List.of("dns", "y", "udp", "s1", "5353", "53"),
                             List.of("web-http", "a", "tcp", "s1", "8080", "80")), rows(ok("portmap", "list")));
        assertEquals(List.of(List.of("dns", "y", "udp", "s1", "5353", "53")),
                     rows(ok("portmap", "list", "--container", "y", "-t", "t2")));

        JsonNode list = ok("portmap", "list", "--json").json();
        assertThat(list.get("portmaps").get(0).get("container").asText(), is("id-y"));
        assertThat(list.get("portmaps").get(0).get("serverPort").asInt(), is(5353));

        assertEquals(List.of("Deleted port mapping web-http"), ok("portmap", "delete", "web-http").lines());
        assertThat(server.routing.mappings.mapping("web-http"), nullValue());
        assertThat(ok("portmap", "delete", "dns", "-j").json().get("name").asText(), is("dns"));
    }

    @Test
    public void badMappingsAreTheServersErrors() {
        rejected(404, "container", "portmap", "create", "m", "--container", "nope", "--rule", "8080:80");
        rejected(404, "server", "portmap", "create", "m", "--container", "a", "--rule", "8080:80", "--server", "s9");
        rejected(400, "serverPort", "portmap", "create", "m", "--container", "a", "--rule", "70000:80");
        rejected(400, "serverPort", "portmap", "create", "m", "--container", "a", "--rule", "http:80");
        rejected(400, "containerPort", "portmap", "create", "m", "--container", "a", "--rule", "8080:0");
        rejected(400, "protocol", "portmap", "create", "m", "--container", "a", "--rule", "8080:80", "--proto",
                 "icmp");
        ok("portmap", "create", "m", "--container", "a", "--rule", "8080:80");
        rejected(409, "name", "portmap", "create", "m", "--container", "b", "--rule", "8081:80");
        rejected(409, "serverPort", "portmap", "create", "m2", "--container", "b", "--rule", "8080:80");
        rejected(404, "name", "portmap", "delete", "nope");
        assertThat(usageError("portmap", "create", "m3", "--container", "a", "--rule", "8080"),
                   containsString("SERVERPORT:CONTAINERPORT"));
        usageError("portmap", "create", "m3", "--rule", "8080:80");
    }
}
