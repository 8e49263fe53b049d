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
import com.google.common.collect.Sets;
import org.daolinet.api.Container;
import org.daolinet.api.ContainerEvent;
import org.daolinet.api.ContainerStore;
import org.daolinet.api.ContainerStoreDelegate;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.NetworkKey;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onosproject.net.DeviceId;
import org.onosproject.store.AbstractStore;
import org.onosproject.store.serializers.KryoNamespaces;
import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.MapEvent;
import org.onosproject.store.service.MapEventListener;
import org.onosproject.store.service.Serializer;
import org.onosproject.store.service.StorageService;
import org.onosproject.store.service.Versioned;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.daolinet.impl.UniqueKeys.key;
import static org.slf4j.LoggerFactory.getLogger;

/**
 * Container store on a consistent map. Uniqueness of names and IPs (per tenant), MACs and ports
 * (per server) is enforced cluster-wide by claims; every lookup is answered by local indexes that
 * follow the map's events, so reads never leave the node.
 */
@Component(immediate = true, service = ContainerStore.class)
public class DistributedContainerStore extends AbstractStore<ContainerEvent, ContainerStoreDelegate>
        implements ContainerStore {

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected StorageService storageService;

    private final MapEventListener<String, Container> mapListener = this::mapEvent;

    private ConsistentMap<String, Container> containers;
    private UniqueKeys claims;

    private final Map<String, Container> byId = new ConcurrentHashMap<>();
    private final Map<MacAddress, Container> byMac = new ConcurrentHashMap<>();
    // IPv4 addresses are keyed by their int value in int-keyed indexes: IpAddress.hashCode spreads a
    // subnet's addresses over few buckets, and boxed keys cost an allocation and a pointer to follow
    // on every lookup, which made these the slowest lookups of a route set-up
    private final IntIndex<Container> byVip = new IntIndex<>();
    private final NestedIndex<String, String, Container> byName = new NestedIndex<>();
    /** Per tenant: its containers by IP. A tenant's index goes when its last container goes. */
    private final Map<String, IntIndex<Container>> byIp = new ConcurrentHashMap<>();
    private final NestedIndex<DeviceId, String, Container> byPortName = new NestedIndex<>();
    private final NestedIndex<NetworkKey, String, Container> byNetwork = new NestedIndex<>();
    private final NestedIndex<DeviceId, String, Container> byServer = new NestedIndex<>();
    /** Grows after every change of the indexes above (see {@link #version()}). */
    private final AtomicLong version = new AtomicLong();

    @Activate
    protected void activate() {
        containers = storageService.<String, Container>consistentMapBuilder()
                .withName("daolinet-containers")
                .withSerializer(DaoliNetSerializers.SERIALIZER)
                .build();
        claims = new UniqueKeys(storageService.<String, String>consistentMapBuilder()
                .withName("daolinet-container-claims")
                .withSerializer(Serializer.using(KryoNamespaces.BASIC))
                .build());
        containers.addListener(mapListener);
        containers.values().forEach(v -> index(v.value()));
        log.info("Started with {} containers", byId.size());
    }

    @Deactivate
    protected void deactivate() {
        containers.removeListener(mapListener);
        log.info("Stopped");
    }

    private static Map<String, String> claimKeys(Container c) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("name", key("name", c.tenant() + '/' + c.name()));
        keys.put("ip", key("ip", c.tenant() + '/' + c.ip()));
        keys.put("mac", key("mac", c.mac()));
        keys.put("portName", key("port", c.server() + "/" + c.portName()));
        return keys;
    }

    @Override
    public Container createContainer(Container container) {
        String id = container.id();
        claims.claimIdentity("id", key("id", id), id);
        try {
            claims.claimAll(claimKeys(container), id);
        } catch (DaoliNetException e) {
            claims.release(key("id", id), id);
            throw e;
        }
        containers.put(id, container);
        index(container);
        return container;
    }

    @Override
    public Container updateContainer(Container container) {
        String id = container.id();
        Versioned<Container> current = containers.get(id);
        if (current == null) {
            throw DaoliNetException.notFound("id", "container %s is not registered", id);
        }
        Container old = current.value();
        Map<String, String> newKeys = claimKeys(container);
        claims.claimAll(newKeys, id);
        if (!containers.replace(id, current.version(), container)) {
            // a concurrent change won: give back what this update claimed and no one else uses
            Versioned<Container> now = containers.get(id);
            List<String> unused = new ArrayList<>(newKeys.values());
            if (now != null) {
                unused.removeAll(claimKeys(now.value()).values());
            }
            claims.releaseAll(unused, id);
            throw DaoliNetException.conflict("id", "container %s was changed concurrently; retry", id);
        }
        claims.releaseAll(Sets.difference(ImmutableSet.copyOf(claimKeys(old).values()),
                                          ImmutableSet.copyOf(newKeys.values())), id);
        index(container);
        return old;
    }

    @Override
    public Container removeContainer(String id) {
        Versioned<Container> removed = containers.remove(id);
        if (removed == null) {
            return null;
        }
        unindex(removed.value());
        claims.releaseAll(claimKeys(removed.value()).values(), id);
        claims.release(key("id", id), id);
        return removed.value();
    }

    @Override
    public Container container(String id) {
        return byId.get(id);
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public Container containerByName(String tenant, String name) {
        return byName.get(tenant, name);
    }

    @Override
    public Container containerByIp(String tenant, IpAddress ip) {
        if (!ip.isIp4()) {
            return null;
        }
        IntIndex<Container> ofTenant = byIp.get(tenant);
        return ofTenant == null ? null : ofTenant.get(ip.getIp4Address().toInt());
    }

    @Override
    public Container containerByVip(IpAddress vip) {
        return vip.isIp4() ? byVip.get(vip.getIp4Address().toInt()) : null;
    }

    @Override
    public Container containerByMac(MacAddress mac) {
        return byMac.get(mac);
    }

    @Override
    public Container containerByPortName(DeviceId server, String portName) {
        return byPortName.get(server, portName);
    }

    @Override
    public Set<Container> containers() {
        return ImmutableSet.copyOf(byId.values());
    }

    @Override
    public Set<Container> containers(NetworkKey network) {
        return byNetwork.values(network);
    }

    @Override
    public Set<Container> containersOn(DeviceId server) {
        return byServer.values(server);
    }

    private void index(Container c) {
        Container old = byId.put(c.id(), c);
        if (old != null && !old.equals(c)) {
            unindexSecondary(old);
        }
        byMac.put(c.mac(), c);
        if (c.vip() != null) {
            byVip.put(c.vip().getIp4Address().toInt(), c);
        }
        byName.put(c.tenant(), c.name(), c);
        int ip = c.ip().getIp4Address().toInt();
        // written inside compute: a tenant's index cannot be dropped as empty between its lookup and
        // the write
        byIp.compute(c.tenant(), (tenant, ofTenant) -> {
            IntIndex<Container> index = ofTenant != null ? ofTenant : new IntIndex<>();
            index.put(ip, c);
            return index;
        });
        byPortName.put(c.server(), c.portName(), c);
        byNetwork.put(c.network(), c.id(), c);
        byServer.put(c.server(), c.id(), c);
        // after the indexes: a reader that sees the new version also sees the new container
        version.incrementAndGet();
    }

    private void unindex(Container c) {
        byId.remove(c.id(), c);
        unindexSecondary(c);
        version.incrementAndGet();
    }

    private void unindexSecondary(Container c) {
        byMac.remove(c.mac(), c);
        if (c.vip() != null) {
            byVip.remove(c.vip().getIp4Address().toInt(), c);
        }
        byName.remove(c.tenant(), c.name(), c);
        int ip = c.ip().getIp4Address().toInt();
        byIp.computeIfPresent(c.tenant(), (tenant, ofTenant) -> {
            ofTenant.remove(ip, c);
            return ofTenant.isEmpty() ? null : ofTenant;
        });
        byPortName.remove(c.server(), c.portName(), c);
        byNetwork.remove(c.network(), c.id(), c);
        byServer.remove(c.server(), c.id(), c);
    }

    private void mapEvent(MapEvent<String, Container> event) {
        if (event.newValue() == null && event.oldValue() == null) {
            return;
        }
        switch (event.type()) {
            case INSERT:
                index(event.newValue().value());
                notifyDelegate(new ContainerEvent(ContainerEvent.Type.CONTAINER_ADDED, event.newValue().value()));
                break;
            case UPDATE:
                Container now = event.newValue().value();
                Container before = event.oldValue().value();
                index(now);
                boolean moved = !now.server().equals(before.server()) || !now.portName().equals(before.portName());
                notifyDelegate(new ContainerEvent(moved ? ContainerEvent.Type.CONTAINER_MOVED
                                                        : ContainerEvent.Type.CONTAINER_UPDATED, now, before));
                break;
            case REMOVE:
                unindex(event.oldValue().value());
                notifyDelegate(new ContainerEvent(ContainerEvent.Type.CONTAINER_REMOVED, event.oldValue().value()));
                break;
            default:
                log.warn("Unexpected map event {}", event.type());
        }
    }
}
