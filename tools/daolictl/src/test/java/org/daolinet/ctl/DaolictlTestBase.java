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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.impl.Packets;
import org.daolinet.impl.RegistryFixture;
import org.junit.After;
import org.junit.Before;
import org.onlab.packet.MacAddress;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.PortNumber;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Runs daolictl in-process against the real REST API ({@link ApiServer}) and captures its output
 * and exit status. The server holds:
 * <pre>
 *   servers s1, s2; networks default/web 10.1.0.0/24, default/db 10.2.0.0/24, t2/web 10.1.0.0/24
 *   s1: a 10.1.0.2 web port 5, b 10.1.0.3 web port 6, d 10.2.0.2 db port 7
 *   s2: c 10.1.0.4 web port 5, t2's a (id id-t2-a) 10.1.0.2 port 8, t2's y 10.1.0.3 port 9
 * </pre>
 */
public abstract class DaolictlTestBase {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    protected ApiServer server;
    protected Network web;
    protected Network db;
    protected Container a;
    protected Container b;
    protected Container c;
    protected Container d;
    protected Container t2a;
    protected Container y;

    /** Environment daolictl sees: DAOLI_HOST names the test server. */
    protected final Map<String, String> environment = new HashMap<>();

    @Before
    public void startServer() throws Exception {
        server = new ApiServer();
        environment.put(Daolictl.HOST_VARIABLE, server.url());
        RegistryFixture f = server.registry;
        f.addServer(1);
        f.addServer(2);
        web = f.addNetwork(null, "web", "10.1.0.0/24");
        db = f.addNetwork(null, "db", "10.2.0.0/24");
        Network t2web = f.addNetwork("t2", "web", "10.1.0.0/24");
        a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        b = f.addContainer("b", web.key(), "10.1.0.3", 1, 6);
        c = f.addContainer("c", web.key(), "10.1.0.4", 2, 5);
        d = f.addContainer("d", db.key(), "10.2.0.2", 1, 7);
        f.devices.addPort(RegistryFixture.device(2), 8, "veth-t2-a");
        t2a = f.containers.addContainer(RegistryFixture.containerBuilder("a", t2web.key(), "10.1.0.2", 2)
                                                .id("id-t2-a").portName("veth-t2-a").build());
        y = f.addContainer("y", t2web.key(), "10.1.0.3", 2, 9);
    }

    @After
    public void stopServer() throws Exception {
        server.close();
    }

    /**
     * What a daolictl run printed, and its exit status.
     */
    protected static final class Result {
        /** Exit status. */
        final int status;
        /** Standard output. */
        final String out;
        /** Standard error. */
        final String err;

        Result(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }

        /** Lines of the standard output. */
        List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
        }

        /** Standard output parsed as JSON. */
        JsonNode json() {
            try {
                return MAPPER.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + out, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    /**
     * Runs daolictl as an operator would type it.
     *
     * @param args command line
     * @return what it printed and its exit status
     */
    protected Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Daolictl.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new Result(status, out.toString(), err.toString());
    }

    /**
     * Runs daolictl where it must succeed: exit 0, nothing on standard error.
     *
     * @param args command line
     * @return what it printed
     */
    protected Result ok(String... args) {
        Result result = run(args);
        assertEquals(result.toString(), 0, result.status);
        assertEquals(result.toString(), "", result.err);
        return result;
    }

    /**
     * Runs daolictl where the server must reject the request: exit 2, nothing on standard output,
     * the server's message naming the field on standard error, and nothing changed on the server.
     *
     * @param status HTTP status the server answers
     * @param field  field the server's message names
     * @param args   command line
     * @return the error line
     */
    protected String rejected(int status, String field, String... args) {
        Map<String, Object> before = state();
        Result result = run(args);
        assertEquals(result.toString(), Daolictl.API_ERROR, result.status);
        assertEquals(result.toString(), "", result.out);
        assertThat(result.err, startsWith("daolictl: " + status + " " + field + ": "));
        assertThat(result.toString(), result.err.lines().count(), is(1L));
        assertEquals(result.err, before, state());
        return result.err.strip();
    }

    /**
     * Runs daolictl with a usage error: exit 1, nothing on standard output, the reason on
     * standard error, and nothing changed on the server.
     *
     * @param args command line
     * @return standard error
     */
    protected String usageError(String... args) {
        Map<String, Object> before = state();
        Result result = run(args);
        assertEquals(result.toString(), Daolictl.USAGE, result.status);
        assertEquals(result.toString(), "", result.out);
        assertThat(result.err, startsWith("daolictl: "));
        assertEquals(result.err, before, state());
        return result.err;
    }

    /**
     * Returns everything daolictl could change on the server.
     *
     * @return state
     */
    protected Map<String, Object> state() {
        return ImmutableMap.<String, Object>builder()
                .put("servers", ImmutableSet.copyOf(server.registry.servers.servers()))
                .put("networks", ImmutableSet.copyOf(server.registry.networks.networks()))
                .put("containers", ImmutableSet.copyOf(server.registry.containers.containers()))
                .put("groups", ImmutableSet.copyOf(server.routing.policy.groups()))
                .put("pairs", ImmutableSet.copyOf(server.routing.policy.pairPolicies()))
                .put("rules", ImmutableSet.copyOf(server.routing.policy.firewallRules()))
                .put("mappings", ImmutableSet.copyOf(server.routing.mappings.mappings()))
                .put("routes", ImmutableSet.copyOf(server.routing.routing.routes()))
                .build();
    }

    /**
     * Delivers a ping of a container to the app, as its server's bridge would punt it.
     *
     * @param from   sending container
     * @param port   its port number on its server
     * @param dstMac destination MAC, as proxy ARP answered it
     * @param dstIp  destination IP
     */
    protected void ping(Container from, long port, MacAddress dstMac, String dstIp) {
        server.routing.receive(new ConnectPoint(from.server(), PortNumber.portNumber(port)),
                               Packets.ping(from.mac(), dstMac, from.ip().toString(), dstIp));
    }

    /**
     * Splits a table line into its cells.
     *
     * @param line line
     * @return cells
     */
    protected static List<String> cells(String line) {
        return Arrays.asList(line.trim().split("\\s+"));
    }

    /**
     * Returns the rows of a table after its header, split into cells.
     *
     * @param result output of a table
     * @return rows
     */
    protected static List<List<String>> rows(Result result) {
        List<List<String>> rows = new ArrayList<>();
        result.lines().stream().skip(1).forEach(l -> rows.add(cells(l)));
        return rows;
    }

    /**
     * Returns the cells of a table's header.
     *
     * @param result output of a table
     * @return titles
     */
    protected static List<String> header(Result result) {
        return cells(result.lines().get(0));
    }
}
