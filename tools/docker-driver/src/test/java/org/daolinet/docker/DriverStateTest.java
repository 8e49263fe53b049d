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
package org.daolinet.docker;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The driver's records on disk: what one driver wrote, the next one reads.
 */
public class DriverStateTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void recordsSurviveARestart() throws IOException {
        Path dir = folder.getRoot().toPath();
        DriverState state = new DriverState(dir);
        NetworkRecord network = NetworkRecord.of("n1", "t1", null, "10.5.0.0/24", "10.5.0.1")
                .named("web").registered(JsonNodeFactory.instance.objectNode().put("tenant", "t1")
                        .put("name", "web").put("gatewayPort", "dlgw3").put("gatewayMac", "02:DA:01:00:00:03"));
        EndpointRecord endpoint = EndpointRecord.of("e1", "n1", "10.5.0.11", "02:aa:bb:cc:dd:ee", true)
                .joined("c1", "dle1", "e0");
        state.put(network);
        state.put(endpoint);
        state.put(NetworkRecord.of("n2", null, null, "10.6.0.0/24", "10.6.0.1"));
        state.removeNetwork("n2");

        DriverState again = new DriverState(dir);
        assertEquals(network, again.network("n1"));
        assertTrue(again.network("n1").isRegistered());
        assertEquals(endpoint, again.endpoint("e1"));
        assertEquals("e0", again.endpoint("e1").containerId());
        assertNull(again.network("n2"));
        assertEquals(1, again.networks().size());
    }

    @Test
    public void unreadableFilesAreSkipped() throws IOException {
        Path dir = folder.getRoot().toPath();
        new DriverState(dir);
        Files.writeString(dir.resolve("endpoints").resolve("broken.json"), "{half");
        assertTrue(new DriverState(dir).endpoints().isEmpty());
    }

    @Test
    public void idsThatAreNoDockerIdsNeverBecomePaths() throws IOException {
        DriverState state = new DriverState(folder.getRoot().toPath());
        try {
            state.put(EndpointRecord.of("../../etc/passwd", "n1", "10.5.0.11", "02:aa:bb:cc:dd:ee", true));
            fail("accepted a path as an id");
        } catch (DriverException e) {
            assertEquals("'../../etc/passwd' is not a Docker id", e.getMessage());
        }
        assertNull(state.endpoint("../../etc/passwd"));
    }
}
