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

import com.google.common.util.concurrent.MoreExecutors;
import org.onlab.junit.TestUtils;
import org.onlab.osgi.ComponentContextAdapter;
import org.onosproject.cfg.ComponentConfigAdapter;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.CoreServiceAdapter;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.mastership.MastershipServiceAdapter;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.packet.PacketContext;
import org.onlab.packet.Ethernet;

import java.util.Dictionary;
import java.util.Hashtable;

/**
 * The registry plus hot-plug routing wired as in ONOS, on adapters that record what the app
 * submits: flow rule batches (confirmed when the test says so), PacketOuts, packet requests.
 */
public class RoutingFixture {

    /** DaoliNet's application id in the fixture. */
    public static final ApplicationId APP_ID = new DefaultApplicationId(77, "org.daolinet.app");

    /** The registry. */
    public final RegistryFixture reg;
    /** Flow tables of the servers. */
    public final RecordingFlowRuleService flows = new RecordingFlowRuleService();
    /** Packet service. */
    public final RecordingPacketService packets = new RecordingPacketService();
    /** Route store. */
    public final DistributedRouteStore routeStore = new DistributedRouteStore();
    /** The routing manager under test. */
    public final RoutingManager routing = new RoutingManager();
    /** Whether this node is the master of every device. */
    public volatile boolean master = true;
    /** Policy store. */
    public final DistributedPolicyStore policyStore = new DistributedPolicyStore();
    /** The access policy routing consults; the tests may override its container decisions. */
    public final SwitchablePolicy policy = new SwitchablePolicy();
    /** Port mapping store. */
    public final DistributedPortMappingStore mappingStore = new DistributedPortMappingStore();
    /** Port mappings. */
    public final PortMappingManager mappings = new PortMappingManager();

    /**
     * Wires and activates routing, on a registry of its own, with the given component properties.
     *
     * @param properties component properties (null for defaults)
     */
    public RoutingFixture(Dictionary<String, Object> properties) {
        this(new RegistryFixture(), properties);
    }

    /**
     * Wires and activates routing on a registry the caller owns (the REST and CLI tests set
     * their registry up before routing), with the given component properties.
     *
     * @param reg        registry
     * @param properties component properties (null for defaults)
     */
    public RoutingFixture(RegistryFixture reg, Dictionary<String, Object> properties) {
        this.reg = reg;
        routeStore.storageService = reg.storage;
        routeStore.activate();
        activatePolicy(reg, policyStore, policy, mappingStore, mappings);
        wire(routing, reg, policy, mappings);
        routing.packetService = packets;
        routing.flowRuleService = flows;
        routing.mastershipService = new MastershipServiceAdapter() {
            @Override
            public boolean isLocalMaster(DeviceId deviceId) {
                return master;
            }
        };
        routing.store = routeStore;
        routing.activate(context(properties));
    }

    /**
     * Activates the real access policy and port mappings on a registry.
     *
     * @param reg          registry
     * @param policyStore  policy store
     * @param policy       policy manager
     * @param mappingStore port mapping store
     * @param mappings     port mapping manager
     */
    static void activatePolicy(RegistryFixture reg, DistributedPolicyStore policyStore, PolicyManager policy,
                               DistributedPortMappingStore mappingStore, PortMappingManager mappings) {
        policyStore.storageService = reg.storage;
        policyStore.activate();
        policy.store = policyStore;
        policy.containerService = reg.containers;
        policy.networkService = reg.networks;
        TestUtils.setField(policy, "eventDispatcher", reg.dispatcher);
        policy.activate();
        mappingStore.storageService = reg.storage;
        mappingStore.activate();
        mappings.store = mappingStore;
        mappings.containerService = reg.containers;
        mappings.serverService = reg.servers;
        TestUtils.setField(mappings, "eventDispatcher", reg.dispatcher);
        mappings.activate();
    }

    /**
     * Gives a routing manager the app id, the registry, the policy and the port mappings; the
     * caller adds the packet, flow rule and mastership services and the route store.
     *
     * @param routing  routing manager
     * @param reg      registry
     * @param policy   access policy
     * @param mappings port mappings
     */
    static void wire(RoutingManager routing, RegistryFixture reg, PolicyManager policy,
                     PortMappingManager mappings) {
        routing.coreService = new CoreServiceAdapter() {
            @Override
            public ApplicationId registerApplication(String name) {
                return APP_ID;
            }
        };
        routing.cfgService = new ComponentConfigAdapter();
        routing.deviceService = reg.devices;
        routing.containerService = reg.containers;
        routing.networkService = reg.networks;
        routing.serverService = reg.servers;
        routing.policyService = policy;
        routing.portMappingService = mappings;
        // audits at once, on the thread of the change: a test sees the revocation when its change returns
        routing.auditExecutor = MoreExecutors.directExecutor();
        TestUtils.setField(routing, "eventDispatcher", reg.dispatcher);
    }

    /**
     * The real policy manager, whose container decisions a test may override for all pairs.
     */
    public static final class SwitchablePolicy extends PolicyManager {
        /** Decision for every container pair, or null for the real policy. */
        public volatile org.daolinet.api.AccessDecision all;

        @Override
        public org.daolinet.api.AccessDecision decide(org.daolinet.api.Container src,
                                                      org.daolinet.api.Container dst, int protocol, int dstPort) {
            return all != null ? all : super.decide(src, dst, protocol, dstPort);
        }
    }

    /**
     * Returns a component context holding properties.
     *
     * @param properties properties, or null
     * @return context
     */
    public static ComponentContextAdapter context(Dictionary<String, Object> properties) {
        Dictionary<String, Object> p = properties == null ? new Hashtable<>() : properties;
        return new ComponentContextAdapter() {
            @Override
            public Dictionary<String, Object> getProperties() {
                return p;
            }
        };
    }

    /**
     * Delivers a frame to the app's PacketIn processor as received on a port.
     *
     * @param port  port
     * @param frame frame
     * @return the packet context after processing
     */
    public PacketContext receive(ConnectPoint port, Ethernet frame) {
        TestPacketContext context = new TestPacketContext(port, frame);
        packets.processors.forEach(p -> p.process(context));
        return context;
    }

    /**
     * Deactivates routing and the registry.
     */
    public void tearDown() {
        stopRouting();
        reg.tearDown();
    }

    /**
     * Deactivates routing, leaving the registry to its owner.
     */
    public void stopRouting() {
        routing.deactivate();
        mappings.deactivate();
        mappingStore.deactivate();
        policy.deactivate();
        policyStore.deactivate();
        routeStore.deactivate();
    }
}
