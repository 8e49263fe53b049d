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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.daolinet.ctl.Verb.firstText;
import static org.daolinet.ctl.Verb.text;

/**
 * The tables of the DaoliNet objects, made of the server's JSON: one row per object, one column
 * per field an operator reads. Servers are shown by name where known.
 */
final class Views {

    private Views() {
    }

    /**
     * Returns the objects of a JSON array, or the one object itself, for the table makers.
     *
     * @param json array, or object
     * @return objects
     */
    static List<JsonNode> items(JsonNode json) {
        List<JsonNode> items = new ArrayList<>();
        if (json.isArray()) {
            json.forEach(items::add);
        } else {
            items.add(json);
        }
        return items;
    }

    /**
     * Returns the table of servers.
     *
     * @param servers server JSON objects
     * @return table
     */
    static Table servers(Iterable<JsonNode> servers) {
        Table table = new Table("NAME", "DEVICE_ID", "IP", "MAC", "UPLINK");
        servers.forEach(s -> table.row(text(s, "name"), text(s, "deviceId"), text(s, "ip"), text(s, "mac"),
                                       text(s, "uplinkPort")));
        return table;
    }

    /**
     * Returns the table of networks.
     *
     * @param networks network JSON objects
     * @return table
     */
    static Table networks(Iterable<JsonNode> networks) {
        Table table = new Table("TENANT", "NAME", "CIDR", "GATEWAY", "ID", "GATEWAY_MAC", "GATEWAY_PORT");
        networks.forEach(n -> table.row(text(n, "tenant"), text(n, "name"), text(n, "cidr"), text(n, "gateway"),
                                        text(n, "id"), text(n, "gatewayMac"), text(n, "gatewayPort")));
        return table;
    }

    /**
     * Returns the table of containers.
     *
     * @param containers  container JSON objects
     * @param serverNames server names by device id
     * @return table
     */
    static Table containers(Iterable<JsonNode> containers, Map<String, String> serverNames) {
        Table table = new Table("TENANT", "NAME", "ID", "NETWORK", "IP", "MAC", "VIP", "SERVER", "PORT_NAME");
        containers.forEach(c -> table.row(text(c, "tenant"), text(c, "name"), text(c, "id"), text(c, "network"),
                                          text(c, "ip"), text(c, "mac"), text(c, "vip"),
                                          server(text(c, "server"), serverNames), text(c, "portName")));
        return table;
    }

    /**
     * Returns the table of network groups.
     *
     * @param groups group JSON objects
     * @return table
     */
    static Table groups(Iterable<JsonNode> groups) {
        Table table = new Table("TENANT", "NAME", "MEMBERS");
        groups.forEach(g -> {
            List<String> members = new ArrayList<>();
            g.path("members").forEach(m -> members.add(m.asText()));
            table.row(text(g, "tenant"), text(g, "name"), String.join(",", members));
        });
        return table;
    }

    /**
     * Returns the table of pair policies: the two containers by name where known, and the action.
     *
     * @param policies policy JSON objects
     * @return table
     */
    static Table policies(Iterable<JsonNode> policies) {
        Table table = new Table("A", "B", "ACTION");
        policies.forEach(p -> {
            JsonNode ends = p.has("names") ? p.get("names") : p.path("containers");
            table.row(ends.path(0).asText(), ends.path(1).asText(), text(p, "action"));
        });
        return table;
    }

    /**
     * Returns the table of firewall rules, in the order given (the server's consulting order).
     *
     * @param rules rule JSON objects
     * @return table
     */
    static Table firewallRules(Iterable<JsonNode> rules) {
        Table table = new Table("TENANT", "NAME", "PRIORITY", "ACTION", "SRC", "DST", "PROTO", "PORT");
        rules.forEach(r -> table.row(text(r, "tenant"), text(r, "name"), text(r, "priority"), text(r, "action"),
                                     text(r, "src"), text(r, "dst"), text(r, "protocol"), text(r, "port")));
        return table;
    }

    /**
     * Returns the table of port mappings.
     *
     * @param mappings mapping JSON objects
     * @return table
     */
    static Table portmaps(Iterable<JsonNode> mappings) {
        Table table = new Table("NAME", "CONTAINER", "PROTO", "SERVER", "SERVER_PORT", "CONTAINER_PORT");
        mappings.forEach(m -> table.row(text(m, "name"), firstText(m, "containerName", "container"),
                                        text(m, "protocol"), firstText(m, "serverName", "server"),
                                        text(m, "serverPort"), text(m, "containerPort")));
        return table;
    }

    /**
     * Returns the table of installed routes: ends and ingress server by name where known, the
     * L4 key of a route a firewall rule made port-specific, its servers, age and traffic.
     *
     * @param routes route JSON objects
     * @return table
     */
    static Table routes(Iterable<JsonNode> routes) {
        Table table = new Table("KIND", "SRC", "DST", "L4", "INGRESS", "SERVERS", "RULES", "AGE_S", "PACKETS",
                                "BYTES");
        routes.forEach(r -> table.row(text(r, "kind"), firstText(r, "srcName", "src"), firstText(r, "dstName", "dst"),
                                      r.has("protocol") ? text(r, "protocol") + "/" + text(r, "port") : null,
                                      firstText(r, "ingressName", "ingress"), r.path("servers").size(),
                                      r.path("rules").size(), text(r, "ageSeconds"), text(r, "packets"),
                                      text(r, "bytes")));
        return table;
    }

    /**
     * Returns the table of the routing statistics: each counter, then the set-up latency
     * percentiles.
     *
     * @param stats statistics JSON
     * @return table
     */
    static Table stats(JsonNode stats) {
        Table table = new Table("COUNTER", "VALUE");
        stats.path("counters").fields().forEachRemaining(c -> table.row(c.getKey(), c.getValue().asText()));
        stats.path("setupLatencyMicros").fields()
                .forEachRemaining(p -> table.row("setupLatencyMicros." + p.getKey(), p.getValue().asText()));
        return table;
    }

    private static String server(String deviceId, Map<String, String> names) {
        return deviceId == null ? null : names.getOrDefault(deviceId, deviceId);
    }
}
