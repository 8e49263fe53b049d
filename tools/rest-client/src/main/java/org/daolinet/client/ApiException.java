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

/**
 * A request the DaoliNet server rejected, or could not be asked. The message is the server's own
 * or says why it could not be reached; tools print it as it is (daolictl then exits with status 2).
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** HTTP status of a rejection; 0 if the server could not be asked. */
    private final int status;

    /**
     * Creates an exception.
     *
     * @param status  HTTP status of the rejection, or 0 if the server could not be asked
     * @param message what went wrong: the server's message, or why it could not be reached
     */
    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /**
     * Returns the HTTP status of the rejection.
     *
     * @return status, or 0 if the server could not be asked
     */
    public int status() {
        return status;
    }

    /**
     * Returns the line a tool prints: the status (if any) and the message, as in
     * {@code 409 name: group default/g1 already exists}.
     *
     * @return text
     */
    public String describe() {
        return status == 0 ? getMessage() : status + " " + getMessage();
    }
}
