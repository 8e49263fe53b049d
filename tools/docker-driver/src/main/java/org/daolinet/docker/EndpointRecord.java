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

import static org.daolinet.docker.NetworkRecord.putIf;
import static org.daolinet.docker.NetworkRecord.textOrNull;

/**
 * A Docker endpoint of the driver: its address from Docker's IPAM, its MAC, and once joined the
 * container's name and the veth pair that plugs it into the bridge.
 */
public final class EndpointRecord {

    private final String endpointId;
    private final String networkId;
    private final String ip;
    private final String mac;
    private final boolean macChosen;
    private final String containerName;
    private final String hostSide;
    private final boolean registered;
    private final String containerId;

    private EndpointRecord(String endpointId, String networkId, String ip, String mac, boolean macChosen,
                           String containerName, String hostSide, boolean registered, String containerId) {
        this.endpointId = endpointId;
        this.networkId = networkId;
        this.ip = ip;
        this.mac = mac;
        this.macChosen = macChosen;
        this.containerName = containerName;
        this.hostSide = hostSide;
        this.registered = registered;
        this.containerId = containerId;
    }

    /**
     * Creates the record of an endpoint that has not joined a container yet.
     *
     * @param endpointId Docker endpoint id
     * @param networkId  Docker network id
     * @param ip         IPv4 address (without prefix length)
     * @param mac        MAC address
     * @param macChosen  whether the driver chose the MAC (Docker proposed none)
     * @return record
     */
    public static EndpointRecord of(String endpointId, String networkId, String ip, String mac, boolean macChosen) {
        return new EndpointRecord(endpointId, networkId, ip, mac, macChosen, null, null, false, endpointId);
    }

    /**
     * Returns this endpoint joined to a container and registered.
     *
     * @param name container name
     * @param port the bridge port (host side of the veth pair)
     * @param id   the DaoliNet id of the container: the endpoint id, or the id of the registration
     *             that moved here (a container re-created on this server)
     * @return record
     */
    public EndpointRecord joined(String name, String port, String id) {
        return new EndpointRecord(endpointId, networkId, ip, mac, macChosen, name, port, true, id);
    }

    /**
     * Returns this endpoint after it left its container.
     *
     * @param stillRegistered whether deregistering failed, so that it must be tried again
     * @return record
     */
    public EndpointRecord left(boolean stillRegistered) {
        return new EndpointRecord(endpointId, networkId, ip, mac, macChosen, containerName, null, stillRegistered,
                                  containerId);
    }

    /**
     * Returns the Docker endpoint id, which is also the DaoliNet container id.
     *
     * @return id
     */
    public String endpointId() {
        return endpointId;
    }

    /**
     * Returns the DaoliNet id of the container: the endpoint id, unless the registration of a
     * container re-created here moved to this endpoint.
     *
     * @return id
     */
    public String containerId() {
        return containerId;
    }

    /**
     * Returns the Docker network id.
     *
     * @return id
     */
    public String networkId() {
        return networkId;
    }

    /**
     * Returns the container's IP.
     *
     * @return IPv4 address
     */
    public String ip() {
        return ip;
    }

    /**
     * Returns the container's MAC.
     *
     * @return MAC
     */
    public String mac() {
        return mac;
    }

    /**
     * Tells whether the driver chose the MAC.
     *
     * @return whether Docker proposed none
     */
    public boolean macChosen() {
        return macChosen;
    }

    /**
     * Returns the container name.
     *
     * @return name, or null before Join
     */
    public String containerName() {
        return containerName;
    }

    /**
     * Returns the bridge port.
     *
     * @return port name, or null when not joined
     */
    public String hostSide() {
        return hostSide;
    }

    /**
     * Tells whether the container is registered with DaoliNet.
     *
     * @return whether it is
     */
    public boolean registered() {
        return registered;
    }

    /**
     * Encodes the record for the state directory.
     *
     * @return JSON
     */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("endpointId", endpointId)
                .put("networkId", networkId).put("ip", ip).put("mac", mac).put("macChosen", macChosen)
                .put("registered", registered);
        putIf(json, "containerName", containerName);
        putIf(json, "hostSide", hostSide);
        json.put("containerId", containerId);
        return json;
    }

    /**
     * Decodes a record.
     *
     * @param json JSON as {@link #toJson} writes it
     * @return record
     */
    public static EndpointRecord fromJson(JsonNode json) {
        return new EndpointRecord(json.path("endpointId").asText(), json.path("networkId").asText(),
                                  json.path("ip").asText(), json.path("mac").asText(),
                                  json.path("macChosen").asBoolean(), textOrNull(json, "containerName"),
                                  textOrNull(json, "hostSide"), json.path("registered").asBoolean(),
                                  json.path("containerId").asText(json.path("endpointId").asText()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EndpointRecord && toJson().equals(((EndpointRecord) o).toJson());
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpointId, ip, mac);
    }

    @Override
    public String toString() {
        return toJson().toString();
    }
}
