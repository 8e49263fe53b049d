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
    }
}
