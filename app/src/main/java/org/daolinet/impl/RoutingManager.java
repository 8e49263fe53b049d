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

import com.google.common.collect.ImmutableList;
import org.daolinet.api.Constants;
import org.daolinet.api.ContainerEvent;
import org.daolinet.api.ContainerListener;
import org.daolinet.api.ContainerService;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.NetworkService;
import org.daolinet.api.PolicyListener;
import org.daolinet.api.PolicyService;
import org.daolinet.api.PortMappingListener;
import org.daolinet.api.PortMappingService;
import org.daolinet.api.Route;
import org.daolinet.api.RouteAdminService;
import org.daolinet.api.RouteEvent;
import org.daolinet.api.RouteKey;
import org.daolinet.api.RouteListener;
import org.daolinet.api.RouteService;
import org.daolinet.api.RouteStore;
import org.daolinet.api.RouteStoreDelegate;
import org.daolinet.api.RoutingStats;
import org.daolinet.api.ServerService;
import org.onlab.packet.Ethernet;
import org.onlab.util.Tools;
import org.onosproject.cfg.ComponentConfigService;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.CoreService;
import org.onosproject.event.AbstractListenerManager;
import org.onosproject.mastership.MastershipService;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.device.DeviceEvent;
import org.onosproject.net.device.DeviceListener;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleEvent;
import org.onosproject.net.flow.FlowRuleListener;
import org.onosproject.net.flow.FlowRuleService;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.packet.PacketPriority;
import org.onosproject.net.packet.PacketProcessor;
import org.onosproject.net.packet.PacketService;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import static org.daolinet.impl.OsgiPropertyConstants.DROP_TIMEOUT;
import static org.daolinet.impl.OsgiPropertyConstants.DROP_TIMEOUT_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.IDLE_JITTER;
import static org.daolinet.impl.OsgiPropertyConstants.IDLE_JITTER_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.IDLE_TIMEOUT;
import static org.daolinet.impl.OsgiPropertyConstants.IDLE_TIMEOUT_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.INFRA_PRIORITY;
import static org.daolinet.impl.OsgiPropertyConstants.INFRA_PRIORITY_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.PACKET_IN_BURST;
import static org.daolinet.impl.OsgiPropertyConstants.PACKET_IN_BURST_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.PACKET_IN_RATE;
import static org.daolinet.impl.OsgiPropertyConstants.PACKET_IN_RATE_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.ROUTE_PRIORITY;
import static org.daolinet.impl.OsgiPropertyConstants.ROUTE_PRIORITY_DEFAULT;
import static org.daolinet.impl.OsgiPropertyConstants.SPOOF_PRIORITY;
import static org.daolinet.impl.OsgiPropertyConstants.SPOOF_PRIORITY_DEFAULT;
import static org.slf4j.LoggerFactory.getLogger;

/**
 * Hot-plug routing: registers the PacketIn processor and its handlers, tracks the installed routes,
 * revokes them when their containers go or move, forgets them when their rules expire, and removes
 * every rule of the app on deactivation.
 * <p>
 * Revocation is done once per route, by the ONOS node mastering the route's ingress server: that
 * node installed the route, so it knows it without waiting for replication.
 */
@Component(immediate = true, service = {RouteService.class, RouteAdminService.class},
        property = {
                IDLE_TIMEOUT + ":Integer=" + IDLE_TIMEOUT_DEFAULT,
                IDLE_JITTER + ":Integer=" + IDLE_JITTER_DEFAULT,
                DROP_TIMEOUT + ":Integer=" + DROP_TIMEOUT_DEFAULT,
                PACKET_IN_RATE + ":Integer=" + PACKET_IN_RATE_DEFAULT,
                PACKET_IN_BURST + ":Integer=" + PACKET_IN_BURST_DEFAULT,
                ROUTE_PRIORITY + ":Integer=" + ROUTE_PRIORITY_DEFAULT,
                INFRA_PRIORITY + ":Integer=" + INFRA_PRIORITY_DEFAULT,
                SPOOF_PRIORITY + ":Integer=" + SPOOF_PRIORITY_DEFAULT,
        })
