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
package org.daolinet.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.Test;

import javax.ws.rs.core.Response;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * REST tests of {@code /servers}.
 */
public class ServerWebResourceTest extends DaoliNetResourceTest {

    private static final String SERVERS = "servers";
    private static final String LONG_NAME = "n".repeat(65);

    /**
     * Returns the JSON of server number n.
     *
     * @param n server number
     * @return JSON
     */
    static ObjectNode server(int n) {
        return MAPPER.createObjectNode()
                .put("deviceId", device(n).toString())
                .put("name", "docker-" + n)
                .put("uplinkPort", "eth0")
                .put("ip", "192.168.1." + n)
                .put("mac", String.format("52:54:00:00:01:%02x", n));
    }

    @Test
    public void createsGetsListsAndDeletes() {
        assertThat(body(get(SERVERS), 200).get(SERVERS).size(), is(0));

        Response created = post(SERVERS, server(2));
        JsonNode json = body(created, 201);
        assertThat(json, is(server(2)));
        String location = created.getLocation().toString();
        assertThat(location, endsWith("/servers/of:0000000000000002"));
        assertThat(body(client().target(location).request().get(), 200), is(server(2)));
        assertThat(f.servers.serverByName("docker-2").deviceId(), is(device(2)));

        body(post(SERVERS, server(1)), 201);
        JsonNode list = body(get(SERVERS), 200).get(SERVERS);
        assertThat(list.size(), is(2));
        assertThat(list.get(0), is(server(1)));
        assertThat(list.get(1), is(server(2)));

        assertThat(body(get("servers/docker-1"), 200), is(server(1)));
        assertThat(body(get("servers/of:0000000000000001"), 200), is(server(1)));

        assertThat(body(delete("servers/docker-2"), 200), is(server(2)));
        assertThat(f.servers.server(device(2)), nullValue());
        assertError(get("servers/docker-2"), 404, "server");
        assertThat(body(delete("servers/of:0000000000000001"), 200), is(server(1)));
        assertThat(f.servers.servers().isEmpty(), is(true));
    }

    @Test
    public void repeatedRegistrationIsHarmless() {
        body(post(SERVERS, server(1)), 201);
        Response again = post(SERVERS, server(1));
        assertThat(body(again, 200), is(server(1)));
        assertThat(again.getLocation(), nullValue());
        assertEquals(1, f.servers.servers().size());
    }

    @Test
    public void rejectsRegistrationsCollidingWithAnother() {
        body(post(SERVERS, server(1)), 201);
        assertRejected(409, "name", () -> post(SERVERS, with(server(2), "name", "docker-1")));
        assertRejected(409, "ip", () -> post(SERVERS, with(server(2), "ip", "192.168.1.1")));
        assertRejected(409, "deviceId", () -> post(SERVERS, with(server(1), "name", "other")));
        // the failed requests held on to nothing
        body(post(SERVERS, server(2)), 201);
    }

    @Test
    public void rejectsInvalidFields() {
        assertRejected(400, "deviceId", () -> post(SERVERS, with(server(1), "deviceId", "switch-1")));
        assertRejected(400, "deviceId", () -> post(SERVERS, with(server(1), "deviceId", "of:00000000000000AB")));
        assertRejected(400, "name", () -> post(SERVERS, with(server(1), "name", "docker 1")));
        assertRejected(400, "name", () -> post(SERVERS, with(server(1), "name", LONG_NAME)));
        assertRejected(400, "name", () -> post(SERVERS, with(server(1), "name", "docker/1")));
        assertRejected(400, "uplinkPort", () -> post(SERVERS, with(server(1), "uplinkPort", "eth 0")));
        assertRejected(400, "uplinkPort", () -> post(SERVERS, with(server(1), "uplinkPort", LONG_NAME)));
        assertRejected(400, "ip", () -> post(SERVERS, with(server(1), "ip", "192.168.1.300")));
        assertRejected(400, "ip", () -> post(SERVERS, with(server(1), "ip", "fd00::1")));
        assertRejected(400, "mac", () -> post(SERVERS, with(server(1), "mac", "52:54:00:00:01")));
        assertRejected(400, "mac", () -> post(SERVERS, with(server(1), "mac", "01:00:5e:00:00:01")));
        assertRejected(400, "mac", () -> post(SERVERS, with(server(1), "mac", "ff:ff:ff:ff:ff:ff")));
        assertRejected(400, "mac", () -> post(SERVERS, with(server(1), "mac", "00:00:00:00:00:00")));
        assertThat(f.servers.servers().isEmpty(), is(true));
    }

    @Test
    public void rejectsMissingAndMistypedFields() {
        for (String field : new String[]{"deviceId", "name", "uplinkPort", "ip", "mac"}) {
            assertRejected(400, field, () -> post(SERVERS, with(server(1), field, null)));
            assertRejected(400, field, () -> post(SERVERS, with(server(1), field, "")));
            assertRejected(400, field, () -> post(SERVERS, with(server(1), field, IntNode.valueOf(1))));
            assertRejected(400, field, () -> post(SERVERS, with(server(1), field, MAPPER.createArrayNode())));
        }
        assertThat(f.servers.servers().isEmpty(), is(true));
    }

    @Test
    public void rejectsBodiesThatAreNotOneJsonObject() {
        assertRejected(400, "body", () -> post(SERVERS, "{\"name\": "));
        assertRejected(400, "body", () -> post(SERVERS, "not json"));
        assertRejected(400, "body", () -> post(SERVERS, ""));
        assertRejected(400, "body", () -> post(SERVERS, "[" + server(1) + "]"));
        assertRejected(400, "body", () -> post(SERVERS, "\"docker-1\""));
        assertRejected(400, "body", () -> post(SERVERS, "null"));
        assertRejected(400, "body", () -> post(SERVERS, server(1) + " {}"));
        assertRejected(400, "body", () -> post(SERVERS, server(1).toString().replace("{", "{\"name\":\"x\",")));
        assertThat(f.servers.servers().isEmpty(), is(true));
    }

    @Test
    public void unknownServersAreNotFound() {
        body(post(SERVERS, server(1)), 201);
        assertRejected(404, "server", () -> get("servers/docker-9"));
        assertRejected(404, "server", () -> get("servers/of:0000000000000009"));
        assertRejected(404, "server", () -> delete("servers/docker-9"));
        assertRejected(404, "server", () -> delete("servers/of:0000000000000009"));
    }

    @Test
    public void keepsServersThatHostContainers() {
        f.addServer(1);
        f.addContainer("a", f.addNetwork(null, "web", "10.1.0.0/24").key(), "10.1.0.2", 1, 5);
        String message = assertRejected(409, "deviceId", () -> delete("servers/s1"));
        assertThat(message, endsWith("still hosts 1 containers"));
        f.containers.removeContainer("id-a");
        body(delete("servers/s1"), 200);
    }
}
