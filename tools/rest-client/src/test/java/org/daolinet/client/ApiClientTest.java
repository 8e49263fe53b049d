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
package org.daolinet.client;

import org.junit.Test;

import java.net.URI;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/**
 * Tests of the server addresses and API paths the client builds.
 */
public class ApiClientTest {

    @Test
    public void readsServerAddresses() {
        assertEquals(URI.create("http://127.0.0.1:8181"), ApiClient.serverUri("http://127.0.0.1:8181"));
        assertEquals(URI.create("http://127.0.0.1:8181"), ApiClient.serverUri("127.0.0.1:8181/"));
        assertEquals(URI.create("https://onos.example:8443"), ApiClient.serverUri(" https://onos.example:8443 "));
        assertEquals(URI.create("http://[::1]:8181/proxy"), ApiClient.serverUri("http://[::1]:8181/proxy/"));
    }

    @Test
    public void rejectsWhatIsNoServerAddress() {
        for (String bad : new String[]{"ftp://host", "http://", "http://host:8181?x=1", "http://ho st", ""}) {
            try {
                ApiClient.serverUri(bad);
                fail("accepted " + bad);
            } catch (IllegalArgumentException e) {
                // the message quotes what the operator wrote
                assertEquals(true, e.getMessage().contains("'" + bad + "'"));
            }
        }
    }

    @Test
    public void encodesEachPathSegment() {
        assertEquals("groups/default/g1", ApiClient.path("groups", "default", "g1"));
        assertEquals("containers/a%2Fb/move", ApiClient.path("containers", "a/b") + "/move");
        assertEquals("networks/t%201/we%3Fb", ApiClient.path("networks", "t 1", "we?b"));
    }
}
