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

import org.junit.Test;

import java.util.List;

import static org.daolinet.api.DaoliNetException.Reason.INVALID;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.daolinet.codec.JsonText.json;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Specification of typed reads of request fields: a missing or mistyped field is rejected by name.
 */
public class JsonFieldsTest {

    /** A required string field is returned as is. */
    @Test
    public void requiredReturnsTheString() {
        assertThat(JsonFields.required(json("{'name': 'web'}"), "name"), is("web"));
        assertThat(JsonFields.required(json("{'name': ' web '}"), "name"), is(" web "));
    }

    /** A required field that is absent, null or empty is reported as required. */
    @Test
    public void requiredFieldMustBePresent() {
        assertRejected(INVALID, "name", "name: is required", () -> JsonFields.required(json("{}"), "name"));
        assertRejected(INVALID, "name", "name: is required",
                       () -> JsonFields.required(json("{'name': null}"), "name"));
        assertRejected(INVALID, "name", "name: is required", () -> JsonFields.required(json("{'name': ''}"), "name"));
    }

    /** A string field of another JSON type is rejected, quoting the value. */
    @Test
    public void stringFieldMustBeAString() {
        assertRejected(INVALID, "name", "name: must be a string, not 5",
                       () -> JsonFields.required(json("{'name': 5}"), "name"));
        assertRejected(INVALID, "name", "name: must be a string, not true",
                       () -> JsonFields.optional(json("{'name': true}"), "name"));
        assertRejected(INVALID, "name", "name: must be a string, not [\"web\"]",
                       () -> JsonFields.optional(json("{'name': ['web']}"), "name"));
        assertRejected(INVALID, "name", "name: must be a string, not {\"n\":\"web\"}",
                       () -> JsonFields.required(json("{'name': {'n': 'web'}}"), "name"));
    }

    /** An optional field that is absent or null is null; an empty string is returned. */
    @Test
    public void optionalMayBeAbsent() {
        assertThat(JsonFields.optional(json("{}"), "tenant"), nullValue());
        assertThat(JsonFields.optional(json("{'tenant': null}"), "tenant"), nullValue());
        assertThat(JsonFields.optional(json("{'tenant': ''}"), "tenant"), is(""));
        assertThat(JsonFields.optional(json("{'tenant': 'acme'}"), "tenant"), is("acme"));
    }

    /** An optional integer is the fallback when absent or null, else an integer. */
    @Test
    public void optionalIntReadsIntegers() {
        assertThat(JsonFields.optionalInt(json("{}"), "count", 10), is(10));
        assertThat(JsonFields.optionalInt(json("{'count': null}"), "count", 10), is(10));
        assertThat(JsonFields.optionalInt(json("{'count': 7}"), "count", 10), is(7));
        assertThat(JsonFields.optionalInt(json("{'count': -3}"), "count", 10), is(-3));
    }

    /** Strings, fractions, integers beyond 32 bits and booleans are not integers. */
    @Test
    public void optionalIntRejectsOtherTypes() {
        assertRejected(INVALID, "count", "count: must be an integer, not \"7\"",
                       () -> JsonFields.optionalInt(json("{'count': '7'}"), "count", 0));
        assertRejected(INVALID, "count", "count: must be an integer, not 1.5",
                       () -> JsonFields.optionalInt(json("{'count': 1.5}"), "count", 0));
        assertRejected(INVALID, "count", "count: must be an integer, not 4294967296",
                       () -> JsonFields.optionalInt(json("{'count': 4294967296}"), "count", 0));
        assertRejected(INVALID, "count", "count: must be an integer, not true",
                       () -> JsonFields.optionalInt(json("{'count': true}"), "count", 0));
    }

    /** A required integer must be present and an integer. */
    @Test
    public void requiredIntReadsIntegers() {
        assertThat(JsonFields.requiredInt(json("{'port': 80}"), "port"), is(80));
        assertRejected(INVALID, "port", "port: is required", () -> JsonFields.requiredInt(json("{}"), "port"));
        assertRejected(INVALID, "port", "port: is required",
                       () -> JsonFields.requiredInt(json("{'port': null}"), "port"));
        assertRejected(INVALID, "port", "port: must be an integer, not \"80\"",
                       () -> JsonFields.requiredInt(json("{'port': '80'}"), "port"));
    }

    /** An optional array of strings is empty when absent or null, else its strings in order. */
    @Test
    public void optionalStringsReadsArraysOfStrings() {
        assertThat(JsonFields.optionalStrings(json("{}"), "members"), is(List.of()));
        assertThat(JsonFields.optionalStrings(json("{'members': null}"), "members"), is(List.of()));
        assertThat(JsonFields.optionalStrings(json("{'members': []}"), "members"), is(List.of()));
        assertThat(JsonFields.optionalStrings(json("{'members': ['web', 'db', 'web']}"), "members"),
                   is(List.of("web", "db", "web")));
    }

    /** Anything but an array of strings is rejected, quoting the value. */
    @Test
    public void optionalStringsRejectsOtherTypes() {
        assertRejected(INVALID, "members", "members: must be an array of strings, not \"web\"",
                       () -> JsonFields.optionalStrings(json("{'members': 'web'}"), "members"));
        assertRejected(INVALID, "members", "members: must be an array of strings, not {}",
                       () -> JsonFields.optionalStrings(json("{'members': {}}"), "members"));
        assertRejected(INVALID, "members", "members: must be an array of strings, but holds null",
                       () -> JsonFields.optionalStrings(json("{'members': ['web', null]}"), "members"));
        assertRejected(INVALID, "members", "members: must be an array of strings, but holds [\"web\"]",
                       () -> JsonFields.optionalStrings(json("{'members': [['web']]}"), "members"));
    }

    /** Without a request body, every read names the body. */
    @Test
    public void missingBodyIsReported() {
        assertRejected(INVALID, "body", "body: a JSON object is required", () -> JsonFields.required(null, "name"));
        assertRejected(INVALID, "body", "body: a JSON object is required", () -> JsonFields.optional(null, "name"));
        assertRejected(INVALID, "body", "body: a JSON object is required",
                       () -> JsonFields.optionalInt(null, "count", 0));
        assertRejected(INVALID, "body", "body: a JSON object is required", () -> JsonFields.requiredInt(null, "port"));
        assertRejected(INVALID, "body", "body: a JSON object is required",
                       () -> JsonFields.optionalStrings(null, "members"));
    }
}
