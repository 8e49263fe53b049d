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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.daolinet.api.ContainerAdminService;
import org.daolinet.api.ContainerService;
import org.daolinet.api.NetworkAdminService;
import org.daolinet.api.NetworkService;
import org.daolinet.api.ServerAdminService;
import org.daolinet.api.ServerService;
import org.daolinet.codec.CodecRegister;
import org.daolinet.impl.RegistryFixture;
import org.junit.After;
import org.junit.Before;
import org.onlab.junit.TestUtils;
import org.onlab.osgi.TestServiceDirectory;
import org.onlab.packet.IpAddress;
import org.onosproject.codec.CodecService;
import org.onosproject.codec.impl.CodecManager;
import org.onosproject.event.Event;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Runs commands against the real registry (stores and managers of {@link RegistryFixture}) and
 * ONOS's real codec manager with DaoliNet's codecs, capturing what they print.
 */
public abstract class CommandTestBase {

    /** VIPs checked for leaked allocations: the start of the default pool. */
    private static final int VIPS_CHECKED = 64;
    private static final int VIP_POOL_BASE = IpAddress.valueOf("100.64.0.0").getIp4Address().toInt();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    protected RegistryFixture f;
    protected TestServiceDirectory directory;
    private final List<Event<?, ?>> events = new ArrayList<>();

    @Before
    public void setUpRegistry() {
        f = new RegistryFixture();
        CodecManager codecs = new CodecManager();
        codecs.activate();
        // DaoliNet's codecs, registered as when the app starts
        CodecRegister register = new CodecRegister();
        TestUtils.setField(register, "codecService", codecs);
        TestUtils.callMethod(register, "activate", new Class<?>[]{});
        directory = new TestServiceDirectory()
                .add(ServerService.class, f.servers)
                .add(ServerAdminService.class, f.servers)
                .add(NetworkService.class, f.networks)
                .add(NetworkAdminService.class, f.networks)
                .add(ContainerService.class, f.containers)
                .add(ContainerAdminService.class, f.containers)
                .add(CodecService.class, codecs);
        f.servers.addListener(events::add);
        f.networks.addListener(events::add);
        f.containers.addListener(events::add);
    }

    @After
    public void tearDownRegistry() {
        f.tearDown();
    }

    /**
     * What a command printed.
     */
    protected static final class Output {
        /** Standard output. */
        final String out;
        /** Error output. */
        final String err;

        Output(String out, String err) {
            this.out = out;
            this.err = err;
        }

        /** Lines of the standard output. */
        List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
        }

        /** The "Error: ..." lines of the error output (log output may be interleaved there). */
        List<String> errors() {
            return err.lines().filter(l -> l.startsWith("Error: ")).collect(Collectors.toList());
        }

        /** Standard output parsed as JSON. */
        JsonNode json() {
            try {
                return MAPPER.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + out, e);
            }
        }
    }

    /**
     * Runs a command as Karaf would after injecting its arguments.
     *
     * @param command command with its argument fields set
     * @return what it printed
     */
    protected Output run(DaoliNetCommand command) {
        command.redirectServices(directory);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            command.doExecute();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Output(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs a command with {@code -j}.
     *
     * @param command command with its argument fields set
     * @return what it printed
     */
    protected Output runJson(DaoliNetCommand command) {
        TestUtils.setField(command, "json", true);
        return run(command);
    }

    /**
     * Runs a command that succeeds and returns its output, checking it printed no error.
     *
     * @param command command
     * @return output
     */
    protected Output ok(DaoliNetCommand command) {
        Output output = run(command);
        assertThat("unexpected error: " + output.err, output.errors(), is(empty()));
        return output;
    }

    /**
     * Runs a command that must be rejected: it prints one error naming the field, nothing on
     * standard output, and changes nothing (no registration, no event, no VIP held).
     *
     * @param command command
     * @param field   field the error must name
     * @return the error line
     */
    protected String assertRejected(DaoliNetCommand command, String field) {
        Map<String, Object> before = state();
        events.clear();
        Output output = run(command);
        assertThat(output.errors(), hasSize(1));
        String error = output.errors().get(0);
        assertThat(error, startsWith("Error: " + field + ": "));
        assertEquals("nothing on stdout", "", output.out);
        assertEquals("registry unchanged after: " + error, before, state());
        assertThat("no events after: " + error, events, is(empty()));
        return error;
    }

    /**
     * Returns everything a command could change: the registrations and the VIP allocations.
     */
    private Map<String, Object> state() {
        ImmutableMap.Builder<Object, Object> vips = ImmutableMap.builder();
        for (int i = 1; i <= VIPS_CHECKED; i++) {
            IpAddress vip = IpAddress.valueOf(VIP_POOL_BASE + i);
            String owner = f.vips.owner(vip);
            if (owner != null) {
                vips.put(vip, owner);
            }
        }
        return ImmutableMap.of("servers", ImmutableSet.copyOf(f.servers.servers()),
                               "networks", ImmutableSet.copyOf(f.networks.networks()),
                               "containers", ImmutableSet.copyOf(f.containers.containers()),
                               "vips", vips.build());
    }

    /**
     * Splits a table line into its cells.
     *
     * @param line table line
     * @return cells
     */
    protected static List<String> cells(String line) {
        return Arrays.asList(line.trim().split("\\s+"));
    }

    /**
     * Returns the table row whose first cell is the given value.
     *
     * @param output output of a listing
     * @param first  first cell
     * @return cells of the row
     */
    protected static List<String> row(Output output, String first) {
        return output.lines().stream().map(CommandTestBase::cells)
                .filter(c -> c.get(0).equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in\n" + output.out));
    }
}
