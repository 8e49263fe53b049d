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

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.Protocol;
import org.daolinet.api.Selector;
import org.junit.Test;
import org.onosproject.codec.impl.MockCodecContext;

import static org.daolinet.api.DaoliNetException.Reason.INVALID;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.daolinet.codec.JsonText.json;
import static org.daolinet.codec.JsonText.with;
import static org.daolinet.codec.JsonText.without;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Specification of the JSON form of firewall rules: selectors as written, the action and protocol
 * in lower case, the ports as {@code P} or {@code P-Q} and absent for all ports.
 */
public class FirewallRuleCodecTest {

    private static final ObjectNode WEB_IN = json("{'tenant': 'acme', 'name': 'web-in', 'priority': 200, "
                                                          + "'action': 'allow', 'src': 'group:front', "
                                                          + "'dst': 'network:web', 'protocol': 'tcp', "
                                                          + "'port': '8000-8080'}");
    private static final FirewallRule WEB_IN_RULE = FirewallRule.builder().tenant("acme").name("web-in")
            .priority(200).action(FirewallRule.Action.ALLOW).src(Selector.parse("src", "group:front"))
            .dst(Selector.parse("dst", "network:web")).protocol(Protocol.TCP).ports(8000, 8080).build();
    private static final ObjectNode MINIMAL = json("{'name': 'no-db', 'action': 'deny', 'src': 'any', "
                                                           + "'dst': 'cidr:10.2.0.0/16'}");

    private final MockCodecContext context = new MockCodecContext();
    private final FirewallRuleCodec codec = new FirewallRuleCodec();

    private FirewallRule decode(ObjectNode request) {
        return codec.decode(request, context);
    }

    /** A rule is encoded with every field. */
    @Test
    public void encodesEveryField() {
        assertThat(codec.encode(WEB_IN_RULE, context), is(WEB_IN));
        FirewallRule ssh = FirewallRule.builder().name("ssh").action(FirewallRule.Action.DENY)
                .src(Selector.parse("src", "container:a")).dst(Selector.ANY).protocol(Protocol.TCP).ports(22, 22)
                .build();
        assertThat(codec.encode(ssh, context),
                   is(json("{'tenant': 'default', 'name': 'ssh', 'priority': 100, 'action': 'deny', "
                                   + "'src': 'container:a', 'dst': 'any', 'protocol': 'tcp', 'port': '22'}")));
    }

    /** A rule of all ports has no port field. */
    @Test
    public void encodesNoPortForAllPorts() {
        assertThat(codec.encode(decode(MINIMAL), context),
                   is(json("{'tenant': 'default', 'name': 'no-db', 'priority': 100, 'action': 'deny', "
                                   + "'src': 'any', 'dst': 'cidr:10.2.0.0/16', 'protocol': 'any'}")));
    }

    /** A request with every field is decoded into the rule. */
    @Test
    public void decodesEveryField() {
        assertThat(decode(WEB_IN), is(WEB_IN_RULE));
    }

    /** Tenant, priority, protocol and port are optional: default tenant, 100, any protocol, all ports. */
    @Test
    public void decodesDefaults() {
        FirewallRule rule = decode(MINIMAL);
        assertThat(rule.tenant(), is("default"));
        assertThat(rule.priority(), is(FirewallRule.DEFAULT_PRIORITY));
        assertThat(rule.protocol(), is(Protocol.ANY));
        assertThat(rule.portMin(), is(0));
        assertThat(rule.ports(), is(""));
        assertThat(decode(with(with(MINIMAL, "priority", null), "port", "")), is(rule));
    }

    /** Action and protocol in any letter case; a single port also as a JSON integer. */
    @Test
    public void decodesLiberalSpellings() {
        FirewallRule rule = decode(with(with(with(WEB_IN, "action", "ALLOW"), "protocol", "TCP"), "port", 8080));
        assertThat(rule.action(), is(FirewallRule.Action.ALLOW));
        assertThat(rule.protocol(), is(Protocol.TCP));
        assertThat(rule.ports(), is("8080"));
    }

