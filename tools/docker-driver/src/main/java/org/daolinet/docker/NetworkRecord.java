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
package org.daolinet.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * A Docker network of the driver: its IPAM data and, once registered, the DaoliNet network it is
 * (the same name and subnet on every server's Docker is one DaoliNet network).
 */
public final class NetworkRecord {

    private final String dockerId;
    private final String tenant;
    private final String name;
    private final String cidr;
    private final String gateway;
    private final String gatewayPort;
    private final String gatewayMac;

    private NetworkRecord(String dockerId, String tenant, String name, String cidr, String gateway,
                          String gatewayPort, String gatewayMac) {
        this.dockerId = dockerId;
        this.tenant = tenant;
        this.name = name;
        this.cidr = cidr;
        this.gateway = gateway;
        this.gatewayPort = gatewayPort;
        this.gatewayMac = gatewayMac;
    }

    /**
     * Creates the record of a network not registered yet.
     *
     * @param dockerId Docker network id
     * @param tenant   DaoliNet tenant, or null for the default tenant
     * @param name     DaoliNet network name, or null until the Docker daemon tells it
     * @param cidr     subnet
     * @param gateway  gateway IP (without a prefix length)
     * @return record
     */
    public static NetworkRecord of(String dockerId, String tenant, String name, String cidr, String gateway) {
        return new NetworkRecord(dockerId, tenant, name, cidr, gateway, null, null);
    }

    /**
     * Returns this network as registered: the application's tenant, name and gateway port.
     *
     * @param network the network as the REST API returned it
     * @return registered record
     */
    public NetworkRecord registered(JsonNode network) {
        return new NetworkRecord(dockerId, network.path("tenant").asText(), network.path("name").asText(),
                                 cidr, gateway, network.path("gatewayPort").asText(),
                                 network.path("gatewayMac").asText());
    }

    /**
     * Returns this record with a name.
     *
     * @param networkName DaoliNet network name
     * @return record, not registered
     */
    public NetworkRecord named(String networkName) {
        return new NetworkRecord(dockerId, tenant, networkName, cidr, gateway, null, null);
    }

    /**
     * Returns the Docker network id.
     *
     * @return id
     */
    public String dockerId() {
        return dockerId;
    }

    /**
     * Returns the tenant.
     *
     * @return tenant, or null (the default tenant) before registration
     */
    public String tenant() {
        return tenant;
    }

    /**
     * Returns the DaoliNet network name.
     *
     * @return name, or null while unknown
     */
    public String name() {
        return name;
    }

    /**
     * Returns the subnet.
     *
     * @return CIDR
     */
    public String cidr() {
        return cidr;
    }

    /**
     * Returns the gateway IP.
     *
     * @return IP
     */
    public String gateway() {
        return gateway;
    }

    /**
     * Returns the gateway port the application named for this network.
     *
     * @return port name, or null before registration
     */
    public String gatewayPort() {
        return gatewayPort;
    }

    /**
     * Returns the gateway MAC the application gave this network.
     *
     * @return MAC, or null before registration
     */
    public String gatewayMac() {
        return gatewayMac;
    }

    /**
     * Tells whether the network is registered with DaoliNet.
     *
     * @return whether it is
     */
    public boolean isRegistered() {
        return gatewayPort != null;
    }

    /**
     * Tells whether two records are the same DaoliNet network.
     *
     * @param other other record
     * @return whether tenant and name are equal
     */
    public boolean sameNetwork(NetworkRecord other) {
        return isRegistered() && other.isRegistered() && tenant.equals(other.tenant) && name.equals(other.name);
    }

    /**
     * Returns the tenant and name, for messages.
     *
     * @return tenant/name
     */
    public String label() {
        return (tenant == null ? "default" : tenant) + "/" + (name == null ? "(unnamed)" : name);
    }

    /**
     * Encodes the record for the state directory.
     *
     * @return JSON
     */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("dockerId", dockerId)
                .put("cidr", cidr).put("gateway", gateway);
        putIf(json, "tenant", tenant);
        putIf(json, "name", name);
        putIf(json, "gatewayPort", gatewayPort);
        putIf(json, "gatewayMac", gatewayMac);
        return json;
    }

    /**
     * Decodes a record.
     *
     * @param json JSON as {@link #toJson} writes it
     * @return record
     */
    public static NetworkRecord fromJson(JsonNode json) {
        return new NetworkRecord(json.path("dockerId").asText(), textOrNull(json, "tenant"),
                                 textOrNull(json, "name"), json.path("cidr").asText(),
                                 json.path("gateway").asText(), textOrNull(json, "gatewayPort"),
                                 textOrNull(json, "gatewayMac"));
    }

    static void putIf(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    static String textOrNull(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkRecord && toJson().equals(((NetworkRecord) o).toJson());
    }

    @Override
    public int hashCode() {
        return Objects.hash(dockerId, name, cidr);
    }

    @Override
    public String toString() {
        return toJson().toString();
    }
}
