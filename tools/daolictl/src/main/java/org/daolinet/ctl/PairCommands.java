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
import org.daolinet.client.ApiClient;
import org.daolinet.client.ApiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * DaoliNet's pair verbs on two containers {@code A:B} (ids, or names in the tenant): an explicit
 * connect or disconnect beats groups and firewall rules; show tells which one the pair has; clear
 * hands the decision back to them.
 */
final class PairCommands {

    private static final String NO_POLICY_FIELD = "pair: ";

    private PairCommands() {
    }

    /**
     * A verb on a pair of containers.
     */
    abstract static class PairVerb extends Verb implements Callable<Integer> {

        @Parameters(paramLabel = "A:B", description = "Two containers, each by id or by name in the tenant")
        String pair;

        /**
         * Returns the path of the pair's policy.
         *
         * @return path
         */
        String pairPath() {
            String[] ends = pair.split(":", -1);
            if (ends.length != 2 || ends[0].isEmpty() || ends[1].isEmpty()) {
                throw usage("expected two containers as A:B, not '" + pair + "'");
            }
            return ApiClient.path("policies", ends[0], ends[1]);
        }

        /**
         * Sets the pair's policy and prints it.
         *
         * @param action connect or disconnect
         * @return exit status 0
         */
        int set(String action) {
            JsonNode set = api().put(pairPath(), object().put("action", action), "tenant", tenant());
            return print(set, Views.policies(Views.items(set)));
        }
    }

    /**
     * {@code connect A:B}.
     */
    @Command(name = "connect", description = "Lets two containers talk, whatever groups and firewall rules say")
    static final class Connect extends PairVerb {
        @Override
        public Integer call() {
            return set("connect");
        }
    }

    /**
     * {@code disconnect A:B}.
     */
    @Command(name = "disconnect", description = "Keeps two containers apart, whatever groups and firewall rules "
            + "say; their routes are removed at once")
    static final class Disconnect extends PairVerb {
        @Override
        public Integer call() {
            return set("disconnect");
        }
    }

    /**
     * {@code show A:B}: prints CONNECTED, DISCONNECTED, or nothing if the pair has no policy.
     */
    @Command(name = "show", description = "Prints CONNECTED or DISCONNECTED, or nothing if the pair has no policy")
    static final class Show extends PairVerb {
        @Override
        public Integer call() {
            JsonNode policy;
            try {
                policy = api().get(pairPath(), "tenant", tenant());
            } catch (ApiException e) {
                if (e.status() == ApiClient.NOT_FOUND && e.getMessage().startsWith(NO_POLICY_FIELD)) {
                    return 0;
                }
                throw e;
            }
            if (json()) {
                print(policy);
            } else {
                println(policy.path("action").asText().toUpperCase(Locale.ROOT) + "ED");
            }
            return 0;
        }
    }

    /**
     * {@code clear A:B}.
     */
    @Command(name = "clear", description = "Clears the policy of two containers: groups and firewall rules decide "
            + "again")
    static final class Clear extends PairVerb {
        @Override
        public Integer call() {
            JsonNode cleared = api().delete(pairPath(), "tenant", tenant());
            if (json()) {
                print(cleared);
            } else {
                println("Cleared " + pair + " (was " + cleared.path("action").asText().toUpperCase(Locale.ROOT)
                                + "ED)");
            }
            return 0;
        }
    }
}
