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
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onosproject.net.DeviceId;

import java.util.Objects;

/**
 * A container endpoint attached to a network, bound to a port of a server's bridge.
 * Immutable; built with {@link #builder()}.
 * <p>
 * The binding (server, port name, MAC, IP) is what anti-spoofing enforces: only packets from that
 * port with that source MAC and IP get routes. The VIP is the container's globally unique address
 * on the wire between servers; the container service allocates it at registration.
 */
public final class Container {

    private final String id;
    private final String name;
    private final NetworkKey network;
    private final IpAddress ip;
    private final MacAddress mac;
    private final DeviceId server;
    private final String portName;
    private final IpAddress vip;

    private Container(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.network = b.network;
        this.ip = b.ip;
        this.mac = b.mac;
        this.server = b.server;
        this.portName = b.portName;
        this.vip = b.vip;
    }

    /**
     * Returns the container's id (Docker endpoint or container id).
     *
     * @return id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the container's name, unique within its tenant.
     *
     * @return name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the network the container is attached to.
     *
     * @return network key
     */
    public NetworkKey network() {
        return network;
    }

    /**
     * Returns the container's tenant.
     *
     * @return tenant
     */
    public String tenant() {
        return network.tenant();
    }

    /**
     * Returns the container's IP address in its network.
     *
     * @return IPv4 address
     */
    public IpAddress ip() {
        return ip;
    }

    /**
     * Returns the container's MAC address.
     *
     * @return MAC address
     */
    public MacAddress mac() {
        return mac;
    }

    /**
     * Returns the device id of the server hosting the container.
     *
     * @return device id
     */
    public DeviceId server() {
        return server;
    }

    /**
     * Returns the name of the container's port on the server's bridge.
     *
     * @return port name
     */
    public String portName() {
        return portName;
    }

    /**
     * Returns the container's VIP, or null before the container service allocated it.
     *
     * @return IPv4 address or null
     */
    public IpAddress vip() {
        return vip;
    }

    /**
     * Returns a builder holding this container's fields.
     *
     * @return builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).network(network).ip(ip).mac(mac)
                .server(server).portName(portName).vip(vip);
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
        if (!(o instanceof Container)) {
            return false;
        }
        Container that = (Container) o;
        return id.equals(that.id) && name.equals(that.name) && network.equals(that.network)
                && ip.equals(that.ip) && mac.equals(that.mac) && server.equals(that.server)
                && portName.equals(that.portName) && Objects.equals(vip, that.vip);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, network, ip, mac, server, portName, vip);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("id", id).add("name", name).add("network", network)
                .add("ip", ip).add("mac", mac).add("server", server).add("portName", portName)
                .add("vip", vip).toString();
    }

    /**
     * Builder of containers; {@link #build()} checks every field's syntax. Whether the network and
     * server exist and the addresses are free is checked by the container service.
     */
    public static final class Builder {
        private String id;
        private String name;
        private NetworkKey network;
        private IpAddress ip;
        private MacAddress mac;
        private DeviceId server;
        private String portName;
        private IpAddress vip;

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param id id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
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
         * Sets the network.
         *
         * @param network network key
         * @return this builder
         */
        public Builder network(NetworkKey network) {
            this.network = network;
            return this;
        }

        /**
         * Sets the IP address.
         *
         * @param ip address
         * @return this builder
         */
        public Builder ip(IpAddress ip) {
            this.ip = ip;
            return this;
        }

        /**
         * Sets the MAC address.
         *
         * @param mac address
         * @return this builder
         */
        public Builder mac(MacAddress mac) {
            this.mac = mac;
            return this;
        }

        /**
         * Sets the hosting server.
         *
         * @param server device id of the server's bridge
         * @return this builder
         */
        public Builder server(DeviceId server) {
            this.server = server;
            return this;
        }

        /**
         * Sets the bridge port name.
         *
         * @param portName port name
         * @return this builder
         */
        public Builder portName(String portName) {
            this.portName = portName;
            return this;
        }

        /**
         * Sets the VIP (normally left to the container service).
         *
         * @param vip address or null
         * @return this builder
         */
        public Builder vip(IpAddress vip) {
            this.vip = vip;
            return this;
        }

        /**
         * Builds the container.
         *
         * @return container
         * @throws DaoliNetException if a field is missing or malformed
         */
        public Container build() {
            Validation.name("id", id);
            Validation.name("name", name);
            Validation.present("network", network);
            Validation.ip4("ip", ip);
            Validation.unicastMac("mac", mac);
            Validation.present("server", server);
            Validation.ofDevice("server", server.toString());
            Validation.name("portName", portName);
            if (vip != null) {
                Validation.ip4("vip", vip);
            }
            return new Container(this);
        }
    }
}
