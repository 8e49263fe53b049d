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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/**
 * Assertion that a request is rejected with a given reason, naming a given field.
 */
public final class RejectionAssert {

    private RejectionAssert() {
    }

    /**
     * Runs a request and asserts that it is rejected with the reason and field.
     *
     * @param reason  expected reason
     * @param field   expected field name
     * @param request request
     * @return the rejection, for checks of its message
     */
    public static DaoliNetException assertRejected(DaoliNetException.Reason reason, String field, Runnable request) {
        try {
            request.run();
        } catch (DaoliNetException e) {
            assertEquals("field of: " + e.getMessage(), field, e.field());
            assertEquals("reason of: " + e.getMessage(), reason, e.reason());
            return e;
        }
        fail("expected " + reason + " naming field " + field + ", but the request was accepted");
        throw new AssertionError("unreachable");
    }

    /**
     * Runs a request and asserts that it is rejected with the reason, field and full message.
     *
     * @param reason  expected reason
     * @param field   expected field name
     * @param message expected message (it starts with the field name and a colon)
     * @param request request
     */
    public static void assertRejected(DaoliNetException.Reason reason, String field, String message,
                                      Runnable request) {
        assertEquals(message, assertRejected(reason, field, request).getMessage());
    }
}