public class RoutingManager extends AbstractListenerManager<RouteEvent, RouteListener>
        implements RouteAdminService {

    /** Expiry events of a rule older than its route by this much are stale: the route was re-installed. */
    private static final long STALE_EXPIRY_MARGIN_MILLIS = 1000;

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected CoreService coreService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected PacketService packetService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected FlowRuleService flowRuleService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected MastershipService mastershipService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ComponentConfigService cfgService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected DeviceService deviceService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ContainerService containerService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected NetworkService networkService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ServerService serverService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected PolicyService policyService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected PortMappingService portMappingService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected RouteStore store;

    /** Idle timeout of hot-plug routes in seconds (default 10). */
    private int idleTimeout = IDLE_TIMEOUT_DEFAULT;

    /** Largest random change of a route's idle timeout in seconds (default 2). */
    private int idleJitter = IDLE_JITTER_DEFAULT;

    /** Idle timeout of drop rules for denied, spoofed or unsolicited traffic in seconds (default 5). */
    private int dropTimeout = DROP_TIMEOUT_DEFAULT;

    /** PacketIns handled per second and port; the excess is dropped and counted (default 200). */
    private int packetInRate = PACKET_IN_RATE_DEFAULT;

    /** PacketIns handled in a burst per port (default 100). */
    private int packetInBurst = PACKET_IN_BURST_DEFAULT;

    /** Priority of hot-plug routes; L4 routes and deny rules sit at fixed offsets above (default 40000). */
    private int routePriority = ROUTE_PRIORITY_DEFAULT;

    /** Priority of the servers' infrastructure rules (default 46000). */
    private int infraPriority = INFRA_PRIORITY_DEFAULT;

    /** Priority of anti-spoofing drop rules (default 50000). */
    private int spoofPriority = SPOOF_PRIORITY_DEFAULT;

    private final RouteStoreDelegate delegate = this::post;
    private final FlowRuleListener flowListener = this::flowEvent;
    private final ContainerListener containerListener = this::containerEvent;
    private final DeviceListener deviceListener = this::deviceEvent;
    private final PolicyListener policyListener = event -> requestAudit(event.concerned().orElse(null));
    private final PortMappingListener mappingListener = event -> requestAudit(null);
    /** What the queued audit, not started yet, is to check: it will see every change made until it starts. */
    private final PendingAudit pendingAudit = new PendingAudit();
    private final RoutingMetrics metrics = new RoutingMetrics();

    private ApplicationId appId;
    private PacketInLimiter limiter;
    private RouteInstaller installer;
    private RoutingContext context;
    private PacketProcessor processor;
    private InfraRuleManager infra;
    private RouteAuditor auditor;
    /**
     * Where audits run: off the event thread, one at a time. Tests may give one before activation
     * (a direct executor audits at once); else activation makes a thread of its own.
     */
    Executor auditExecutor;
    private ExecutorService ownAuditExecutor;

    @Activate
    protected void activate(ComponentContext componentContext) {
        appId = coreService.registerApplication(Constants.APP_NAME);
        eventDispatcher.addSink(RouteEvent.class, listenerRegistry);
        store.setDelegate(delegate);
        cfgService.registerProperties(getClass());
        limiter = new PacketInLimiter(PACKET_IN_RATE_DEFAULT, PACKET_IN_BURST_DEFAULT);
        installer = new RouteInstaller(flowRuleService, packetService, store, metrics);
        RouteRules rules = new RouteRules(appId);
        context = new RoutingContext(containerService, networkService, serverService, policyService, store,
                                     rules, installer, packetService, metrics);
        auditor = new RouteAuditor(containerService, policyService, portMappingService);
        if (auditExecutor == null) {
            ownAuditExecutor = Executors.newSingleThreadExecutor(Tools.groupedThreads("daolinet/routing", "audit",
                                                                                      log));
            auditExecutor = ownAuditExecutor;
        }
        modified(componentContext);
        infra = new InfraRuleManager(flowRuleService, deviceService, mastershipService, serverService,
                                     portMappingService, rules, context::config);
        infra.start();
        processor = new DaoliNetPacketProcessor(
                serverService, mastershipService, limiter, metrics,
                new ArpHandler(containerService, networkService, policyService, packetService, metrics),
                new RoutingHandler(context, new EgressHandler(context),
                                   new PublishHandler(context, portMappingService)));
        packetService.addProcessor(processor, PacketProcessor.director(2));
        for (TrafficSelector selector : requests()) {
            packetService.requestPackets(selector, PacketPriority.REACTIVE, appId);
        }
        flowRuleService.addListener(flowListener);
        containerService.addListener(containerListener);
        deviceService.addListener(deviceListener);
        policyService.addListener(policyListener);
        portMappingService.addListener(mappingListener);
        log.info("Started with {}", context.config());
    }

    @Deactivate
    protected void deactivate() {
        portMappingService.removeListener(mappingListener);
        policyService.removeListener(policyListener);
        if (ownAuditExecutor != null) {
            // a queued audit is moot: every rule of the app goes below
            ownAuditExecutor.shutdownNow();
            ownAuditExecutor = null;
            auditExecutor = null;
        }
        deviceService.removeListener(deviceListener);
        containerService.removeListener(containerListener);
        flowRuleService.removeListener(flowListener);
        for (TrafficSelector selector : requests()) {
            packetService.cancelPackets(selector, PacketPriority.REACTIVE, appId);
        }
        packetService.removeProcessor(processor);
        infra.stop();
        // every rule of the app, on every server: routes, drop rules and infrastructure rules
        flowRuleService.removeFlowRulesById(appId);
        cfgService.unregisterProperties(getClass(), false);
        store.unsetDelegate(delegate);
        eventDispatcher.removeSink(RouteEvent.class);
        log.info("Stopped");
    }

    /**
     * Applies a configuration change: all of it if it is valid, none of it otherwise.
     *
     * @param componentContext component context
     */
    @Modified
    protected void modified(ComponentContext componentContext) {
        RoutingConfig current = context.config();
        try {
            RoutingConfig next = RoutingConfig.from(
                    componentContext == null ? null : componentContext.getProperties(), current);
            boolean infraChanged = next.infraPriority() != current.infraPriority();
            context.config(next);
            limiter.configure(next.packetInRate(), next.packetInBurst());
            if (infraChanged && infra != null) {
                infra.refresh();
            }
            idleTimeout = next.idleTimeout();
            idleJitter = next.idleJitter();
            dropTimeout = next.dropTimeout();
            packetInRate = next.packetInRate();
            packetInBurst = next.packetInBurst();
            routePriority = next.routePriority(false);
            infraPriority = next.infraPriority();
            spoofPriority = next.spoofPriority();
            log.info("Routing configuration: {}", next);
        } catch (DaoliNetException e) {
            log.error("Rejected routing configuration, keeping {}: {}", current, e.getMessage());
        }
    }

    /**
     * Returns the current routing configuration.
     *
     * @return configuration snapshot
     */
    public RoutingConfig config() {
        return context.config();
    }

    private static List<TrafficSelector> requests() {
        return ImmutableList.of(
                DefaultTrafficSelector.builder().matchEthType(Ethernet.TYPE_ARP).build(),
                DefaultTrafficSelector.builder().matchEthType(Ethernet.TYPE_IPV4).build());
    }

    @Override
    public Set<Route> routes() {
        return store.routes();
    }

    @Override
    public Route route(RouteKey key) {
        return store.route(key);
    }

    @Override
    public Set<Route> routesOf(String containerId) {
        return store.routesOf(containerId);
    }

    @Override
    public long[] counters(Route route) {
        long packets = 0;
        long bytes = 0;
        for (FlowRule rule : route.rules()) {
            FlowEntry entry = flowRuleService.getFlowEntry(rule);
            if (entry != null) {
                packets = Math.max(packets, entry.packets());
                bytes = Math.max(bytes, entry.bytes());
            }
        }
        return new long[]{packets, bytes};
    }

    @Override
    public RoutingStats stats() {
        return metrics.snapshot();
    }

    @Override
    public int revoke(Collection<RouteKey> keys) {
        List<Route> routes = new ArrayList<>();
        for (RouteKey key : keys) {
            Route r = store.route(key);
            if (r != null) {
                routes.add(r);
            }
        }
        return installer.revoke(routes, RoutingMetrics.Counter.REVOCATIONS);
    }

    @Override
    public int revokeContainer(String containerId) {
        return installer.revoke(store.routesOf(containerId), RoutingMetrics.Counter.REVOCATIONS);
    }

    /**
     * Revokes the routes of a container that this node owns (it masters their ingress server).
     */
    private void revokeOwned(String containerId) {
        List<Route> owned = new ArrayList<>();
        for (Route r : store.routesOf(containerId)) {
            if (mastershipService.isLocalMaster(r.ingress())) {
                owned.add(r);
            }
        }
        int n = installer.revoke(owned, RoutingMetrics.Counter.REVOCATIONS);
        if (n > 0) {
            log.info("Revoked {} routes of container {}", n, containerId);
        }
    }

    /**
     * Queues an audit of the routes against the policy and port mappings, unless one is queued and
     * not started yet: that one reads the policy as it is when it starts, so it covers this change
     * too. A burst of changes (rules loaded one by one) costs a few audits, not one per change.
     */
    private void requestAudit(Set<String> concerned) {
        Executor executor = auditExecutor;
        if (executor == null || !pendingAudit.add(concerned)) {
            // none: deactivated, every rule of the app is gone; or an audit is queued already
            return;
        }
        try {
            executor.execute(() -> audit(pendingAudit.take()));
        } catch (RejectedExecutionException e) {
            // deactivating: every rule of the app is being removed
            pendingAudit.take();
            log.debug("No audit while deactivating: {}", e.getMessage());
        }
    }

    /**
     * Revokes the routes this node owns that the current policy no longer stands behind.
     */
    private void audit(Set<String> concerned) {
        try {
            Collection<Route> routes;
            if (concerned == null) {
                routes = store.routes();
            } else {
                Set<Route> some = new HashSet<>();
                concerned.forEach(id -> some.addAll(store.routesOf(id)));
                routes = some;
            }
            List<Route> owned = new ArrayList<>();
            for (Route r : routes) {
                if (mastershipService.isLocalMaster(r.ingress())) {
                    owned.add(r);
                }
            }
            int n = installer.revoke(auditor.stale(owned), RoutingMetrics.Counter.REVOCATIONS);
            if (n > 0) {
                log.info("Revoked {} of {} routes audited after policy or port mapping changes", n, owned.size());
            }
        } catch (RuntimeException e) {
            // on the audit thread nobody else would see it; the next change audits again
            log.error("Audit of routes failed", e);
        }
    }

    /**
     * The containers whose routes the next audit is to check: some, or all. Changes add to it until
     * the audit takes it.
     */
    private static final class PendingAudit {
        private Set<String> concerned = new HashSet<>();
        private boolean all;
        private boolean queued;

        /**
         * Adds what a change concerns.
         *
         * @param ids container ids, or null for all routes
         * @return true if no audit was queued: the caller queues one
         */
        synchronized boolean add(Set<String> ids) {
            if (ids == null) {
                all = true;
            } else if (!all) {
                concerned.addAll(ids);
            }
            boolean queue = !queued;
            queued = true;
            return queue;
        }

        /**
         * Takes what the audit is to check; changes from now on queue the next audit.
         *
         * @return container ids, or null for all routes
         */
        synchronized Set<String> take() {
            Set<String> ids = all ? null : concerned;
            concerned = new HashSet<>();
            all = false;
            queued = false;
            return ids;
        }
    }

    private void containerEvent(ContainerEvent event) {
        // the cached attachment would be rebuilt on its next use anyway; dropping it keeps the cache
        // to the containers that exist
        context.forget(event.subject().id());
        switch (event.type()) {
            case CONTAINER_REMOVED:
            case CONTAINER_MOVED:
                revokeOwned(event.subject().id());
                break;
            case CONTAINER_UPDATED:
                // a changed binding (addresses, VIP) invalidates every rule built from the old one
                if (event.prevSubject() != null && !event.prevSubject().equals(event.subject())) {
                    revokeOwned(event.subject().id());
                }
                break;
            default:
                break;
        }
    }

    /**
     * Forgets the PacketIn record (token bucket and source memo) of a port that is gone, so that
     * records do not pile up as containers come and go, and no memo outlives its port.
     */
    private void deviceEvent(DeviceEvent event) {
        if (event.type() == DeviceEvent.Type.PORT_REMOVED && event.port() != null) {
            limiter.forget(new ConnectPoint(event.subject().id(), event.port().number()));
        } else if (event.type() == DeviceEvent.Type.DEVICE_REMOVED) {
            limiter.forgetDevice(event.subject().id());
        }
    }

    private void flowEvent(FlowRuleEvent event) {
        if (event.type() != FlowRuleEvent.Type.RULE_REMOVED || event.subject().appId() != appId.id()) {
            return;
        }
        FlowRule rule = event.subject();
        Route route = store.routeOfRule(rule.id());
        if (route == null) {
            return;
        }
        if (rule instanceof FlowEntry) {
            long installedAt = System.currentTimeMillis() - ((FlowEntry) rule).life(TimeUnit.MILLISECONDS);
            if (route.createdMillis() > installedAt + STALE_EXPIRY_MARGIN_MILLIS) {
                // the expired rule predates the route: it was set up again in the meantime
                return;
            }
        }
        // one rule of the direction expired: take the rest of the direction away with it; a published
        // port's connection goes as a whole, since only its client's next packet can set it up again
        List<Route> gone = new ArrayList<>(2);
        gone.add(route);
        RouteKey partner = publishedPartner(route.key());
        if (partner != null && store.route(partner) != null) {
            gone.add(store.route(partner));
        }
        installer.revoke(gone, RoutingMetrics.Counter.EXPIRED);
    }

    private static RouteKey publishedPartner(RouteKey k) {
        if (k.kind() == RouteKey.Kind.PUBLISHED) {
            return RouteKey.of(RouteKey.Kind.PUBLISHED_RETURN, k.src(), k.dst(), k.protocol(), k.port(), true);
        }
        if (k.kind() == RouteKey.Kind.PUBLISHED_RETURN) {
            return RouteKey.of(RouteKey.Kind.PUBLISHED, k.src(), k.dst(), k.protocol(), k.port(), false);
        }
        return null;
    }
}
