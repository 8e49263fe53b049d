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

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.PolicyService;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Lists the firewall rules, by tenant in the order they are consulted.
 */
@Service
@Command(scope = "onos", name = "daolinet-firewalls",
        description = "Lists the DaoliNet firewall rules, by tenant in the order they are consulted")
public class FirewallsListCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Only the rules of this tenant")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Override
    protected void run() {
        String onlyTenant = tenant(tenant);
        List<FirewallRule> rules = service(PolicyService.class).firewallRules().stream()
                .filter(r -> onlyTenant == null || r.tenant().equals(onlyTenant))
                // highest priority first: the order in which the rules decide
                .sorted(Comparator.comparing(FirewallRule::tenant)
                                .thenComparing(FirewallRule::priority, Comparator.reverseOrder())
                                .thenComparing(FirewallRule::name))
                .collect(Collectors.toList());
        if (outputJson()) {
            printJsonArray(rules, FirewallRule.class);
            return;
        }
        Table table = new Table("RULE", "PRIORITY", "ACTION", "SRC", "DST", "PROTOCOL", "PORT");
        rules.forEach(r -> table.row(r.key(), r.priority(), r.action().name().toLowerCase(Locale.ROOT),
                                     r.src(), r.dst(), r.protocol(), Lines.ports(r)));
        printLines(table.lines());
    }
}
