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
import org.daolinet.api.Container;
import org.daolinet.api.ContainerService;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.PolicyService;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shows the policy of two containers, or lists the pair policies. For one pair it prints
 * {@code CONNECTED}, {@code DISCONNECTED} or, when the pair has no policy, nothing, as
 * DaoliNet's {@code show A:B} did.
 */
@Service
@Command(scope = "onos", name = "daolinet-policy",
        description = "Shows the policy of two DaoliNet containers (CONNECTED, DISCONNECTED or nothing), "
                + "or lists all pair policies")
public class PolicyCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant",
            description = "Tenant of container names; without containers, only the pairs with an end in this tenant")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Argument(index = 0, name = "container", description = "Container id, or name in the tenant")
    @Completion(ContainerCompleter.class)
    String one = null;

    @Argument(index = 1, name = "peer", description = "The other container: id, or name in the tenant")
    @Completion(ContainerCompleter.class)
    String other = null;

    @Override
    protected void run() {
        if (one == null && other == null) {
            list();
            return;
        }
        if (one == null || other == null) {
            throw DaoliNetException.invalid("container", "give two containers, or none to list every pair policy");
        }
        Container[] pair = pair(tenant, one, other);
        PairPolicy policy = service(PolicyService.class).pairPolicy(pair[0].id(), pair[1].id());
        if (policy == null) {
            return;
        }
        if (outputJson()) {
            printJson(policy, PairPolicy.class);
        } else {
            print("%s", state(policy));
        }
    }

    private void list() {
        String onlyTenant = tenant(tenant);
        ContainerService containers = service(ContainerService.class);
        List<PairPolicy> policies = service(PolicyService.class).pairPolicies().stream()
                .filter(p -> onlyTenant == null || inTenant(containers.container(p.first()), onlyTenant)
                        || inTenant(containers.container(p.second()), onlyTenant))
                .sorted(Comparator.comparing(PairPolicy::key))
                .collect(Collectors.toList());
        if (outputJson()) {
            printJsonArray(policies, PairPolicy.class);
            return;
        }
        Table table = new Table("CONTAINER", "ID", "PEER", "PEER ID", "POLICY");
        for (PairPolicy p : policies) {
            table.row(name(containers.container(p.first())), p.first(),
                      name(containers.container(p.second())), p.second(), state(p));
        }
        printLines(table.lines());
    }

    private static String state(PairPolicy policy) {
        return policy.action() == PairPolicy.Action.CONNECT ? "CONNECTED" : "DISCONNECTED";
    }

    private static boolean inTenant(Container container, String tenant) {
        return container != null && container.tenant().equals(tenant);
    }

    /**
     * Returns a container's name with its tenant, or null (shown as "-") if it is gone.
     */
    private static String name(Container container) {
        return container == null ? null : container.tenant() + "/" + container.name();
    }
}
