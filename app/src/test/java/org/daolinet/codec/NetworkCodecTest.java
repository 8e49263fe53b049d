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
package org.daolinet.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.DaoliNetException;
import org.junit.Test;
import org.onosproject.codec.impl.MockCodecContext;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/**
 * Tests that network decoding names the JSON field of each invalid value.
 */
public class NetworkCodecTest {

    private final MockCodecContext context = new MockCodecContext();

    private ObjectNode network(String tenant, String name) {
        return context.mapper().createObjectNode().put("tenant", tenant).put("name", name)
                .put("cidr", "10.1.0.0/24");
    }

    @Test
    public void invalidNameNamesTheNameField() {
        expectInvalid("name", network("t1", "we b"));
    }

    @Test
    public void invalidTenantNamesTheTenantField() {
        expectInvalid("tenant", network("t 1", "web"));
    }

    private void expectInvalid(String field, ObjectNode json) {
        try {
            new NetworkCodec().decode(json, context);
            fail("expected a rejection of " + field);
        } catch (DaoliNetException e) {
            assertEquals(e.getMessage(), DaoliNetException.Reason.INVALID, e.reason());
            assertEquals(e.getMessage(), field, e.field());
        }
    }
}
