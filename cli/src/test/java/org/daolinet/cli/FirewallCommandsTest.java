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
import org.daolinet.api.AccessDecision;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.Protocol;
import org.junit.Test;

import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Tests of daolinet-firewall-create, daolinet-firewall-delete and daolinet-firewalls.
 */
public class FirewallCommandsTest extends PolicyCommandTestBase {

    private static FirewallCreateCommand create(String tenant, String name, String action, String src, String dst) {
        FirewallCreateCommand command = new FirewallCreateCommand();
        command.tenant = tenant;
        command.name = name;
        command.action = action;
        command.src = src;
        command.dst = dst;
        return command;
    }

    /** Denies TCP 80 from container a to network web. */
    private static FirewallCreateCommand noHttp() {
        FirewallCreateCommand command = create(null, "no-http", "deny", "container:a", "network:web");
        command.protocol = "tcp";
        command.port = "80";
        return command;
    }

    private static FirewallDeleteCommand delete(String tenant, String name) {
        FirewallDeleteCommand command = new FirewallDeleteCommand();
        command.tenant = tenant;
        command.name = name;
        return command;
    }

    private static FirewallsListCommand list(String tenant) {
        FirewallsListCommand command = new FirewallsListCommand();
        command.tenant = tenant;
        return command;
    }

    @Test
    public void createsListsAndDeletes() {
        assertEquals(List.of("Created firewall rule default/no-http: priority=100, action=deny, src=container:a, "
                                     + "dst=network:web, protocol=tcp, port=80"), ok(noHttp()).lines());
        FirewallRule stored = routing.policy.firewallRule(null, "no-http");
        assertThat(stored.protocol(), is(Protocol.TCP));
        assertThat(stored.ports(), is("80"));

        FirewallCreateCommand range = create(null, "range", "ALLOW", "any", "cidr:10.2.0.0/16");
        range.protocol = "udp";
        range.port = "5000-5010";
        range.priority = "300";
        ok(range);
        FirewallCreateCommand lan = create("t2", "to-lan", "deny", "network:web", "cidr:192.168.0.0/16");
        lan.priority = "65535";
        assertEquals(List.of("Created firewall rule t2/to-lan: priority=65535, action=deny, src=network:web, "
                                     + "dst=cidr:192.168.0.0/16, protocol=any, port=all"), ok(lan).lines());

        List<String> lines = ok(list(null)).lines();
        assertEquals(List.of("RULE", "PRIORITY", "ACTION", "SRC", "DST", "PROTOCOL", "PORT"), cells(lines.get(0)));
        // by tenant, highest priority first
        assertEquals(List.of("default/range", "300", "allow", "any", "cidr:10.2.0.0/16", "udp", "5000-5010"),
                     cells(lines.get(1)));
        assertEquals(List.of("default/no-http", "100", "deny", "container:a", "network:web", "tcp", "80"),
                     cells(lines.get(2)));
        assertEquals(List.of("t2/to-lan", "65535", "deny", "network:web", "cidr:192.168.0.0/16", "any", "all"),
                     cells(lines.get(3)));
        assertEquals(2, ok(list("t2")).lines().size());

        assertEquals(List.of("Deleted firewall rule t2/to-lan: priority=65535, action=deny, src=network:web, "
                                     + "dst=cidr:192.168.0.0/16, protocol=any, port=all"),
                     ok(delete("t2", "to-lan")).lines());
        ok(delete(null, "no-http"));
        assertThat(routing.policy.firewallRule(null, "no-http"), nullValue());
        assertEquals(2, ok(list(null)).lines().size());
    }

    @Test
    public void printsJsonThroughTheCodec() {
        JsonNode created = runJson(noHttp()).json();
        assertEquals("{\"tenant\":\"default\",\"name\":\"no-http\",\"priority\":100,\"action\":\"deny\","
                             + "\"src\":\"container:a\",\"dst\":\"network:web\",\"protocol\":\"tcp\",\"port\":\"80\"}",
                     created.toString());
        JsonNode list = runJson(list(null)).json();
        assertEquals(1, list.size());
        assertEquals(created, list.get(0));
        assertEquals(created, runJson(delete(null, "no-http")).json());
    }

