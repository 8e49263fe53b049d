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
package org.daolinet.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.client.ApiClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * What every verb shares: the server's client, the global options, and printing a result as a
 * table or as the server's JSON.
 */
abstract class Verb {

    /** Name of the default tenant, which the server assumes for a bare name. */
    static final String DEFAULT_TENANT = "default";

    /** Builds request bodies; prints the server's JSON indented. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    /**
     * Returns the root command, which holds the global options.
     *
     * @return root command
     */
    private Daolictl root() {
        return (Daolictl) spec.root().userObject();
    }

    /**
     * Returns the client of the server.
     *
     * @return client
     */
    ApiClient api() {
        return root().api();
    }

    /**
     * Returns an environment variable of daolictl's run.
     *
     * @param variable name
     * @return value, or null if unset
     */
    String environment(String variable) {
        return root().environment(variable);
    }

    /**
     * Returns the tenant option.
     *
     * @return tenant, or null if not given
     */
    String tenant() {
        return root().tenant();
    }

    /**
     * Returns the tenant that names are in: the tenant option, or the default tenant.
     *
     * @return tenant
     */
    String tenantOrDefault() {
        return tenant() == null ? DEFAULT_TENANT : tenant();
    }

    /**
     * Tells whether to print the server's JSON rather than a table.
     *
     * @return whether --json was given
     */
    boolean json() {
        return root().json();
    }

    /**
     * Returns a new JSON object for a request body.
     *
     * @return empty object
     */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * Returns where results go.
     *
     * @return standard output
     */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * Prints a line.
     *
     * @param line line
     */
    void println(String line) {
        out().println(line);
    }

    /**
     * Prints JSON, indented.
     *
     * @param json JSON
     */
    void print(JsonNode json) {
        out().println(json.toPrettyString());
    }

    /**
     * Prints a table.
     *
     * @param table table
     */
    void print(Table table) {
        table.lines().forEach(out()::println);
    }

    /**
     * Prints the server's JSON if --json was given, else the table made of it.
     *
     * @param json  the server's answer
     * @param table table made of it
     * @return exit status 0
     */
    int print(JsonNode json, Table table) {
        if (json()) {
            print(json);
        } else {
            print(table);
        }
        return 0;
    }

    /**
     * Returns a usage error of this command: daolictl exits with status 1.
     *
     * @param message what is wrong with the command line
     * @return exception to throw
     */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * Returns the names of the registered servers by device id, for tables: people know their
     * servers by name.
     *
     * @return names by device id
     */
    Map<String, String> serverNames() {
        Map<String, String> names = new HashMap<>();
        api().get("servers").path("servers")
                .forEach(s -> names.put(s.path("deviceId").asText(), s.path("name").asText()));
        return names;
    }

    /**
     * Returns a text field of a JSON object.
     *
     * @param json  object
     * @param field field
     * @return its text, or null if absent
     */
    static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * Returns the first present text field of a JSON object: a name, else an id.
     *
     * @param json   object
     * @param fields fields in order of preference
     * @return text, or null if none is present
     */
    static String firstText(JsonNode json, String... fields) {
        for (String field : fields) {
            String value = text(json, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
