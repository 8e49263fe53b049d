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

import com.google.common.collect.ImmutableSet;
import org.daolinet.api.Route;
import org.daolinet.api.RouteEvent;
import org.daolinet.api.RouteKey;
import org.daolinet.api.RouteStore;
import org.daolinet.api.RouteStoreDelegate;
import org.onosproject.mastership.MastershipServiceAdapter;
import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.FlowId;
import org.onosproject.net.flow.FlowRuleOperations;
import org.onosproject.net.flow.FlowRuleServiceAdapter;
import org.onosproject.net.packet.OutboundPacket;
import org.onosproject.net.packet.PacketProcessor;
import org.onosproject.net.packet.PacketServiceAdapter;
import org.onosproject.store.AbstractStore;

import java.util.Collection;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Hot-plug routing on adapters that only count what the app submits, for benchmarks: flow rule
 * batches are confirmed at once (as ONOS would once the switches answered), PacketOuts and recorded
 * routes are counted and dropped, so every PacketIn of a stream needs a new route and nothing
 * accumulates. The registry and the access policy are the real ones; the per-port PacketIn limit is
 * set out of reach.
 */
public class LeanRouting {

    /** PacketIns per second and port, and burst, that the benchmarks never reach. */
    private static final int UNLIMITED = 1_000_000_000;

    /** The registry. */
    public final RegistryFixture reg;
    /** Flow rules submitted. */
    public final LongAdder rules = new LongAdder();
    /** PacketOuts emitted. */
    public final LongAdder packetOuts = new LongAdder();
    /** Routes recorded. */
    public final LongAdder routes = new LongAdder();
    /** The access policy. */
    public final PolicyManager policy = new PolicyManager();
    /** The routing manager. */
    public final RoutingManager routing = new RoutingManager();

    private final DistributedPolicyStore policyStore = new DistributedPolicyStore();
    private final DistributedPortMappingStore mappingStore = new DistributedPortMappingStore();
    private final PortMappingManager mappings = new PortMappingManager();
    private PacketProcessor processor;
    /** Routes the store reports as installed, for audits (see {@link #holdRoutes}). */
    private volatile Set<Route> held = ImmutableSet.of();
    /** The held routes by source and by destination container. */
    private volatile Map<String, Set<Route>> heldOf = Map.of();

    /**
     * Wires routing on a registry.
     *
     * @param reg registry
     */
    public LeanRouting(RegistryFixture reg) {
        this.reg = reg;
        RoutingFixture.activatePolicy(reg, policyStore, policy, mappingStore, mappings);
        RoutingFixture.wire(routing, reg, policy, mappings);
        routing.packetService = new PacketServiceAdapter() {
            @Override
            public void addProcessor(PacketProcessor p, int priority) {
                processor = p;
            }

            @Override
            public void emit(OutboundPacket packet) {
                packetOuts.increment();
            }
        };
        routing.flowRuleService = new FlowRuleServiceAdapter() {
            @Override
            public void apply(FlowRuleOperations ops) {
                ops.stages().forEach(stage -> rules.add(stage.size()));
                ops.callback().onSuccess(ops);
            }
        };
        routing.mastershipService = new MastershipServiceAdapter() {
            @Override
            public boolean isLocalMaster(DeviceId deviceId) {
                return true;
            }
        };
        routing.store = new CountingRouteStore();
        // the per-port PacketIn limit (200/s by default) protects the controller from a flooding
        // container; a benchmark streams thousands of PacketIns per port and second, which the
        // default would drop as cheap rejections instead of measuring set-ups. The limiter still
        // runs for every PacketIn, only its limit is out of reach.
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(OsgiPropertyConstants.PACKET_IN_RATE, UNLIMITED);
        properties.put(OsgiPropertyConstants.PACKET_IN_BURST, UNLIMITED);
        routing.activate(RoutingFixture.context(properties));
    }

    /**
     * Returns the app's PacketIn processor.
     *
     * @return processor
     */
    public PacketProcessor processor() {
        return processor;
    }

    /**
     * Makes the route store report routes as installed (it still never remembers new ones): what a
     * policy change's audit re-checks.
     *
     * @param routes routes
     */
    public void holdRoutes(Collection<Route> routes) {
        Map<String, Set<Route>> of = new HashMap<>();
        for (Route r : routes) {
            of.computeIfAbsent(r.key().src(), k -> new HashSet<>()).add(r);
            of.computeIfAbsent(r.key().dst(), k -> new HashSet<>()).add(r);
        }
        heldOf = of;
        held = ImmutableSet.copyOf(routes);
    }

    /**
     * A route store that counts what it is given and never remembers it; it reports the held routes.
     */
    private final class CountingRouteStore extends AbstractStore<RouteEvent, RouteStoreDelegate>
            implements RouteStore {
        @Override
        public void putRoute(Route route) {
            routes.increment();
        }

        @Override
        public Route removeRoute(RouteKey key) {
            return null;
        }

        @Override
        public Route route(RouteKey key) {
            return null;
        }

        @Override
        public Route routeOfRule(FlowId flowId) {
            return null;
        }

        @Override
        public Set<Route> routesOf(String containerId) {
            return heldOf.getOrDefault(containerId, ImmutableSet.of());
        }

        @Override
        public Set<Route> routes() {
            return held;
        }
    }
}