    @Test
    public void rulesDecideAtOnce() {
        assertThat(routing.policy.decide(a, c, 6, 80), is(AccessDecision.ALLOW));
        ok(noHttp());
        assertThat(routing.policy.decide(a, c, 6, 80), is(AccessDecision.DENY_L4));
        assertThat(routing.policy.decide(a, c, 6, 443), is(AccessDecision.ALLOW_L4));
        ok(delete(null, "no-http"));
        assertThat(routing.policy.decide(a, c, 6, 80), is(AccessDecision.ALLOW));
    }

    @Test
    public void rejectsDuplicateNames() {
        ok(noHttp());
        assertPolicyRejected(noHttp(), "name");
        assertPolicyRejected(create(null, "no-http", "allow", "any", "any"), "name");
        ok(create("t2", "no-http", "allow", "any", "any"));
    }

    @Test
    public void rejectsUnknownReferences() {
        routing.policy.createGroup(null, "front", Set.of("web"));
        assertThat(assertPolicyRejected(create(null, "r", "allow", "container:nobody", "any"), "src"),
                   is("Error: src: container:nobody does not exist in tenant default"));
        assertPolicyRejected(create(null, "r", "allow", "any", "network:nope"), "dst");
        assertPolicyRejected(create(null, "r", "allow", "any", "group:back"), "dst");
        assertPolicyRejected(create(null, "r", "allow", "container:y", "any"), "src");
        assertPolicyRejected(create("t2", "r", "allow", "group:front", "any"), "src");
        ok(create(null, "r", "allow", "group:front", "container:b"));
    }

    @Test
    public void rejectsMissingAndBadSelectors() {
        assertThat(assertPolicyRejected(create(null, "r", "allow", null, "any"), "src"), is("Error: src: is required"));
        assertPolicyRejected(create(null, "r", "allow", "any", null), "dst");
        for (String bad : new String[]{"web", "net:web", "network:", "network:we b", "cidr:10.1.0.0",
                "cidr:10.1.0.1/24", "cidr:fd00::/64"}) {
            assertPolicyRejected(create(null, "r", "allow", bad, "any"), "src");
            assertPolicyRejected(create(null, "r", "allow", "any", bad), "dst");
        }
    }

    @Test
    public void rejectsBadActions() {
        assertThat(assertPolicyRejected(create(null, "r", "reject", "any", "any"), "action"),
                   is("Error: action: 'reject' is not one of allow, deny"));
        assertPolicyRejected(create(null, "r", null, "any", "any"), "action");
    }

    @Test
    public void rejectsBadProtocolsAndPorts() {
        FirewallCreateCommand sctp = noHttp();
        sctp.protocol = "sctp";
        assertPolicyRejected(sctp, "protocol");
        for (String bad : new String[]{"0", "65536", "10-5", "0-10", "http", "80-", "1-2-3"}) {
            FirewallCreateCommand command = noHttp();
            command.port = bad;
            assertPolicyRejected(command, "port");
        }
        for (String portless : new String[]{"icmp", "any", null}) {
            FirewallCreateCommand command = noHttp();
            command.protocol = portless;
            assertPolicyRejected(command, "port");
        }
    }

    @Test
    public void rejectsBadPriorities() {
        for (String bad : new String[]{"0", "65536", "high", "1.5", ""}) {
            FirewallCreateCommand command = noHttp();
            command.priority = bad;
            assertPolicyRejected(command, "priority");
        }
        FirewallCreateCommand lowest = noHttp();
        lowest.priority = "1";
        ok(lowest);
    }

    @Test
    public void rejectsBadNames() {
        assertPolicyRejected(create(null, "no http", "deny", "any", "any"), "name");
        assertPolicyRejected(create("t 2", "r", "deny", "any", "any"), "tenant");
        assertPolicyRejected(list("t 2"), "tenant");
        assertPolicyRejected(delete(null, "no http"), "name");
    }

    @Test
    public void unknownRulesAreNotFound() {
        ok(noHttp());
        assertThat(assertPolicyRejected(delete(null, "other"), "name"),
                   is("Error: name: firewall rule default/other does not exist"));
        assertPolicyRejected(delete("t2", "no-http"), "name");
    }
}
