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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.DaoliNetException;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of JSON request fields; a missing or mistyped field is rejected naming the field.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /**
     * Returns a required string field.
     *
     * @param json  object
     * @param field field name
     * @return text
     * @throws DaoliNetException INVALID if missing, empty or not a string
     */
    public static String required(ObjectNode json, String field) {
        String value = optional(json, field);
        if (value == null || value.isEmpty()) {
            throw DaoliNetException.invalid(field, "is required");
        }
        return value;
    }

    /**
     * Returns an optional string field.
     *
     * @param json  object
     * @param field field name
     * @return text, or null if absent or JSON null
     * @throws DaoliNetException INVALID if present but not a string
     */
    public static String optional(ObjectNode json, String field) {
        JsonNode node = field(json, field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw DaoliNetException.invalid(field, "must be a string, not %s", node);
        }
        return node.asText();
    }

    /**
     * Returns an optional integer field.
     *
     * @param json     object
     * @param field    field name
     * @param fallback value if absent
     * @return value
     * @throws DaoliNetException INVALID if present but not an integer, or if there is no body
     */
    public static int optionalInt(ObjectNode json, String field, int fallback) {
        JsonNode node = field(json, field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw DaoliNetException.invalid(field, "must be an integer, not %s", node);
        }
        return node.asInt();
    }

    /**
     * Returns a required integer field.
     *
     * @param json  object
     * @param field field name
     * @return value
     * @throws DaoliNetException INVALID if missing or not an integer, or if there is no body
     */
    public static int requiredInt(ObjectNode json, String field) {
        JsonNode node = field(json, field);
        if (node == null || node.isNull()) {
            throw DaoliNetException.invalid(field, "is required");
        }
        return optionalInt(json, field, 0);
    }

    /**
     * Returns an optional array of strings.
     *
     * @param json  object
     * @param field field name
     * @return the strings in their order, empty if absent or JSON null
     * @throws DaoliNetException INVALID if present but not an array of strings, or if there is no body
     */
    public static List<String> optionalStrings(ObjectNode json, String field) {
        JsonNode node = field(json, field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw DaoliNetException.invalid(field, "must be an array of strings, not %s", node);
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw DaoliNetException.invalid(field, "must be an array of strings, but holds %s", element);
            }
            values.add(element.asText());
        }
        return values;
    }

    private static JsonNode field(ObjectNode json, String field) {
        if (json == null) {
            throw DaoliNetException.invalid("body", "a JSON object is required");
        }
        return json.get(field);
    }
}
