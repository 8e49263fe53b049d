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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;

/**
 * JSON objects written in tests with single quotes, so that expected documents read as JSON.
 */
final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonText() {
    }

    /**
     * Parses a JSON object written with single instead of double quotes.
     *
     * @param singleQuoted JSON text such as {'name': 'web'}
     * @return object
     */
    static ObjectNode json(String singleQuoted) {
        try {
            return (ObjectNode) MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a copy of an object with one field set to a value.
     *
     * @param base  object
     * @param field field name
     * @param value value: a string, number, boolean, list, map or null
     * @return copy
     */
    static ObjectNode with(ObjectNode base, String field, Object value) {
        ObjectNode copy = base.deepCopy();
        copy.set(field, MAPPER.valueToTree(value));
        return copy;
    }

    /**
     * Returns a copy of an object without one field.
     *
     * @param base  object
     * @param field field name
     * @return copy
     */
    static ObjectNode without(ObjectNode base, String field) {
        ObjectNode copy = base.deepCopy();
        copy.remove(field);
        return copy;
    }
}
