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
import org.onlab.util.KryoNamespace;
import org.onosproject.net.flow.FlowId;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.store.AbstractStore;
import org.onosproject.store.serializers.KryoNamespaces;
import org.onosproject.store.service.EventuallyConsistentMap;
import org.onosproject.store.service.EventuallyConsistentMapEvent;
import org.onosproject.store.service.EventuallyConsistentMapListener;
import org.onosproject.store.service.StorageService;
import org.onosproject.store.service.WallClockTimestamp;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Route store on an eventually consistent map: routes are soft state written on every set-up, so
 * writes must be local and non-blocking; they reach the other ONOS nodes by anti-entropy. Local
 * indexes by container and by flow id follow the map's events from every node.
 */
@Component(immediate = true, service = RouteStore.class)
public class DistributedRouteStore extends AbstractStore<RouteEvent, RouteStoreDelegate> implements RouteStore {

    private static final KryoNamespace SERIALIZER = KryoNamespace.newBuilder()
            .register(KryoNamespaces.API)
            .register(RouteKey.class, RouteKey.Kind.class, Route.class)
            .build("daolinet-routes");

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected StorageService storageService;

    private final EventuallyConsistentMapListener<RouteKey, Route> mapListener = this::mapEvent;

    private EventuallyConsistentMap<RouteKey, Route> routes;

    /** Local copy of the records, to unindex a route whose removal event carries no value. */
    private final Map<RouteKey, Route> local = new ConcurrentHashMap<>();
    private final Map<String, Set<RouteKey>> byContainer = new ConcurrentHashMap<>();
    private final Map<FlowId, RouteKey> byFlowId = new ConcurrentHashMap<>();

    @Activate
    protected void activate() {
        routes = storageService.<RouteKey, Route>eventuallyConsistentMapBuilder()
                .withName("daolinet-routes")
                .withSerializer(SERIALIZER)
                .withTimestampProvider((k, v) -> new WallClockTimestamp())
                .build();
        routes.addListener(mapListener);
        routes.values().forEach(this::index);
        log.info("Started with {} routes", local.size());
    }

    @Deactivate
    protected void deactivate() {
        routes.removeListener(mapListener);
        routes.destroy();
        log.info("Stopped");
    }

    @Override
    public void putRoute(Route route) {
        index(route);
        routes.put(route.key(), route);
    }

    @Override
    public Route removeRoute(RouteKey key) {
        Route removed = unindex(key);
        if (removed != null) {
            routes.remove(key);
        }
        return removed;
    }

    @Override
    public Route route(RouteKey key) {
        return local.get(key);
    }

    @Override
    public Route routeOfRule(FlowId flowId) {
        RouteKey key = byFlowId.get(flowId);
        return key == null ? null : local.get(key);
    }

    @Override
    public Set<Route> routesOf(String containerId) {
        Set<RouteKey> keys = byContainer.get(containerId);
        if (keys == null) {
            return ImmutableSet.of();
        }
        ImmutableSet.Builder<Route> b = ImmutableSet.builder();
        for (RouteKey key : keys) {
            Route r = local.get(key);
            if (r != null) {
                b.add(r);
            }
        }
        return b.build();
    }

    @Override
    public Set<Route> routes() {
        return ImmutableSet.copyOf(local.values());
    }

    private void index(Route route) {
        Route old = local.put(route.key(), route);
        if (old != null) {
            old.rules().forEach(r -> byFlowId.remove(r.id(), old.key()));
        }
        for (FlowRule rule : route.rules()) {
            byFlowId.put(rule.id(), route.key());
        }
        byContainer.computeIfAbsent(route.key().src(), c -> ConcurrentHashMap.newKeySet()).add(route.key());
        byContainer.computeIfAbsent(route.key().dst(), c -> ConcurrentHashMap.newKeySet()).add(route.key());
    }

    private Route unindex(RouteKey key) {
        Route old = local.remove(key);
        if (old == null) {
            return null;
        }
        old.rules().forEach(r -> byFlowId.remove(r.id(), key));
        dropKey(key.src(), key);
        dropKey(key.dst(), key);
        return old;
    }

    private void dropKey(String endpoint, RouteKey key) {
        byContainer.computeIfPresent(endpoint, (c, keys) -> {
            keys.remove(key);
            return keys.isEmpty() ? null : keys;
        });
    }

    private void mapEvent(EventuallyConsistentMapEvent<RouteKey, Route> event) {
        if (event.type() == EventuallyConsistentMapEvent.Type.PUT) {
            index(event.value());
            notifyDelegate(new RouteEvent(RouteEvent.Type.ROUTE_ADDED, event.value()));
        } else {
            Route removed = local.get(event.key());
            unindex(event.key());
            Route subject = removed != null ? removed : event.value();
            if (subject != null) {
                notifyDelegate(new RouteEvent(RouteEvent.Type.ROUTE_REMOVED, subject));
            }
        }
    }
}
