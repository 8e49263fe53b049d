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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.DaoliNetException;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * Maps a {@link DaoliNetException} to its HTTP status with the body
 * {@code {"code": status, "message": "field: detail"}}, the shape of ONOS's own error responses.
 * JAX-RS picks the mapper of the most specific exception type, so this one, not ONOS's
 * {@code RuntimeException} mapper (500), answers every DaoliNet rejection.
 */
@Provider
public class DaoliNetExceptionMapper implements ExceptionMapper<DaoliNetException> {

    static final String CODE = "code";
    static final String MESSAGE = "message";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Response toResponse(DaoliNetException exception) {
        Response.Status status = status(exception.reason());
        ObjectNode body = MAPPER.createObjectNode()
                .put(CODE, status.getStatusCode())
                .put(MESSAGE, exception.getMessage());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /**
     * Returns the HTTP status of a rejection reason.
     *
     * @param reason reason
     * @return status
     */
    static Response.Status status(DaoliNetException.Reason reason) {
        switch (reason) {
            case NOT_FOUND:
                return Response.Status.NOT_FOUND;
            case CONFLICT:
                return Response.Status.CONFLICT;
            case INVALID:
            default:
                return Response.Status.BAD_REQUEST;
        }
    }
}
