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

import org.junit.Test;

import static org.daolinet.api.DaoliNetException.Reason.CONFLICT;
import static org.daolinet.api.DaoliNetException.Reason.INVALID;
import static org.daolinet.api.DaoliNetException.Reason.NOT_FOUND;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Specification of rejections: a reason, the offending field and a message led by the field.
 */
public class DaoliNetExceptionTest {

    /** Each factory sets its reason; the message is the field, a colon and the formatted detail. */
    @Test
    public void factoriesSetReasonFieldAndMessage() {
        DaoliNetException invalid = DaoliNetException.invalid("ip", "%s is outside %s", "10.2.0.1", "10.1.0.0/24");
        assertThat(invalid.reason(), is(INVALID));
        assertThat(invalid.field(), is("ip"));
        assertThat(invalid.getMessage(), is("ip: 10.2.0.1 is outside 10.1.0.0/24"));

        DaoliNetException notFound = DaoliNetException.notFound("server", "server %s is not registered", "s9");
        assertThat(notFound.reason(), is(NOT_FOUND));
        assertThat(notFound.field(), is("server"));
        assertThat(notFound.getMessage(), is("server: server s9 is not registered"));

        DaoliNetException conflict = DaoliNetException.conflict("mac", "%s is already used by %s", "02:00:00:00:00:01",
                                                                "c1");
        assertThat(conflict.reason(), is(CONFLICT));
        assertThat(conflict.field(), is("mac"));
        assertThat(conflict.getMessage(), is("mac: 02:00:00:00:00:01 is already used by c1"));
    }

    /** A detail without format arguments is taken as is. */
    @Test
    public void detailWithoutArgumentsIsKept() {
        assertThat(DaoliNetException.invalid("name", "is required").getMessage(), is("name: is required"));
    }
}
