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
package org.daolinet.bench;

import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.api.Server;
import org.daolinet.impl.RegistryFixture;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A registry at scale: servers, networks of several tenants and containers spread over both, each
 * numbered so that it can be rebuilt from its number alone (benchmarks build their keys that way,
 * as fresh objects like those a PacketIn yields). The tenants reuse the same subnets, so every
 * lookup by IP runs with overlapping tenant CIDRs, as production does.
 * <p>
 * Container {@code i} sits in network {@code i % networks} at host address {@code 2 + i / networks}
 * of its /24 (the gateway holds .1); its host number shifts the server it runs on, so the
 * containers of one network are spread over many servers.
 */
public final class RegistryScenario {

    /** Tenants owning the networks, round-robin. */
    public static final int TENANTS = 10;

    /** Subnets a tenant can have: 10.x.y.0/24. */
    private static final int SUBNETS_PER_TENANT = 1 << 16;
    /** Container addresses of a /24 after the gateway (.1), before the broadcast address. */
    private static final int HOSTS_PER_NETWORK = 253;
    private static final int MAX_SERVERS = 1 << 16;
    private static final int TEN_NET = 10 << 24;
    private static final int SERVER_NET = IpAddress.valueOf("172.16.0.0").getIp4Address().toInt();
    private static final long SERVER_MAC_BASE = 0x525400000000L;
    private static final long CONTAINER_MAC_BASE = 0x020000000000L;
    private static final long UPLINK_PORT = 1;
    /** Container ports are numbered from here by container number: unique on every bridge. */
    private static final long FIRST_CONTAINER_PORT = 1000;

    /** The real stores and managers on ONOS test primitives. */
    public final RegistryFixture fixture = new RegistryFixture();

    private final int servers;
    private final Network[] networks;

    /**
     * Registers the servers (each with its uplink port) and the networks.
     *
     * @param servers  number of servers
     * @param networks number of networks
     */
    public RegistryScenario(int servers, int networks) {
        checkArgument(servers > 0 && servers <= MAX_SERVERS, "servers must be in 1..%s", MAX_SERVERS);
        checkArgument(networks > 0 && networks <= TENANTS * SUBNETS_PER_TENANT,
                      "networks must be in 1..%s", TENANTS * SUBNETS_PER_TENANT);
        this.servers = servers;
        this.networks = new Network[networks];
        for (int s = 0; s < servers; s++) {
            addServer(s);
        }
        for (int n = 0; n < networks; n++) {
            int subnet = n / TENANTS;
            this.networks[n] = fixture.addNetwork(tenant(n), "net" + n,
                                                  IpPrefix.valueOf(TEN_NET | subnet << 8, 24).toString());
        }
    }

    private Server addServer(int s) {
        DeviceId device = device(s);
        fixture.devices.addPort(device, UPLINK_PORT, "eth0");
        return fixture.servers.addServer(Server.builder().deviceId(device).name("s" + s).uplinkPort("eth0")
                                                 .ip(IpAddress.valueOf(SERVER_NET + 1 + s))
                                                 .mac(MacAddress.valueOf(SERVER_MAC_BASE + 1 + s)).build());
    }

    private static DeviceId device(int s) {
        return RegistryFixture.device(s + 1);
    }

    private static String tenant(int network) {
        return "tenant" + network % TENANTS;
    }

    /**
     * Returns how many containers the networks can hold.
     *
     * @return number of containers
     */
    public int capacity() {
        return networks.length * HOSTS_PER_NETWORK;
    }

    /**
     * Builds container number i, as a registration request would carry it (no VIP yet).
     *
     * @param i container number, below {@link #capacity()}
     * @return container
     */
    public Container container(int i) {
        checkArgument(i >= 0 && i < capacity(), "container number must be in 0..%s", capacity() - 1);
        Network network = networks[i % networks.length];
        int host = 2 + i / networks.length;
        return Container.builder().id("c" + i).name("c" + i).network(network.key())
                .ip(IpAddress.valueOf(network.cidr().address().getIp4Address().toInt() + host))
                .mac(MacAddress.valueOf(CONTAINER_MAC_BASE + 1 + i))
                .server(device(server(i))).portName(portName(i)).build();
    }

    private int server(int i) {
        return (i % networks.length + i / networks.length) % servers;
    }

    private static String portName(int i) {
        return "veth" + i;
    }

    /**
     * Returns the bridge port of container number i, as a new object.
     *
     * @param i container number
     * @return device and port number
     */
    public ConnectPoint port(int i) {
        return new ConnectPoint(device(server(i)), PortNumber.portNumber(FIRST_CONTAINER_PORT + i));
    }

    /**
     * Makes the port of container number i appear on its server's bridge, as OVS reports it once
     * the container's veth is attached.
     *
     * @param i container number
     */
    public void addPort(int i) {
        fixture.devices.addPort(device(server(i)), FIRST_CONTAINER_PORT + i, portName(i));
    }

    /**
     * Attaches and registers containers number 0 to count - 1.
     *
     * @param count number of containers
     */
    public void registerContainers(int count) {
        for (int i = 0; i < count; i++) {
            addPort(i);
            fixture.containers.addContainer(container(i));
        }
    }
}
