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
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertThat;

/**
 * REST tests of {@code /portmaps} on the servers and containers of {@link RoutingResourceTest}.
 */
public class PortMappingWebResourceTest extends PolicyResourceTest {

    private static final String PORTMAPS = "portmaps";
    private static final int TCP = 6;
    private static final int UDP = 17;

    /** Publishes TCP port 80 of container a on port 8080 of its server. */
    private static ObjectNode http() {
        return MAPPER.createObjectNode().put("name", "http").put("container", "a").put("serverPort", 8080)
                .put("containerPort", 80);
    }

    private List<String> listed(String... query) {
        List<String> names = new ArrayList<>();
        body(get(PORTMAPS, query), 200).get(PORTMAPS).forEach(m -> names.add(m.get("name").asText()));
        return names;
    }

    @Test
    public void createsGetsListsAndDeletes() {
        assertThat(listed().isEmpty(), is(true));

        Response created = post(PORTMAPS, http());
        JsonNode http = body(created, 201);
        assertThat(http.toString(), is("{\"name\":\"http\",\"container\":\"id-a\",\"containerName\":\"a\","
                                               + "\"protocol\":\"tcp\",\"server\":\"of:0000000000000001\","
                                               + "\"serverName\":\"s1\",\"serverPort\":8080,\"containerPort\":80}"));
        assertThat(created.getLocation().toString(), endsWith("/portmaps/http"));
        assertThat(body(client().target(created.getLocation()).request().get(), 200), is(http));
        assertThat(routing.mappings.mappingAt(S1, TCP, 8080).containerId(), is("id-a"));

        // t2's a by name, published over UDP on the other server
        JsonNode dns = body(post(PORTMAPS, MAPPER.createObjectNode().put("name", "dns").put("container", "a")
                .put("tenant", "t2").put("protocol", "udp").put("server", "s1").put("serverPort", 53)
                .put("containerPort", 5353)), 201);
        assertThat(dns.get("container").asText(), is("id-t2-a"));
        assertThat(dns.get("serverName").asText(), is("s1"));
        body(post(PORTMAPS, with(with(http(), "name", "c-http"), "container", "id-c")), 201);

        assertThat(listed(), contains("c-http", "dns", "http"));
        assertThat(listed("container", "a"), contains("http"));
        assertThat(listed("container", "a", "tenant", "t2"), contains("dns"));
        assertThat(listed("container", "id-c"), contains("c-http"));
        assertThat(listed("container", "b").isEmpty(), is(true));

        assertThat(body(delete("portmaps/http"), 200), is(http));
        assertThat(routing.mappings.mappingAt(S1, TCP, 8080), nullValue());
        assertThat(body(delete("portmaps/dns"), 200), is(dns));
        assertThat(listed(), contains("c-http"));
        assertPolicyRejected(404, "name", () -> get("portmaps/http"));
    }

    @Test
    public void serverPortsAreClaimedPerServerAndProtocol() {
        body(post(PORTMAPS, http()), 201);
        String taken = assertPolicyRejected(409, "serverPort",
                                            () -> post(PORTMAPS, with(http(), "name", "other")));
        assertThat(taken, endsWith("is already used by http"));
        assertPolicyRejected(409, "serverPort", () -> post(PORTMAPS, with(with(http(), "name", "other"),
                                                                          "container", "b")));
        // the same port over UDP, or on another server, is free
        body(post(PORTMAPS, with(with(http(), "name", "udp"), "protocol", "udp")), 201);
        body(post(PORTMAPS, with(with(http(), "name", "s2"), "server", "s2")), 201);
        assertThat(routing.mappings.mappingAt(S1, UDP, 8080), notNullValue());
        assertThat(routing.mappings.mappingAt(S2, TCP, 8080).name(), is("s2"));
        // a withdrawn port is free again
        body(delete("portmaps/http"), 200);
        body(post(PORTMAPS, with(with(http(), "name", "again"), "container", "b")), 201);
    }

    @Test
    public void rejectsDuplicateNames() {
        body(post(PORTMAPS, http()), 201);
        assertPolicyRejected(409, "name", () -> post(PORTMAPS, with(http(), "serverPort", IntNode.valueOf(8081))));
        assertThat(routing.mappings.mappings().size(), is(1));
    }

    @Test
    public void rejectsUnknownReferences() {
        assertPolicyRejected(404, "container", () -> post(PORTMAPS, with(http(), "container", "nobody")));
        // y belongs to t2
        assertPolicyRejected(404, "container", () -> post(PORTMAPS, with(http(), "container", "y")));
        assertPolicyRejected(404, "server", () -> post(PORTMAPS, with(http(), "server", "s9")));
        assertPolicyRejected(404, "server", () -> post(PORTMAPS, with(http(), "server", "of:0000000000000009")));
        assertPolicyRejected(404, "container", () -> get(PORTMAPS, "container", "nobody"));
        assertThat(routing.mappings.mappings().isEmpty(), is(true));
    }

    @Test
    public void rejectsBadProtocolsAndPorts() {
        String icmp = assertPolicyRejected(400, "protocol", () -> post(PORTMAPS, with(http(), "protocol", "icmp")));
        assertThat(icmp, is("protocol: icmp has no ports: only tcp and udp can be published"));
        assertPolicyRejected(400, "protocol", () -> post(PORTMAPS, with(http(), "protocol", "any")));
        assertPolicyRejected(400, "protocol", () -> post(PORTMAPS, with(http(), "protocol", "http")));
        for (String field : new String[]{"serverPort", "containerPort"}) {
            assertPolicyRejected(400, field, () -> post(PORTMAPS, with(http(), field, IntNode.valueOf(0))));
            assertPolicyRejected(400, field, () -> post(PORTMAPS, with(http(), field, IntNode.valueOf(65536))));
            assertPolicyRejected(400, field, () -> post(PORTMAPS, with(http(), field, "80")));
            assertPolicyRejected(400, field, () -> post(PORTMAPS, with(http(), field, null)));
        }
        assertThat(routing.mappings.mappings().isEmpty(), is(true));
    }

    @Test
    public void rejectsBadNamesAndMissingFields() {
        assertPolicyRejected(400, "name", () -> post(PORTMAPS, with(http(), "name", "web http")));
        assertPolicyRejected(400, "name", () -> post(PORTMAPS, with(http(), "name", null)));
        assertPolicyRejected(400, "container", () -> post(PORTMAPS, with(http(), "container", null)));
        assertPolicyRejected(400, "tenant", () -> post(PORTMAPS, with(http(), "tenant", "t 2")));
        assertPolicyRejected(400, "body", () -> post(PORTMAPS, ""));
        assertPolicyRejected(400, "name", () -> get("portmaps/web%20http"));
        assertPolicyRejected(400, "name", () -> delete("portmaps/web%20http"));
        assertPolicyRejected(400, "tenant", () -> get(PORTMAPS, "container", "a", "tenant", "t 2"));
        assertThat(routing.mappings.mappings().isEmpty(), is(true));
    }

    @Test
    public void unknownMappingsAreNotFound() {
        body(post(PORTMAPS, http()), 201);
        assertPolicyRejected(404, "name", () -> get("portmaps/https"));
        assertPolicyRejected(404, "name", () -> delete("portmaps/https"));
    }
}
