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
package org.daolinet.api;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Rejection of a request by DaoliNet: invalid input, an unknown reference or a conflict with
 * existing state. The message always starts with the name of the offending field, so that REST,
 * CLI and daolictl users see which part of their request to fix.
 */
public final class DaoliNetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Why a request was rejected.
     */
    public enum Reason {
        /** The value is malformed or breaks a rule (HTTP 400). */
        INVALID,
        /** The request refers to something that does not exist (HTTP 404). */
        NOT_FOUND,
        /** The request collides with existing state (HTTP 409). */
        CONFLICT
    }

    private final Reason reason;
    private final String field;

    private DaoliNetException(Reason reason, String field, String detail) {
        super(checkNotNull(field) + ": " + checkNotNull(detail));
        this.reason = checkNotNull(reason);
        this.field = field;
    }

    /**
     * Creates a rejection of a malformed or rule-breaking value.
     *
     * @param field  name of the offending field
     * @param format detail message format
     * @param args   format arguments
     * @return exception to throw
     */
    public static DaoliNetException invalid(String field, String format, Object... args) {
        return new DaoliNetException(Reason.INVALID, field, String.format(format, args));
    }

    /**
     * Creates a rejection of a reference to something that does not exist.
     *
     * @param field  name of the offending field
     * @param format detail message format
     * @param args   format arguments
     * @return exception to throw
     */
    public static DaoliNetException notFound(String field, String format, Object... args) {
        return new DaoliNetException(Reason.NOT_FOUND, field, String.format(format, args));
    }

    /**
     * Creates a rejection of a request that collides with existing state.
     *
     * @param field  name of the offending field
     * @param format detail message format
     * @param args   format arguments
     * @return exception to throw
     */
    public static DaoliNetException conflict(String field, String format, Object... args) {
        return new DaoliNetException(Reason.CONFLICT, field, String.format(format, args));
    }

    /**
     * Returns why the request was rejected.
     *
     * @return reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the name of the offending field.
     *
     * @return field name
     */
    public String field() {
        return field;
    }
}
