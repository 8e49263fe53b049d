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
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;

import java.io.File;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThat;

/**
 * Checks the OpenAPI document that onos-maven-plugin generates from the resources' javadoc.
 * The plugin only warns when it cannot read a resource, so a broken javadoc tag would otherwise
 * ship an incomplete document unnoticed.
 */
public class ApiDocTest {

    private static JsonNode swagger() throws IOException {
        File doc = new File(System.getProperty("basedir", "."), "target/swagger.json");
        return new ObjectMapper().readTree(doc);
    }

    @Test
    public void documentsEveryOperation() throws IOException {
        JsonNode doc = swagger();
        assertThat(doc.path("basePath").asText(), is("/onos/daolinet"));
        JsonNode paths = doc.path("paths");
        assertThat(paths.path("/servers").has("get"), is(true));
        assertThat(paths.path("/servers").has("post"), is(true));
        assertThat(paths.path("/servers/{server}").has("get"), is(true));
        assertThat(paths.path("/servers/{server}").has("delete"), is(true));
        assertThat(paths.path("/networks").has("get"), is(true));
        assertThat(paths.path("/networks").has("post"), is(true));
        assertThat(paths.path("/networks/{name}").has("get"), is(true));
        assertThat(paths.path("/networks/{name}").has("delete"), is(true));
        assertThat(paths.path("/networks/{tenant}/{name}").has("get"), is(true));
        assertThat(paths.path("/networks/{tenant}/{name}").has("delete"), is(true));
        assertThat(paths.path("/containers").has("get"), is(true));
        assertThat(paths.path("/containers").has("post"), is(true));
        assertThat(paths.path("/containers/{idOrName}").has("get"), is(true));
        assertThat(paths.path("/containers/{idOrName}").has("delete"), is(true));
        assertThat(paths.path("/containers").path("get").path("parameters").size(), is(3));
        assertThat(paths.path("/routes").has("get"), is(true));
        assertThat(paths.path("/routes").has("delete"), is(true));
        assertThat(paths.path("/routes").path("get").path("parameters").size(), is(4));
        assertThat(paths.path("/routes").path("delete").path("parameters").size(), is(2));
        assertThat(paths.path("/stats").has("get"), is(true));
    }

    @Test
    public void documentsEveryPolicyOperation() throws IOException {
        JsonNode paths = swagger().path("paths");
        String[][] operations = {
                {"/groups", "get", "post"}, {"/groups/{group}", "get", "delete"},
                {"/groups/{tenant}/{group}", "get", "delete"}, {"/groups/{tenant}/{group}/members", "post"},
                {"/groups/{tenant}/{group}/members/{network}", "delete"},
                {"/policies", "get"}, {"/policies/{one}/{other}", "get", "put", "delete"},
                {"/firewall", "get", "post"}, {"/firewall/{name}", "get", "delete"},
                {"/firewall/{tenant}/{name}", "get", "delete"},
                {"/portmaps", "get", "post"}, {"/portmaps/{name}", "get", "delete"}};
        for (String[] operation : operations) {
            for (int i = 1; i < operation.length; i++) {
                assertThat(operation[0] + " " + operation[i], paths.path(operation[0]).has(operation[i]), is(true));
            }
        }
        assertThat(paths.path("/policies").path("get").path("parameters").size(), is(2));
        assertThat(paths.path("/portmaps").path("get").path("parameters").size(), is(2));
        JsonNode put = paths.path("/policies/{one}/{other}").path("put").path("parameters");
        assertThat(put.size(), is(4));
        assertThat(put.path(0).path("required").asBoolean(), is(true));
        assertThat(put.path(2).path("in").asText(), is("body"));
        assertThat(put.path(2).path("required").asBoolean(), is(true));
        assertThat(put.path(3).path("name").asText(), is("tenant"));
        assertThat(put.path(3).path("required").asBoolean(), is(false));
    }

    @Test
    public void describesEveryRequestBody() throws IOException {
        JsonNode doc = swagger();
        for (String[] post : new String[][]{{"/servers", "Server"}, {"/networks", "Network"},
                {"/containers", "Container"}}) {
            JsonNode body = doc.path("paths").path(post[0]).path("post").path("parameters").path(0);
            assertThat(body.path("in").asText(), is("body"));
            assertThat(body.path("schema").path("$ref").asText(), is("#/definitions/" + post[1]));
            assertThat(doc.path("definitions").path(post[1]).path("type").asText(), is("object"));
        }
        assertThat(doc.path("definitions").path("Container").path("required").size(), is(7));
        for (String[] request : new String[][]{{"/groups", "post", "Group"},
                {"/groups/{tenant}/{group}/members", "post", "GroupMember"},
                {"/policies/{one}/{other}", "put", "PairAction"}, {"/firewall", "post", "FirewallRule"},
                {"/portmaps", "post", "PortMapping"}}) {
            JsonNode body = null;
            for (JsonNode p : doc.path("paths").path(request[0]).path(request[1]).path("parameters")) {
                if (p.path("in").asText().equals("body")) {
                    body = p;
                }
            }
            assertThat(request[0] + " has a body", body == null, is(false));
            assertThat(request[0], body.path("required").asBoolean(), is(true));
            assertThat(body.path("schema").path("$ref").asText(), is("#/definitions/" + request[2]));
            assertThat(doc.path("definitions").path(request[2]).path("type").asText(), is("object"));
        }
        assertThat(doc.path("definitions").path("FirewallRule").path("required").size(), is(4));
        assertThat(doc.path("definitions").path("PortMapping").path("required").size(), is(4));
    }

    /**
     * The plugin gives a parameter the description of the last {@code @param} whose text contains
     * the parameter's name, so a description that mentions another parameter steals its place.
     */
    @Test
    public void describesEveryParameterByItsOwnJavadoc() throws IOException {
        JsonNode doc = swagger();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            Set<String> descriptions = new HashSet<>();
            op.getValue().path("parameters").forEach(p -> assertThat(
                    path.getKey() + " " + op.getKey() + " " + p.path("name").asText() + ": " + p.path("description"),
                    descriptions.add(p.path("description").asText()), is(true)));
        }));
        JsonNode revoke = doc.path("paths").path("/routes").path("delete").path("parameters");
        assertThat(revoke.path(0).path("name").asText(), is("container"));
        assertThat(revoke.path(0).path("required").asBoolean(), is(true));
        assertThat(revoke.path(1).path("required").asBoolean(), is(false));
    }
}
