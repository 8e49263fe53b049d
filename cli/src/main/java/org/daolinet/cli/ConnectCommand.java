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
import org.daolinet.api.PairPolicy;

/**
 * Lets two containers talk, whatever groups and firewall rules say.
 */
@Service
@Command(scope = "onos", name = "daolinet-connect",
        description = "Lets two DaoliNet containers talk, whatever groups and firewall rules say")
public class ConnectCommand extends PairCommand {

    @Override
    protected void run() {
        set(PairPolicy.Action.CONNECT, "Connected");
    }
}
