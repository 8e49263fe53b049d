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
 * A Docker server: its Open vSwitch bridge (an ONOS device) routes for the containers it hosts.
 * Immutable; built with {@link #builder()}.
 */
public final class Server {

    private final DeviceId deviceId;
    private final String name;
    private final String uplinkPort;
    private final IpAddress ip;
    private final MacAddress mac;

    private Server(Builder b) {
        this.deviceId = b.deviceId;
        this.name = b.name;
        this.uplinkPort = b.uplinkPort;
        this.ip = b.ip;
        this.mac = b.mac;
    }

    /**
     * Returns the ONOS device id of the server's bridge.
     *
     * @return device id
     */
    public DeviceId deviceId() {
        return deviceId;
    }

    /**
     * Returns the server's name (unique).
     *
     * @return name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the name of the bridge port holding the physical NIC.
     *
     * @return uplink port name
     */
    public String uplinkPort() {
        return uplinkPort;
    }

    /**
     * Returns the server's IP address on the LAN (carried by the bridge's LOCAL port).
     *
     * @return IPv4 address
     */
    public IpAddress ip() {
        return ip;
    }

    /**
     * Returns the server's MAC address on the LAN (that of its uplink).
     *
     * @return MAC address
     */
    public MacAddress mac() {
        return mac;
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
        if (!(o instanceof Server)) {
            return false;
        }
        Server that = (Server) o;
        return deviceId.equals(that.deviceId) && name.equals(that.name) && uplinkPort.equals(that.uplinkPort)
                && ip.equals(that.ip) && mac.equals(that.mac);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceId, name, uplinkPort, ip, mac);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("deviceId", deviceId).add("name", name)
                .add("uplinkPort", uplinkPort).add("ip", ip).add("mac", mac).toString();
    }

    /**
     * Builder of servers; {@link #build()} checks every field.
     */
    public static final class Builder {
        private DeviceId deviceId;
        private String name;
        private String uplinkPort;
        private IpAddress ip;
        private MacAddress mac;

        private Builder() {
        }

        /**
         * Sets the device id of the server's bridge.
         *
         * @param deviceId device id
         * @return this builder
         */
        public Builder deviceId(DeviceId deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        /**
         * Sets the server's name.
         *
         * @param name name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the uplink port name.
         *
         * @param uplinkPort port name
         * @return this builder
         */
        public Builder uplinkPort(String uplinkPort) {
            this.uplinkPort = uplinkPort;
            return this;
        }

        /**
         * Sets the server's IP address.
         *
         * @param ip address
         * @return this builder
         */
        public Builder ip(IpAddress ip) {
            this.ip = ip;
            return this;
        }

        /**
         * Sets the server's MAC address.
         *
         * @param mac address
         * @return this builder
         */
        public Builder mac(MacAddress mac) {
            this.mac = mac;
            return this;
        }

        /**
         * Builds the server.
         *
         * @return server
         * @throws DaoliNetException if a field is missing or invalid
         */
        public Server build() {
            Validation.present("deviceId", deviceId);
            Validation.ofDevice("deviceId", deviceId.toString());
            Validation.name("name", name);
            Validation.name("uplinkPort", uplinkPort);
            Validation.ip4("ip", ip);
            Validation.unicastMac("mac", mac);
            return new Server(this);
        }
    }
}
