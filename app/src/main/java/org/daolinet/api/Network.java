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
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;

import java.util.Objects;

/**
 * A container network: a subnet of one tenant with a gateway. Immutable; built with {@link #builder()}.
 * <p>
 * Every network gets a cluster-wide number when it is created. The number names the network's
 * virtual gateway MAC address (the same on every server, so a moved container keeps its ARP
 * entry) and the gateway port that the server agent creates on each server's bridge.
 */
public final class Network {

    /** Largest network number: it must fit in the low 24 bits of the gateway MAC. */
    public static final int MAX_ID = 0xffffff;

    /** Gateway MACs are locally administered unicast addresses 02:da:01:nn:nn:nn. */
    private static final long GATEWAY_MAC_BASE = 0x02da01000000L;

    /** Prefix of gateway port names; the network number follows. */
    public static final String GATEWAY_PORT_PREFIX = "dlgw";

    private final NetworkKey key;
    private final IpPrefix cidr;
    private final IpAddress gateway;
    private final int id;

    private Network(NetworkKey key, IpPrefix cidr, IpAddress gateway, int id) {
        this.key = key;
        this.cidr = cidr;
        this.gateway = gateway;
        this.id = id;
    }

    /**
     * Returns the network's identity (tenant and name).
     *
     * @return key
     */
    public NetworkKey key() {
        return key;
    }

    /**
     * Returns the tenant.
     *
     * @return tenant
     */
    public String tenant() {
        return key.tenant();
    }

    /**
     * Returns the name within the tenant.
     *
     * @return name
     */
    public String name() {
        return key.name();
    }

    /**
     * Returns the subnet.
     *
     * @return IPv4 prefix
     */
    public IpPrefix cidr() {
        return cidr;
    }

    /**
     * Returns the gateway address.
     *
     * @return IPv4 address inside the subnet
     */
    public IpAddress gateway() {
        return gateway;
    }

    /**
     * Returns the cluster-wide number of the network, or 0 before it is created.
     *
     * @return number
     */
    public int id() {
        return id;
    }

    /**
     * Returns the virtual MAC address of the network's gateway.
     *
     * @return MAC address
     */
    public MacAddress gatewayMac() {
        return MacAddress.valueOf(GATEWAY_MAC_BASE | id);
    }

    /**
     * Tells whether a MAC address lies in the range DaoliNet reserves for gateway MACs.
     *
     * @param mac MAC address
     * @return true if it is or could become some network's gateway MAC
     */
    public static boolean isGatewayMac(MacAddress mac) {
        return (mac.toLong() & ~(long) MAX_ID) == GATEWAY_MAC_BASE;
    }

    /**
     * Returns the name of the gateway port on each server's bridge.
     *
     * @return port name
     */
    public String gatewayPort() {
        return GATEWAY_PORT_PREFIX + id;
    }

    /**
     * Returns a copy of this network with the given number.
     *
     * @param newId number
     * @return network
     */
    public Network withId(int newId) {
        if (newId < 1 || newId > MAX_ID) {
            throw DaoliNetException.invalid("id", "%d is outside 1-%d", newId, MAX_ID);
        }
        return new Network(key, cidr, gateway, newId);
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
        if (!(o instanceof Network)) {
            return false;
        }
        Network that = (Network) o;
        return id == that.id && key.equals(that.key) && cidr.equals(that.cidr) && gateway.equals(that.gateway);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, cidr, gateway, id);
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("key", key).add("cidr", cidr)
                .add("gateway", gateway).add("id", id).toString();
    }

    /**
     * Builder of networks; {@link #build()} checks every field.
     */
    public static final class Builder {
        private String tenant;
        private String name;
        private IpPrefix cidr;
        private IpAddress gateway;

        private Builder() {
        }

        /**
         * Sets the tenant; the default tenant if never set.
         *
         * @param tenant tenant
         * @return this builder
         */
        public Builder tenant(String tenant) {
            this.tenant = tenant;
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
         * Sets the subnet.
         *
         * @param cidr prefix
         * @return this builder
         */
        public Builder cidr(IpPrefix cidr) {
            this.cidr = cidr;
            return this;
        }

        /**
         * Sets the gateway address; the first host address of the subnet if never set.
         *
         * @param gateway address
         * @return this builder
         */
        public Builder gateway(IpAddress gateway) {
            this.gateway = gateway;
            return this;
        }

        /**
         * Builds the network (without a number: the network service assigns it).
         *
         * @return network
         * @throws DaoliNetException if a field is missing or invalid
         */
        public Network build() {
            // named after this builder's (and the JSON's) field: NetworkKey would report "network"
            Validation.name("name", name);
            NetworkKey key = NetworkKey.of(tenant, name);
            Validation.networkCidr("cidr", cidr);
            IpAddress gw = gateway != null ? gateway
                    : IpAddress.valueOf(cidr.address().getIp4Address().toInt() + 1);
            Validation.hostOf("gateway", gw, cidr);
            return new Network(key, cidr, gw, 0);
        }
    }
}
