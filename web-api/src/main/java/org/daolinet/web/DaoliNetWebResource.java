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

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.Container;
import org.daolinet.api.ContainerService;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.Server;
import org.daolinet.api.ServerService;
import org.daolinet.api.Validation;
import org.onosproject.rest.AbstractWebResource;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;

/**
 * What the DaoliNet resources share: strict reading of request bodies and the 201/200 answer
 * to a creation. The resource itself is the codec context, so codecs find the registry services
 * where the resource finds them.
 */
public abstract class DaoliNetWebResource extends AbstractWebResource {

    /** Field named in rejections of the request body as a whole. */
    static final String BODY = "body";
    /** Query parameter or path segment naming a container. */
    static final String CONTAINER = "container";
    /** Query parameter naming a tenant. */
    static final String TENANT = "tenant";
    /** Query parameter or path segment naming a server. */
    static final String SERVER = "server";

    /**
     * Reader of request bodies. Trailing content and repeated keys are rejected: the request
     * would otherwise mean something other than what its author wrote.
     */
    private static final ObjectReader JSON = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @Context
    private UriInfo uriInfo;

    /**
     * Reads a request body that must be a JSON object.
     *
     * @param input request body
     * @return the object
     * @throws DaoliNetException INVALID on field {@code body} if the body is not a JSON object
     */
    protected static ObjectNode readObject(InputStream input) {
        JsonNode tree;
        try {
            tree = JSON.readTree(input);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw at == null
                    ? DaoliNetException.invalid(BODY, "malformed JSON: %s", e.getOriginalMessage())
                    : DaoliNetException.invalid(BODY, "malformed JSON at line %d, column %d: %s",
                                                at.getLineNr(), at.getColumnNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw DaoliNetException.invalid(BODY, "unreadable request body: %s", e.getMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw DaoliNetException.invalid(BODY, "a JSON object is required");
        }
        return (ObjectNode) tree;
    }

    /**
     * Returns a required string field of a request body, for the small bodies that name one value
     * (an action, a member) and need no codec.
     *
     * @param json  request body
     * @param field field name
     * @return the string
     * @throws DaoliNetException INVALID on the field if it is missing, empty or not a string
     */
    protected static String requiredText(ObjectNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) {
            throw DaoliNetException.invalid(field, "is required");
        }
        if (!node.isTextual()) {
            throw DaoliNetException.invalid(field, "must be a string, not %s", node);
        }
        return node.asText();
    }

    /**
     * Checks an optional tenant query parameter or path segment.
     *
     * @param tenant tenant, or null if not given
     * @return the tenant, or null
     * @throws DaoliNetException INVALID on {@code tenant} if it is not a valid name
     */
    protected static String tenant(String tenant) {
        return tenant == null ? null : Validation.name(TENANT, tenant);
    }

    /**
     * Answers a creation request: 201 Created with the location of the new item, or 200 OK when
     * the request repeated an existing item exactly. Both carry the stored item. Resources tell
     * the two apart by looking the key up before calling the service, which returns an existing
     * item only for an exact repetition and rejects any other request for a taken key.
     *
     * @param created  whether the request created the item
     * @param body     JSON of the stored item
     * @param segments path of the item below the application's base URI
     * @return response
     */
    protected Response createdOrExisting(boolean created, ObjectNode body, String... segments) {
        if (!created) {
            return Response.ok(body).build();
        }
        return Response.created(uriInfo.getBaseUriBuilder().segment(segments).build()).entity(body).build();
    }

    /**
     * Finds a container by id, or by name within a tenant.
     *
     * @param tenant   tenant of a container name (the default tenant if null)
     * @param idOrName container id or name
     * @return the container
     * @throws DaoliNetException INVALID on {@code tenant} if the tenant is not a valid name,
     *                           NOT_FOUND on {@code container} if no such container is registered
     */
    protected Container container(String tenant, String idOrName) {
        tenant(tenant);
        Container container = get(ContainerService.class).resolve(tenant, idOrName);
        if (container == null) {
            throw DaoliNetException.notFound(CONTAINER, "container %s is not registered", idOrName);
        }
        return container;
    }

    /**
     * Finds a server by name, or by the device id of its bridge.
     *
     * @param nameOrDeviceId server name or device id
     * @return the server
     * @throws DaoliNetException NOT_FOUND on {@code server} if no such server is registered
     */
    protected Server server(String nameOrDeviceId) {
        Server server = get(ServerService.class).resolve(nameOrDeviceId);
        if (server == null) {
            throw DaoliNetException.notFound(SERVER, "server %s is not registered", nameOrDeviceId);
        }
        return server;
    }
}
