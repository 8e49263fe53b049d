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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The DaoliNet REST API over HTTP: JSON requests with BASIC authentication (ONOS's users), JSON
 * answers, and every failure as an {@link ApiException} that carries the server's own message
 * ({@code {"code": 409, "message": "name: ..."}}) or says why the server could not be asked.
 */
public final class ApiClient {

    /** Where ONOS serves the DaoliNet application. */
    public static final String BASE_PATH = "/onos/daolinet/";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String JSON = "application/json";
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    /** Status of an unknown path or object. */
    public static final int NOT_FOUND = 404;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI server;
    private final URI base;
    private final String user;
    private final String authorization;
    private final HttpClient http;

    /**
     * Creates a client.
     *
     * @param server   server address, as {@link #serverUri} returns it
     * @param user     ONOS user
     * @param password the user's password
     */
    public ApiClient(URI server, String user, String password) {
        this.server = server;
        this.base = URI.create(server.toString() + BASE_PATH);
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /**
     * Parses a server address: {@code http://host:port} or {@code https://host:port}, or a bare
     * {@code host:port} (http). A path is kept as a prefix (a server behind a proxy).
     *
     * @param address address as the operator wrote it
     * @return the address, without a trailing slash
     * @throws IllegalArgumentException if it is not such an address
     */
    public static URI serverUri(String address) {
        String text = address.trim();
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + address + "' is not a server address: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("'" + address + "' is not an http or https address");
        }
        if (uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("'" + address + "' is not a server address (http://HOST:PORT)");
        }
        return uri;
    }

    /**
     * Returns a path of the API made of segments, each encoded, so that a name is always one
     * segment whatever it holds.
     *
     * @param segments segments
     * @return path, relative to the application
     */
    public static String path(String... segments) {
        StringJoiner path = new StringJoiner("/");
        for (String segment : segments) {
            path.add(encode(segment));
        }
        return path.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Sends a GET.
     *
     * @param path  path below the application
     * @param query query parameters: alternating names and values; a null value leaves its name out
     * @return the answer
     * @throws ApiException if the server rejects the request or cannot be asked
     */
    public JsonNode get(String path, String... query) {
        return send("GET", path, null, query);
    }

    /**
     * Sends a POST with a JSON body.
     *
     * @param path  path below the application
     * @param body  request body
     * @param query query parameters, as for {@link #get}
     * @return the answer
     * @throws ApiException if the server rejects the request or cannot be asked
     */
    public JsonNode post(String path, JsonNode body, String... query) {
        return send("POST", path, body, query);
    }

    /**
     * Sends a PUT with a JSON body.
     *
     * @param path  path below the application
     * @param body  request body
     * @param query query parameters, as for {@link #get}
     * @return the answer
     * @throws ApiException if the server rejects the request or cannot be asked
     */
    public JsonNode put(String path, JsonNode body, String... query) {
        return send("PUT", path, body, query);
    }

    /**
     * Sends a DELETE.
     *
     * @param path  path below the application
     * @param query query parameters, as for {@link #get}
     * @return the answer
     * @throws ApiException if the server rejects the request or cannot be asked
     */
    public JsonNode delete(String path, String... query) {
        return send("DELETE", path, null, query);
    }

    private JsonNode send(String method, String path, JsonNode body, String... query) {
        URI uri = uri(path, query);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", JSON)
                .header("Authorization", authorization);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", JSON)
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new ApiException(0, "no answer from " + server + " within " + timeout(e));
        } catch (IOException e) {
            throw new ApiException(0, "cannot reach the DaoliNet server at " + server + ": " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "interrupted while waiting for " + server);
        }
        return answer(method, uri, response.statusCode(), response.body());
    }

    private URI uri(String path, String... query) {
        StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
        for (int i = 0; i + 1 < query.length; i += 2) {
            if (query[i + 1] != null) {
                parameters.add(encode(query[i]) + "=" + encode(query[i + 1]));
            }
        }
        return URI.create(base + path + parameters);
    }

    private static String timeout(HttpTimeoutException e) {
        return e instanceof HttpConnectTimeoutException
                ? CONNECT_TIMEOUT.toSeconds() + " s (connecting)"
                : REQUEST_TIMEOUT.toSeconds() + " s";
    }

    /**
     * Says why a connection failed; the HTTP client often gives its exceptions no message.
     */
    private static String reason(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException) {
                return "unknown host";
            }
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return e instanceof ConnectException ? "connection refused" : e.getClass().getSimpleName();
    }

    /**
     * Returns the JSON of a 2xx answer, or throws the rejection with the server's message.
     */
    private JsonNode answer(String method, URI uri, int status, String text) {
        JsonNode json = parse(text);
        if (status / 100 == 2) {
            if (json == null) {
                throw new ApiException(status, method + " " + uri.getPath() + " answered with no JSON: is "
                        + server + " an ONOS server with the DaoliNet application?");
            }
            return json;
        }
        // ONOS's and DaoliNet's errors are {"code": status, "message": ...}; the servlet container's
        // own (an unknown path, a failed login) say less than what follows
        if (json != null && json.path("code").asInt() == status && json.path("message").isTextual()) {
            throw new ApiException(status, json.get("message").asText());
        }
        switch (status) {
            case UNAUTHORIZED:
                throw new ApiException(status, "unauthorized: " + server + " does not accept user '" + user
                        + "' with that password (--user/--password or DAOLI_USER/DAOLI_PASSWORD)");
            case FORBIDDEN:
                throw new ApiException(status, "forbidden: user '" + user + "' may not " + method + " "
                        + uri.getPath());
            case NOT_FOUND:
                throw new ApiException(status, "not found: " + uri.getPath()
                        + " (is the DaoliNet application active on " + server + "?)");
            default:
                throw new ApiException(status, method + " " + uri.getPath() + " failed"
                        + (text == null || text.isBlank() ? "" : ": " + firstLine(text)));
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
