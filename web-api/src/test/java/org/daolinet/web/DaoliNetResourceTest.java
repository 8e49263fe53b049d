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
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.Container;
import org.daolinet.api.ContainerAdminService;
import org.daolinet.api.ContainerService;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkAdminService;
import org.daolinet.api.NetworkService;
import org.daolinet.api.Server;
import org.daolinet.api.ServerAdminService;
import org.daolinet.api.ServerService;
import org.daolinet.codec.CodecRegister;
import org.daolinet.impl.RegistryFixture;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.glassfish.jersey.test.jetty.JettyTestContainerFactory;
import org.glassfish.jersey.test.spi.TestContainerFactory;
import org.junit.After;
import org.junit.Before;
import org.onlab.junit.TestUtils;
import org.onlab.osgi.TestServiceDirectory;
import org.onlab.rest.AuthorizationFilter;
import org.onlab.rest.BaseResource;
import org.onosproject.codec.CodecService;
import org.onosproject.codec.impl.CodecManager;

import javax.ws.rs.client.Entity;
import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Base of the REST tests: the DaoliNet web application on Jetty, in front of the real registry
 * (stores and managers of {@link RegistryFixture}) and the real ONOS codec service with
 * DaoliNet's codecs registered by {@link CodecRegister}. It stands in for onos-rest's
 * ResourceTest, whose classes Maven cannot reach (they sit under WEB-INF/classes).
 */
public abstract class DaoliNetResourceTest extends JerseyTest {

    /** JSON mapper for requests and responses. */
    protected static final ObjectMapper MAPPER = new ObjectMapper();

    /** The registry behind the resources. */
    protected RegistryFixture f;

    /** The services the resources find; tests of other resources add theirs. */
    protected TestServiceDirectory services;

    /**
     * Serves the DaoliNet web application, as web.xml names it, on a free port.
     */
    protected DaoliNetResourceTest() {
        super(ResourceConfig.forApplicationClass(DaoliNetWebApplication.class));
        set(TestProperties.CONTAINER_PORT, 0);
        // ONOS checks the user's roles there; BASIC authentication is the servlet container's job
        AuthorizationFilter.disableForTests();
    }

    @Override
    protected TestContainerFactory getTestContainerFactory() {
        return new JettyTestContainerFactory();
    }

    /**
     * Wires a fresh registry and codec service into the resources' service directory.
     */
    @Before
    public void setUpRegistry() {
        f = new RegistryFixture();
        CodecManager codecs = new CodecManager();
        codecs.activate();
        CodecRegister register = new CodecRegister();
        TestUtils.setField(register, "codecService", codecs);
        TestUtils.callMethod(register, "activate", new Class<?>[]{});
        services = new TestServiceDirectory()
                .add(CodecService.class, codecs)
                .add(ServerService.class, f.servers)
                .add(ServerAdminService.class, f.servers)
                .add(NetworkService.class, f.networks)
                .add(NetworkAdminService.class, f.networks)
                .add(ContainerService.class, f.containers)
                .add(ContainerAdminService.class, f.containers);
        TestUtils.setField(BaseResource.class, "services", services);
    }

    /**
     * Deactivates the registry.
     */
    @After
    public void tearDownRegistry() {
        f.tearDown();
    }

    /**
     * Sends a GET.
     *
     * @param path  path below the application
     * @param query query parameters: alternating names and values
     * @return response
     */
    protected Response get(String path, String... query) {
        return targetWithQuery(path, query).request(MediaType.APPLICATION_JSON_TYPE).get();
    }

    /**
     * Sends a POST with a JSON body.
     *
     * @param path path below the application
     * @param body request body, sent as is
     * @return response
     */
    protected Response post(String path, String body) {
        return target(path).request(MediaType.APPLICATION_JSON_TYPE)
                .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
    }

    /**
     * Sends a POST with a JSON object.
     *
     * @param path path below the application
     * @param body request body
     * @return response
     */
    protected Response post(String path, ObjectNode body) {
        return post(path, body.toString());
    }

    /**
     * Sends a PUT with a JSON body.
     *
     * @param path  path below the application
     * @param body  request body, sent as is
     * @param query query parameters: alternating names and values
     * @return response
     */
    protected Response put(String path, String body, String... query) {
        return targetWithQuery(path, query).request(MediaType.APPLICATION_JSON_TYPE)
                .put(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
    }

    /**
     * Sends a DELETE.
     *
     * @param path  path below the application
     * @param query query parameters: alternating names and values
     * @return response
     */
    protected Response delete(String path, String... query) {
        return targetWithQuery(path, query).request(MediaType.APPLICATION_JSON_TYPE).delete();
    }

    private WebTarget targetWithQuery(String path, String... query) {
        WebTarget target = target(path);
        for (int i = 0; i < query.length; i += 2) {
            target = target.queryParam(query[i], query[i + 1]);
        }
        return target;
    }

    /**
     * Reads a response body and checks the status.
     *
     * @param response response
     * @param status   expected status
     * @return JSON body
     */
    protected static JsonNode body(Response response, int status) {
        String text = response.readEntity(String.class);
        assertEquals(text, status, response.getStatus());
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks an error response: its status, and a body {@code {"code", "message"}} whose message
     * names the offending field.
     *
     * @param response response
     * @param status   expected status
     * @param field    field the message must start with
     * @return the message
     */
    protected static String assertError(Response response, int status, String field) {
        JsonNode error = body(response, status);
        assertThat(error.toString(), error.path("code").asInt(), is(status));
        assertThat(error.path("message").asText(), startsWith(field + ": "));
        assertThat(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE), is(true));
        return error.path("message").asText();
    }

    /**
     * Sends a request that must be rejected and checks that the registry is exactly as before.
     *
     * @param status  expected status
     * @param field   field the message must start with
     * @param request the request
     * @return the message
     */
    protected String assertRejected(int status, String field, Supplier<Response> request) {
        Set<Server> servers = f.servers.servers();
        Set<Network> networks = f.networks.networks();
        Set<Container> containers = f.containers.containers();
        String message = assertError(request.get(), status, field);
        assertEquals(message, servers, f.servers.servers());
        assertEquals(message, networks, f.networks.networks());
        assertEquals(message, containers, f.containers.containers());
        return message;
    }

    /**
     * Returns a copy of a JSON object with one field replaced, or removed if the value is null.
     *
     * @param json  object
     * @param field field
     * @param value new value: a String, a JsonNode, or null
     * @return changed copy
     */
    protected static ObjectNode with(ObjectNode json, String field, Object value) {
        ObjectNode copy = json.deepCopy();
        if (value == null) {
            copy.remove(field);
        } else if (value instanceof JsonNode) {
            copy.set(field, (JsonNode) value);
        } else {
            copy.put(field, value.toString());
        }
        return copy;
    }
}