    /** Decoding an encoded rule gives it back. */
    @Test
    public void roundTrips() {
        assertThat(decode(codec.encode(WEB_IN_RULE, context)), is(WEB_IN_RULE));
        FirewallRule minimal = decode(MINIMAL);
        assertThat(decode(codec.encode(minimal, context)), is(minimal));
    }

    /** Name, action and both selectors are required. */
    @Test
    public void requiredFields() {
        for (String field : new String[]{"name", "action", "src", "dst"}) {
            assertRejected(INVALID, field, field + ": is required", () -> decode(without(WEB_IN, field)));
            assertRejected(INVALID, field, field + ": is required", () -> decode(with(WEB_IN, field, "")));
        }
    }

    /** String fields of another JSON type are rejected by name. */
    @Test
    public void fieldsAreStrings() {
        for (String field : new String[]{"tenant", "name", "action", "src", "dst", "protocol"}) {
            assertRejected(INVALID, field, field + ": must be a string, not 7", () -> decode(with(WEB_IN, field, 7)));
        }
        assertRejected(INVALID, "port", "port: must be a string, not true", () -> decode(with(WEB_IN, "port", true)));
    }

    /** Priorities outside 1-65535 and priorities that are no integers are rejected. */
    @Test
    public void badPrioritiesAreRejected() {
        assertRejected(INVALID, "priority", "priority: 0 is outside 1-65535",
                       () -> decode(with(WEB_IN, "priority", 0)));
        assertRejected(INVALID, "priority", "priority: 65536 is outside 1-65535",
                       () -> decode(with(WEB_IN, "priority", 65536)));
        assertRejected(INVALID, "priority", "priority: must be an integer, not \"high\"",
                       () -> decode(with(WEB_IN, "priority", "high")));
        assertRejected(INVALID, "priority", () -> decode(with(WEB_IN, "priority", 1.5)));
        assertThat(decode(with(WEB_IN, "priority", 65535)).priority(), is(65535));
        assertThat(decode(with(WEB_IN, "priority", 1)).priority(), is(1));
    }

    /** Actions other than allow and deny are rejected. */
    @Test
    public void badActionsAreRejected() {
        assertRejected(INVALID, "action", "action: 'accept' is not one of allow, deny",
                       () -> decode(with(WEB_IN, "action", "accept")));
    }

    /** Malformed selectors are rejected under their field. */
    @Test
    public void badSelectorsAreRejected() {
        for (String field : new String[]{"src", "dst"}) {
            for (String bad : new String[]{"web", "net:web", "network:", "network:we b", "cidr:10.1.0.1/24",
                    "cidr:fd00::/64", "container:a/b"}) {
                assertRejected(INVALID, field, () -> decode(with(WEB_IN, field, bad)));
            }
        }
    }

    /** Protocols other than tcp, udp, icmp and any are rejected. */
    @Test
    public void badProtocolsAreRejected() {
        assertRejected(INVALID, "protocol", "protocol: 'sctp' is not one of tcp, udp, icmp, any",
                       () -> decode(with(WEB_IN, "protocol", "sctp")));
    }

    /** Ports outside 1-65535, reversed ranges, text and ports of icmp or any are rejected. */
    @Test
    public void badPortsAreRejected() {
        for (Object bad : new Object[]{"0", 0, "65536", 65536, "10-5", "0-80", "80-65536", "http", "80-", "-80",
                "1-2-3"}) {
            assertRejected(INVALID, "port", () -> decode(with(WEB_IN, "port", bad)));
        }
        assertRejected(INVALID, "port", "port: protocol icmp has no ports",
                       () -> decode(with(WEB_IN, "protocol", "icmp")));
        assertRejected(INVALID, "port", "port: protocol any has no ports",
                       () -> decode(without(WEB_IN, "protocol")));
        assertThat(decode(with(WEB_IN, "port", "1-65535")).ports(), is("1-65535"));
        assertThat(decode(with(with(WEB_IN, "port", "53"), "protocol", "udp")).ports(), is("53"));
    }

    /** A missing body is rejected as such. */
    @Test
    public void missingBodyIsRejected() {
        assertRejected(INVALID, "body", () -> decode(null));
    }
}
