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
import org.daolinet.api.FirewallRule;
import org.daolinet.api.PolicyAdminService;
import org.daolinet.api.Validation;

/**
 * Removes a firewall rule; routes only it allowed are removed at once.
 */
@Service
@Command(scope = "onos", name = "daolinet-firewall-delete",
        description = "Removes a DaoliNet firewall rule")
public class FirewallDeleteCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Tenant of the rule (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Argument(index = 0, name = "name", description = "Rule name", required = true)
    @Completion(FirewallRuleCompleter.class)
    String name = null;

    @Override
    protected void run() {
        FirewallRule removed = service(PolicyAdminService.class)
                .removeFirewallRule(tenant(tenant), Validation.name("name", name));
        if (outputJson()) {
            printJson(removed, FirewallRule.class);
        } else {
            print("Deleted %s", Lines.firewallRule(removed));
        }
    }
}
