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
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.daolinet.api.Container;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.PolicyAdminService;

import java.util.Locale;

/**
 * Clears the policy of two containers: groups and firewall rules decide again.
 */
@Service
@Command(scope = "onos", name = "daolinet-clear",
        description = "Clears the connect or disconnect policy of two DaoliNet containers")
public class ClearCommand extends PairCommand {

    @Override
    protected void run() {
        Container[] pair = pair();
        PairPolicy cleared = service(PolicyAdminService.class).clearPairPolicy(pair[0].id(), pair[1].id());
        if (outputJson()) {
            printJson(cleared, PairPolicy.class);
        } else {
            print("Cleared the policy of %s and %s (was %s)", Lines.pairEnd(pair[0]), Lines.pairEnd(pair[1]),
                  cleared.action().name().toLowerCase(Locale.ROOT));
        }
    }
}
