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

/**
 * {@code server list}: the Docker servers whose bridges DaoliNet routes on.
 */
@Command(name = "server", description = "Docker servers: the OVS bridges DaoliNet routes on")
final class ServerCommand extends Verb {

    @Command(name = "list", description = "Lists the servers")
    int list() {
        JsonNode servers = api().get("servers");
        return print(servers, Views.servers(servers.path("servers")));
    }
}
