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

import org.junit.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Where daolictl finds its server and credentials, and its exit status when it cannot use them or
 * its command line is wrong.
 */
public class ConnectionTest extends DaolictlTestBase {

    @Test
    public void wrongCredentialsAreRejectedByTheServer() {
        environment.put(Daolictl.PASSWORD_VARIABLE, "wrong");
        Result result = run("server", "list");
        assertEquals(result.toString(), Daolictl.API_ERROR, result.status);
        assertEquals("", result.out);
        assertThat(result.err, startsWith("daolictl: 401 unauthorized: " + server.url()
                + " does not accept user 'onos'"));
        // the options win over the environment
        ok("server", "list", "--password", ApiServer.PASSWORD);

        environment.put(Daolictl.USER_VARIABLE, "karaf");
        assertThat(run("-p", ApiServer.PASSWORD, "server", "list").err, containsString("user 'karaf'"));
        ok("-u", ApiServer.USER, "-p", ApiServer.PASSWORD, "server", "list");
        environment.put(Daolictl.USER_VARIABLE, ApiServer.USER);
        environment.put(Daolictl.PASSWORD_VARIABLE, ApiServer.PASSWORD);
        ok("server", "list");
        assertEquals(Daolictl.API_ERROR, run("server", "list", "--user", "nobody").status);
    }

    @Test
    public void theHostComesFromTheOptionOrTheEnvironment() {
        String url = server.url();
        environment.remove(Daolictl.HOST_VARIABLE);
        assertEquals(2, rows(ok("--host", url, "server", "list")).size());
        assertEquals(2, rows(ok("server", "list", "--host", url + "/")).size());
        assertEquals(2, rows(ok("server", "list", "--host", url.substring("http://".length()))).size());
        environment.put(Daolictl.HOST_VARIABLE, url);
        assertEquals(2, rows(ok("server", "list")).size());
    }

    @Test
    public void aServerWithoutTheApplicationIsNamed() {
        Result result = run("--host", server.url() + "/elsewhere", "server", "list");
        assertEquals(result.toString(), Daolictl.API_ERROR, result.status);
        assertThat(result.err, is("daolictl: 404 not found: /elsewhere/onos/daolinet/servers (is the DaoliNet "
                + "application active on " + server.url() + "/elsewhere?)\n"));
    }

    @Test
    public void anUnreachableServerExitsWithTwo() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        environment.put(Daolictl.HOST_VARIABLE, "http://127.0.0.1:" + closed);
        Result result = run("group", "list");
        assertEquals(result.toString(), Daolictl.API_ERROR, result.status);
        assertEquals("", result.out);
        assertThat(result.err, is("daolictl: cannot reach the DaoliNet server at http://127.0.0.1:" + closed
                + ": connection refused\n"));
    }

    @Test
    public void usageErrorsExitWithOne() {
        assertThat(usageError("grop", "list"), containsString("Did you mean"));
        usageError();
        usageError("--json");
        usageError("server", "list", "--bogus");
        assertThat(usageError("--host", "ftp://127.0.0.1", "server", "list"), containsString("--host"));
        usageError("--host", "http://", "server", "list");
        usageError("routes", "--kind");
    }

    @Test
    public void helpExitsWithZero() {
        Result help = ok("--help");
        assertThat(help.out, containsString("Usage: daolictl"));
        for (String verb : new String[]{"group", "member", "connect", "disconnect", "show", "clear", "container",
                "network", "server", "firewall", "portmap", "routes", "stats"}) {
            assertThat(verb, help.out, containsString("\n  " + verb + " "));
        }
        assertThat(ok("firewall", "create", "--help").out, containsString("--priority=N"));
    }
}
