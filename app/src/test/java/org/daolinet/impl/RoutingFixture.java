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
    public final RegistryFixture reg = new RegistryFixture();
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
    /** The access policy routing consults; the tests may replace its decisions. */
    public final SwitchablePolicy policy = new SwitchablePolicy();

    /**
     * Wires and activates routing with the given component properties.
     *
     * @param properties component properties (null for defaults)
     */
    public RoutingFixture(Dictionary<String, Object> properties) {
        routeStore.storageService = reg.storage;
        routeStore.activate();
        routing.coreService = new CoreServiceAdapter() {
            @Override
            public ApplicationId registerApplication(String name) {
                return APP_ID;
            }
        };
        routing.packetService = packets;
        routing.flowRuleService = flows;
        routing.mastershipService = new MastershipServiceAdapter() {
            @Override
            public boolean isLocalMaster(DeviceId deviceId) {
                return master;
            }
        };
        routing.cfgService = new ComponentConfigAdapter();
        routing.deviceService = reg.devices;
        routing.containerService = reg.containers;
        routing.networkService = reg.networks;
        routing.serverService = reg.servers;
        routing.accessPolicy = policy;
        routing.store = routeStore;
        TestUtils.setField(routing, "eventDispatcher", reg.dispatcher);
        routing.activate(context(properties));
    }

    /**
     * An access policy that decides as {@link DefaultAccessPolicy} unless a test sets a decision
     * for all container pairs.
     */
    public static final class SwitchablePolicy extends DefaultAccessPolicy {
        /** Decision for every container pair, or null for the default policy. */
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
        routing.deactivate();
        routeStore.deactivate();
        reg.tearDown();
    }
}
