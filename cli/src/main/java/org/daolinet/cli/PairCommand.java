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
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.daolinet.api.Container;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.PolicyAdminService;

/**
 * Base of the commands that change the policy of a pair of containers (daolinet-connect,
 * daolinet-disconnect, daolinet-clear): the two containers and the tenant of their names. A
 * change takes effect at once, also for running connections.
 */
public abstract class PairCommand extends DaoliNetCommand {

    @Option(name = "-t", aliases = "--tenant", description = "Tenant of container names (default: default)")
    @Completion(TenantCompleter.class)
    String tenant = null;

    @Argument(index = 0, name = "container", description = "Container id, or name in the tenant", required = true)
    @Completion(ContainerCompleter.class)
    String one = null;

    @Argument(index = 1, name = "peer", description = "The other container: id, or name in the tenant",
            required = true)
    @Completion(ContainerCompleter.class)
    String other = null;

    /**
     * Resolves the two containers named by the arguments.
     *
     * @return the two containers, in the order given
     */
    protected Container[] pair() {
        return pair(tenant, one, other);
    }

    /**
     * Sets the policy of the pair and reports it.
     *
     * @param action policy to set
     * @param done   verb that reports the change, such as {@code Connected}
     */
    protected void set(PairPolicy.Action action, String done) {
        Container[] pair = pair();
        PairPolicy set = service(PolicyAdminService.class).setPairPolicy(pair[0].id(), pair[1].id(), action);
        if (outputJson()) {
            printJson(set, PairPolicy.class);
        } else {
            print("%s %s and %s", done, Lines.pairEnd(pair[0]), Lines.pairEnd(pair[1]));
        }
    }
}
