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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code routes}: the installed hot-plug routes, one direction of a connection each.
 */
@Command(name = "routes", description = "Lists the installed hot-plug routes")
final class RoutesCommand extends Verb implements Callable<Integer> {

    @Option(names = {"-c", "--container"}, paramLabel = "CONTAINER",
            description = "Only the routes of this container (id, or name in the tenant)")
    String container;

    @Option(names = {"-k", "--kind"}, paramLabel = "KIND",
            description = "Only the routes of this kind: container, egress, egress_return, deny or deny_egress")
    String kind;

    @Option(names = {"-s", "--server"}, paramLabel = "SERVER",
            description = "Only the routes with a rule on this server (name or device id)")
    String server;

    @Override
    public Integer call() {
        JsonNode routes = api().get("routes", "container", container, "tenant", tenant(), "kind", kind,
                                    "server", server);
        return print(routes, Views.routes(routes.path("routes")));
    }
}
