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

import com.google.common.base.MoreObjects;
import org.onosproject.net.DeviceId;

import java.util.Objects;

/**
 * A published container port: TCP or UDP traffic to {@code serverPort} of a server's IP is sent to
 * {@code containerPort} of a container (DNAT on the server's uplink, the reverse rewrite on replies),
 * also when the server is not the container's own. Immutable; built with {@link #builder()}.
 */
public final class PortMapping {

    private final String name;
    private final String containerId;
    private final Protocol protocol;
    private final DeviceId server;
    private final int serverPort;
    private final int containerPort;

    private PortMapping(Builder b) {
        this.name = b.name;
        this.containerId = b.containerId;
        this.protocol = b.protocol;
        this.server = b.server;
        this.serverPort = b.serverPort;
        this.containerPort = b.containerPort;
    }

    /**
     * Returns the name (unique).
     *
     * @return name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the id of the published container.
     *
     * @return container id
     */
    public String containerId() {
        return containerId;
    }

    /**
     * Returns the protocol, TCP or UDP.
     *
     * @return protocol
     */
    public Protocol protocol() {
        return protocol;
    }

    /**
     * Returns the server on whose IP the port is published.
     *
     * @return device id of the server's bridge
     */
    public DeviceId server() {
        return server;
    }

    /**
     * Returns the published port on the server.
     *
     * @return port
     */
    public int serverPort() {
        return serverPort;
    }

    /**
     * Returns the container's port.
     *
     * @return port
     */
    public int containerPort() {
        return containerPort;
    }

    /**
     * Returns a new builder.
     *
     * @return builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PortMapping)) {
            return false;
        }
        PortMapping that = (PortMapping) o;
        return serverPort == that.serverPort && containerPort == that.containerPort && name.equals(that.name)
                && containerId.equals(that.containerId) && protocol == that.protocol && server.equals(that.server);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, containerId, protocol, server, serverPort, containerPort);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("name", name).add("container", containerId)
                .add("protocol", protocol).add("server", server).add("serverPort", serverPort)
                .add("containerPort", containerPort).toString();
    }

    /**
     * Builder of port mappings; {@link #build()} checks every field.
     */
    public static final class Builder {
        private String name;
        private String containerId;
        private Protocol protocol = Protocol.TCP;
        private DeviceId server;
        private int serverPort;
        private int containerPort;

        private Builder() {
        }

        /**
         * Sets the name.
         *
         * @param name name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the container.
         *
         * @param containerId container id
         * @return this builder
         */
        public Builder containerId(String containerId) {
            this.containerId = containerId;
            return this;
        }

        /**
         * Sets the protocol (default TCP).
         *
         * @param protocol TCP or UDP
         * @return this builder
         */
        public Builder protocol(Protocol protocol) {
            this.protocol = protocol;
            return this;
        }

        /**
         * Sets the publishing server.
         *
         * @param server device id
         * @return this builder
         */
        public Builder server(DeviceId server) {
            this.server = server;
            return this;
        }

        /**
         * Sets the server port.
         *
         * @param serverPort port
         * @return this builder
         */
        public Builder serverPort(int serverPort) {
            this.serverPort = serverPort;
            return this;
        }

        /**
         * Sets the container port.
         *
         * @param containerPort port
         * @return this builder
         */
        public Builder containerPort(int containerPort) {
            this.containerPort = containerPort;
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return mapping
         * @throws DaoliNetException INVALID naming the field
         */
        public PortMapping build() {
            Validation.name("name", name);
            Validation.name("container", containerId);
            Validation.present("protocol", protocol);
            if (!protocol.hasPorts()) {
                throw DaoliNetException.invalid("protocol", "%s has no ports: only tcp and udp can be published",
                                                protocol);
            }
            Validation.present("server", server);
            Validation.l4Port("serverPort", serverPort);
            Validation.l4Port("containerPort", containerPort);
            return new PortMapping(this);
        }
    }
}
