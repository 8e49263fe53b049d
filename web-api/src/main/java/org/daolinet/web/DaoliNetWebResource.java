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
import org.daolinet.api.DaoliNetException;
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
}
