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
package org.daolinet.impl;

import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.Server;
import org.onlab.junit.TestUtils;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;
import org.onosproject.cfg.ComponentConfigAdapter;
import org.onosproject.common.event.impl.TestEventDispatcher;
import org.onosproject.event.AbstractListenerManager;
import org.onosproject.net.DeviceId;

/**
 * The registry wired as in ONOS: distributed stores on test primitives, managers with a test
 * event dispatcher, a device service whose ports the test controls. Shared by the tests of
 * everything that reads the registry.
 * <p>
 * One fixture is one ONOS node. {@link #peer()} starts another node of the same cluster: it shares
 * the fixture's distributed primitives and device service (ONOS's device view is cluster-wide) and
 * has its own stores, managers and event dispatcher.
 */
public class RegistryFixture {

    /** Storage of the cluster: primitives shared by name with the fixture's peers. */
    public final SharedTestStorageService storage;
    /** Event dispatcher delivering synchronously. */
    public final TestEventDispatcher dispatcher = new TestEventDispatcher();
    /** Devices and ports. */
    public final TestDeviceService devices;

    public final DistributedServerStore serverStore = new DistributedServerStore();
    public final DistributedNetworkStore networkStore = new DistributedNetworkStore();
    public final DistributedContainerStore containerStore = new DistributedContainerStore();
    public final DistributedVipAllocator vips = new DistributedVipAllocator();
    public final ServerManager servers = new ServerManager();
    public final NetworkManager networks = new NetworkManager();
    public final ContainerManager containers = new ContainerManager();

    /**
     * Wires and activates everything on a storage and device service of its own.
     */
    public RegistryFixture() {
        this(new SharedTestStorageService(), new TestDeviceService());
    }

    /**
     * Wires and activates one node of a cluster on the cluster's storage and devices.
     *
     * @param storage storage shared by the nodes
     * @param devices device service shared by the nodes
     */
    public RegistryFixture(SharedTestStorageService storage, TestDeviceService devices) {
        this.storage = storage;
        this.devices = devices;
        serverStore.storageService = storage;
        networkStore.storageService = storage;
        containerStore.storageService = storage;
        vips.storageService = storage;
        vips.cfgService = new ComponentConfigAdapter();
        serverStore.activate();
        networkStore.activate();
        containerStore.activate();
        vips.activate(null);

        servers.store = serverStore;
        servers.containerStore = containerStore;
        servers.deviceService = devices;
        injectDispatcher(servers);
        servers.activate();

        networks.store = networkStore;
        networks.containerStore = containerStore;
        networks.deviceService = devices;
        injectDispatcher(networks);
        networks.activate();

        containers.store = containerStore;
        containers.networkStore = networkStore;
        containers.serverStore = serverStore;
        containers.deviceService = devices;
        containers.vipAllocator = vips;
        injectDispatcher(containers);
        containers.activate();
    }

    private void injectDispatcher(AbstractListenerManager<?, ?> manager) {
        TestUtils.setField(manager, "eventDispatcher", dispatcher);
    }

    /**
     * Returns another node of this fixture's cluster, activated now: its stores load what the
     * cluster holds, as those of an ONOS node that joins or restarts.
     *
     * @return new node on the same storage and devices
     */
    public RegistryFixture peer() {
        return new RegistryFixture(storage, devices);
    }

    /**
     * Deactivates the managers, then the stores and the VIP allocator: the node stops following
     * the cluster's changes.
     */
    public void tearDown() {
        containers.deactivate();
        networks.deactivate();
        servers.deactivate();
        vips.deactivate();
        containerStore.deactivate();
        networkStore.deactivate();
        serverStore.deactivate();
    }

    /**
     * Returns the device id of server number n.
     *
     * @param n server number
     * @return device id
     */
    public static DeviceId device(int n) {
        return DeviceId.deviceId(String.format("of:%016x", n));
    }

    /**
     * Registers server sN with uplink port "ethN" as port 100, IP 192.168.0.N, MAC 52:54:00:00:00:0N.
     *
     * @param n server number
     * @return server
     */
    public Server addServer(int n) {
        devices.addPort(device(n), 100, "eth" + n);
        return servers.addServer(Server.builder().deviceId(device(n)).name("s" + n).uplinkPort("eth" + n)
                                         .ip(IpAddress.valueOf("192.168.0." + n))
                                         .mac(MacAddress.valueOf(0x525400000000L + n)).build());
    }

    /**
     * Creates a network.
     *
     * @param tenant tenant
     * @param name   name
     * @param cidr   subnet
     * @return network
     */
    public Network addNetwork(String tenant, String name, String cidr) {
        return networks.createNetwork(Network.builder().tenant(tenant).name(name)
                                              .cidr(IpPrefix.valueOf(cidr)).build());
    }

    /**
     * Registers a container on a server and gives it a bridge port.
     *
     * @param name    container name (also its id, prefixed "id-")
     * @param network network
     * @param ip      IP
     * @param server  server number
     * @param port    port number on the bridge (named "veth-NAME")
     * @return container
     */
    public Container addContainer(String name, NetworkKey network, String ip, int server, long port) {
        devices.addPort(device(server), port, "veth-" + name);
        return containers.addContainer(containerBuilder(name, network, ip, server).build());
    }

    /**
     * Returns a builder of a container that {@link #addContainer} would register.
     *
     * @param name    name
     * @param network network
     * @param ip      IP
     * @param server  server number
     * @return builder
     */
    public static Container.Builder containerBuilder(String name, NetworkKey network, String ip, int server) {
        IpAddress address = IpAddress.valueOf(ip);
        return Container.builder().id("id-" + name).name(name).network(network).ip(address)
                .mac(MacAddress.valueOf(0x020000000000L + (address.getIp4Address().toInt() & 0xffffffL)
                                                + ((long) network.hashCode() & 0xff) * 0x1000000L))
                .server(device(server)).portName("veth-" + name);
    }
}
