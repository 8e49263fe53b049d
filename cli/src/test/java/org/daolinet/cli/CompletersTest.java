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

import org.apache.karaf.shell.support.completers.ArgumentCommandLine;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.Network;
import org.daolinet.api.PolicyService;
import org.daolinet.api.PortMapping;
import org.daolinet.api.PortMappingService;
import org.daolinet.api.Protocol;
import org.daolinet.impl.RegistryFixture;
import org.daolinet.impl.RoutingFixture;
import org.junit.Before;
import org.junit.Test;
import org.onosproject.cli.AbstractChoicesCompleter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;

/**
 * Tests of the completers: their choices come from the registry, and Karaf narrows them to what
 * was typed.
 */
public class CompletersTest extends CommandTestBase {

    @Before
    public void setUp() {
        f.addServer(1);
        f.addServer(2);
        Network web = f.addNetwork(null, "web", "10.1.0.0/24");
        Network db = f.addNetwork("acme", "db", "10.1.0.0/24");
        f.addNetwork("acme", "dev", "10.2.0.0/24");
        f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        f.addContainer("b", db.key(), "10.1.0.3", 2, 6);
    }

    private <C extends DaoliNetCompleter> C completer(C completer) {
        completer.redirectServices(directory);
        return completer;
    }

    private static List<String> complete(AbstractChoicesCompleter completer, String typed) {
        List<String> candidates = new ArrayList<>();
        completer.complete(null, new ArgumentCommandLine(typed, typed.length()), candidates);
        return candidates.stream().map(String::trim).sorted().collect(Collectors.toList());
    }

    @Test
    public void completesServerNames() {
        ServerNameCompleter completer = completer(new ServerNameCompleter());
        assertEquals(List.of("s1", "s2"), completer.choices());
        assertEquals(List.of("s1", "s2"), complete(completer, "s"));
        assertEquals(List.of("s2"), complete(completer, "s2"));
        assertEquals(List.of(), complete(completer, "x"));
    }

    @Test
    public void completesNetworksAsTenantSlashName() {
        NetworkNameCompleter completer = completer(new NetworkNameCompleter());
        assertEquals(List.of("acme/db", "acme/dev", "default/web"), completer.choices());
        assertEquals(List.of("acme/db", "acme/dev"), complete(completer, "acme/d"));
        assertEquals(List.of("default/web"), complete(completer, "def"));
    }

    @Test
    public void completesTenants() {
        TenantCompleter completer = completer(new TenantCompleter());
        assertEquals(List.of("acme", "default"), completer.choices());
        assertEquals(List.of("acme"), complete(completer, "a"));
    }

    @Test
    public void completesContainerIdsAndNames() {
        ContainerCompleter completer = completer(new ContainerCompleter());
        assertEquals(List.of("a", "b", "id-a", "id-b"), completer.choices());
        assertEquals(List.of("id-a", "id-b"), complete(completer, "id-"));
    }

    @Test
    public void completesRouteKinds() {
        RouteKindCompleter completer = new RouteKindCompleter();
        assertEquals(List.of("CONTAINER", "EGRESS", "EGRESS_RETURN", "DENY", "DENY_EGRESS", "PUBLISHED",
                             "PUBLISHED_RETURN", "DENY_PUBLISHED"), completer.choices());
        assertEquals(List.of("EGRESS", "EGRESS_RETURN"), complete(completer, "EG"));
        assertEquals(List.of("DENY", "DENY_EGRESS", "DENY_PUBLISHED"), complete(completer, "DE"));
    }

    @Test
    public void completesGroupRuleAndMappingNames() {
        RoutingFixture routing = new RoutingFixture(f, null);
        try {
            directory.add(PolicyService.class, routing.policy).add(PortMappingService.class, routing.mappings);
            routing.policy.createGroup(null, "front", Set.of("web"));
            routing.policy.createGroup("acme", "front", Set.of());
            routing.policy.createGroup("acme", "back", Set.of("db"));
            assertEquals(List.of("back", "front"), completer(new GroupNameCompleter()).choices());
            routing.policy.addFirewallRule(FirewallRule.builder().name("no-ssh").action(FirewallRule.Action.DENY)
                                                   .protocol(Protocol.TCP).ports(22, 22).build());
            routing.policy.addFirewallRule(FirewallRule.builder().tenant("acme").name("lan")
                                                   .action(FirewallRule.Action.ALLOW).build());
            assertEquals(List.of("lan", "no-ssh"), completer(new FirewallRuleCompleter()).choices());
            routing.mappings.addMapping(PortMapping.builder().name("http").containerId("id-a")
                                                .server(RegistryFixture.device(1)).serverPort(8080)
                                                .containerPort(80).build());
            PortMappingCompleter mappings = completer(new PortMappingCompleter());
            assertEquals(List.of("http"), mappings.choices());
            assertEquals(List.of("http"), complete(mappings, "h"));
        } finally {
            routing.stopRouting();
        }
    }

    @Test
    public void completesProtocolsAndFirewallActions() {
        assertEquals(List.of("any", "icmp", "tcp", "udp"), complete(new ProtocolCompleter(), ""));
        assertEquals(List.of("tcp"), complete(new ProtocolCompleter(), "t"));
        assertEquals(List.of("allow", "deny"), new FirewallActionCompleter().choices());
    }

    @Test
    public void choicesFollowTheRegistry() {
        ServerNameCompleter servers = completer(new ServerNameCompleter());
        f.addServer(3);
        assertEquals(List.of("s1", "s2", "s3"), servers.choices());
        ContainerCompleter containers = completer(new ContainerCompleter());
        f.containers.removeContainer("id-a");
        assertEquals(List.of("b", "id-b"), containers.choices());
        assertEquals("of:0000000000000003", RegistryFixture.device(3).toString());
    }
}
