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

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.PolicyAdminService;
import org.daolinet.api.Protocol;
import org.daolinet.api.Selector;
import org.daolinet.api.Validation;

/**
 * Adds a firewall rule to a tenant; routes it denies are removed at once.
 */
@Service
@Command(scope = "onos", name = "daolinet-firewall-create",
        description = "Adds a DaoliNet firewall rule: allow or deny traffic from --src to --dst")
public class FirewallCreateCommand extends DaoliNetCommand {

    private static final String SELECTORS = "container:NAME, network:NAME, group:NAME, cidr:CIDR or any";

    @Option(name = "-t", aliases = "--tenant", description = "Tenant of the rule and its names (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Option(name = "--action", description = "allow or deny")
    @Completion(FirewallActionCompleter.class)
    String action = null;

    @Option(name = "--src", description = "Source: " + SELECTORS)
    String src = null;

    @Option(name = "--dst", description = "Destination: " + SELECTORS)
    String dst = null;

    @Option(name = "--proto", description = "tcp, udp, icmp or any (default: any)")
    @Completion(ProtocolCompleter.class)
    String protocol = null;

    @Option(name = "--port", description = "Destination port P or range P-Q, tcp and udp only (default: all)")
    String port = null;

    @Option(name = "--priority", description = "1-65535, higher first (default: 100)")
    String priority = null;

    @Argument(index = 0, name = "name", description = "Rule name (1-64 of A-Z a-z 0-9 _ . -)", required = true)
    String name = null;

    @Override
    protected void run() {
        FirewallRule rule = FirewallRule.builder()
                .tenant(tenant(tenant))
                .name(Validation.name("name", name))
                .action(Validation.choice("action", action, FirewallRule.Action.class))
                .src(Selector.parse("src", src))
                .dst(Selector.parse("dst", dst))
                .protocol(protocol == null ? Protocol.ANY : Protocol.parse("protocol", protocol))
                .ports(port)
                .priority(priority())
                .build();
        FirewallRule added = service(PolicyAdminService.class).addFirewallRule(rule);
        if (outputJson()) {
            printJson(added, FirewallRule.class);
        } else {
            print("Created %s", Lines.firewallRule(added));
        }
    }

    private int priority() {
        if (priority == null) {
            return FirewallRule.DEFAULT_PRIORITY;
        }
        try {
            return Integer.parseInt(priority.trim());
        } catch (NumberFormatException e) {
            throw DaoliNetException.invalid("priority", "'%s' is not an integer", priority);
        }
    }
}
