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

import org.daolinet.api.Route;
import org.daolinet.api.RouteKey;
import org.daolinet.api.RouteStore;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleOperations;
import org.onosproject.net.flow.FlowRuleOperationsContext;
import org.onosproject.net.flow.FlowRuleService;
import org.onosproject.net.packet.OutboundPacket;
import org.onosproject.net.packet.PacketService;
import org.slf4j.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Applies and revokes routes. A set-up applies the rules of all its directions on every server in
 * one batch and sends the first packet on only when ONOS confirms the whole batch, so the packet
 * cannot race ahead of a rule. Packets of the same direction that arrive while its set-up is under
 * way wait for it instead of starting another.
 */
final class RouteInstaller {

    /** Packets held per pending set-up; more are dropped (the sender retransmits). */
    private static final int MAX_HELD = 16;

    private final Logger log = getLogger(getClass());

    private final FlowRuleService flowRuleService;
    private final PacketService packetService;
    private final RouteStore store;
    private final RoutingMetrics metrics;
    private final Map<RouteKey, Pending> pending = new ConcurrentHashMap<>();

    /**
     * Creates an installer.
     *
     * @param flowRuleService flow rule service
     * @param packetService   packet service
     * @param store           route store
     * @param metrics         metrics
     */
    RouteInstaller(FlowRuleService flowRuleService, PacketService packetService, RouteStore store,
                   RoutingMetrics metrics) {
        this.flowRuleService = flowRuleService;
        this.packetService = packetService;
        this.store = store;
        this.metrics = metrics;
    }

    /**
     * Tells whether a set-up of a direction is under way; if so, the packet is held and sent on
     * with the set-up's first packet.
     *
     * @param key    direction
     * @param packet packet to send once the direction is installed
     * @return true if the packet was taken over by a pending set-up
     */
    boolean joinPending(RouteKey key, OutboundPacket packet) {
        Pending p = pending.get(key);
        return p != null && p.hold(packet);
    }

    /**
     * Installs routes and then sends a packet on.
     *
     * @param routes     routes to install (their rules, on all servers, go in one batch)
     * @param packet     the packet to send once every rule is confirmed, or null
     * @param startNanos when the PacketIn arrived, for the set-up latency
     * @param counter    what to count on success
     * @param valid      checked once the rules are in: false if an endpoint moved or went away
     *                   meanwhile, in which case the rules are removed again and the packet dropped
     */
    void install(List<Route> routes, OutboundPacket packet, long startNanos, RoutingMetrics.Counter counter,
                 BooleanSupplier valid) {
        RouteKey lead = routes.get(0).key();
        Pending p = new Pending(packet);
        if (packet != null && pending.putIfAbsent(lead, p) != null) {
            // another PacketIn of this direction got here first: ride along with it
            if (!joinPending(lead, packet)) {
                packetService.emit(packet);
            }
            return;
        }
        FlowRuleOperations.Builder ops = FlowRuleOperations.builder();
        for (Route r : routes) {
            for (FlowRule rule : r.rules()) {
                ops.add(rule);
            }
        }
        flowRuleService.apply(ops.build(new FlowRuleOperationsContext() {
            @Override
            public void onSuccess(FlowRuleOperations o) {
                if (!valid.getAsBoolean()) {
                    // the registry changed while the rules were on their way: never leave a route
                    // to a location that no longer holds the container
                    pending.remove(lead, p);
                    removeRules(routes);
                    metrics.count(RoutingMetrics.Counter.STALE_SETUPS);
                    return;
                }
                for (Route r : routes) {
                    store.putRoute(r);
                }
                if (packet != null) {
                    pending.remove(lead, p);
                    p.release();
                    metrics.latency(System.nanoTime() - startNanos);
                }
                metrics.count(counter);
            }

            @Override
            public void onError(FlowRuleOperations o) {
                if (packet != null) {
                    pending.remove(lead, p);
                }
                metrics.count(RoutingMetrics.Counter.INSTALL_FAILURES);
                log.warn("Rules of route {} were not installed; its packets are dropped", lead);
            }
        }));
    }

    /**
     * Installs drop rules of a denied direction (or of spoofed traffic) and records them when tracked.
     *
     * @param route drop rules to install
     * @param track whether to record them (so that a policy change can revoke them)
     */
    void installDrop(Route route, boolean track) {
        FlowRuleOperations.Builder ops = FlowRuleOperations.builder();
        route.rules().forEach(ops::add);
        flowRuleService.apply(ops.build(new FlowRuleOperationsContext() {
            @Override
            public void onSuccess(FlowRuleOperations o) {
                if (track) {
                    store.putRoute(route);
                }
            }

            @Override
            public void onError(FlowRuleOperations o) {
                metrics.count(RoutingMetrics.Counter.INSTALL_FAILURES);
                log.warn("Drop rules {} were not installed", route.key());
            }
        }));
    }

    /**
     * Installs a rule that nothing tracks: it only expires (spoofed sources, unsolicited gateway traffic).
     *
     * @param rule rule
     */
    void installUntracked(FlowRule rule) {
        flowRuleService.applyFlowRules(rule);
    }

    /**
     * Revokes routes: forgets them and removes all their rules on every server in one batch.
     *
     * @param routes  routes
     * @param counter what to count the revoked routes as
     * @return number of routes revoked
     */
    int revoke(Collection<Route> routes, RoutingMetrics.Counter counter) {
        List<FlowRule> rules = new ArrayList<>();
        int n = 0;
        for (Route r : routes) {
            if (store.removeRoute(r.key()) != null) {
                rules.addAll(r.rules());
                n++;
            }
        }
        if (!rules.isEmpty()) {
            FlowRuleOperations.Builder ops = FlowRuleOperations.builder();
            rules.forEach(ops::remove);
            flowRuleService.apply(ops.build());
            metrics.add(counter, n);
        }
        return n;
    }

    private void removeRules(Collection<Route> routes) {
        FlowRuleOperations.Builder ops = FlowRuleOperations.builder();
        for (Route r : routes) {
            r.rules().forEach(ops::remove);
        }
        flowRuleService.apply(ops.build());
    }

    /**
     * Packets waiting for a set-up to complete: the first one, and those that joined it (a list only
     * once one joins; most set-ups complete with their first packet alone).
     */
    private final class Pending {
        private final OutboundPacket first;
        private List<OutboundPacket> joined;
        private boolean released;

        Pending(OutboundPacket first) {
            this.first = first;
        }

        synchronized boolean hold(OutboundPacket packet) {
            if (released) {
                return false;
            }
            if (joined == null) {
                joined = new ArrayList<>(2);
            }
            if (joined.size() + 1 < MAX_HELD) {
                joined.add(packet);
            }
            return true;
        }

        synchronized void release() {
            released = true;
            int sent = 0;
            if (first != null) {
                packetService.emit(first);
                sent++;
            }
            if (joined != null) {
                for (OutboundPacket packet : joined) {
                    packetService.emit(packet);
                }
                sent += joined.size();
            }
            metrics.add(RoutingMetrics.Counter.PACKETS_FORWARDED, sent);
        }
    }
}
