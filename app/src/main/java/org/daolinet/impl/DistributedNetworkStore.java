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
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkEvent;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.NetworkStore;
import org.daolinet.api.NetworkStoreDelegate;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onosproject.store.AbstractStore;
import org.onosproject.store.service.AtomicCounter;
import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.MapEvent;
import org.onosproject.store.service.MapEventListener;
import org.onosproject.store.service.StorageService;
import org.onosproject.store.service.Versioned;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Network store on consistent maps. The subnets of each tenant are kept in one map entry that is
 * changed with {@code compute}, so the no-overlap rule holds even when two ONOS nodes create
 * networks of one tenant at once. Local indexes answer every read.
 */
@Component(immediate = true, service = NetworkStore.class)
public class DistributedNetworkStore extends AbstractStore<NetworkEvent, NetworkStoreDelegate>
        implements NetworkStore {

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected StorageService storageService;

    private final MapEventListener<NetworkKey, Network> mapListener = this::mapEvent;

    private ConsistentMap<NetworkKey, Network> networks;
    /** Tenant to the subnets of its networks: the arbiter of the no-overlap rule. */
    private ConsistentMap<String, Set<IpPrefix>> tenantCidrs;
    private AtomicCounter ids;

    private final Map<NetworkKey, Network> byKey = new ConcurrentHashMap<>();
    private final Map<Integer, Network> byId = new ConcurrentHashMap<>();
    private final Map<String, PrefixIndex<Network>> byTenantPrefix = new ConcurrentHashMap<>();

    @Activate
    protected void activate() {
        networks = storageService.<NetworkKey, Network>consistentMapBuilder()
                .withName("daolinet-networks")
                .withSerializer(DaoliNetSerializers.SERIALIZER)
                .build();
        tenantCidrs = storageService.<String, Set<IpPrefix>>consistentMapBuilder()
                .withName("daolinet-tenant-cidrs")
                .withSerializer(DaoliNetSerializers.SERIALIZER)
                .build();
        ids = storageService.atomicCounterBuilder().withName("daolinet-network-ids").build().asAtomicCounter();
        networks.addListener(mapListener);
        networks.values().forEach(v -> index(v.value()));
        log.info("Started with {} networks", byKey.size());
    }

    @Deactivate
    protected void deactivate() {
        networks.removeListener(mapListener);
        log.info("Stopped");
    }

    @Override
    public Network createNetwork(Network network) {
        NetworkKey key = network.key();
        Network existing = byKey.get(key);
        if (existing != null) {
            if (existing.cidr().equals(network.cidr()) && existing.gateway().equals(network.gateway())) {
                return existing;
            }
            throw DaoliNetException.conflict("name", "network %s already exists with subnet %s and gateway %s",
                                             key, existing.cidr(), existing.gateway());
        }
        // the conflict is carried out of compute() rather than thrown inside it, where the map
        // implementation may wrap it
        AtomicReference<IpPrefix> overlap = new AtomicReference<>();
        tenantCidrs.compute(key.tenant(), (tenant, cidrs) -> {
            Set<IpPrefix> next = cidrs == null ? new HashSet<>() : new HashSet<>(cidrs);
            overlap.set(null);
            for (IpPrefix other : next) {
                if (other.contains(network.cidr()) || network.cidr().contains(other)) {
                    overlap.set(other);
                    return cidrs;
                }
            }
            next.add(network.cidr());
            return next;
        });
        if (overlap.get() != null) {
            throw DaoliNetException.conflict("cidr", "%s overlaps %s of another network of tenant %s",
                                             network.cidr(), overlap.get(), key.tenant());
        }
        long id = ids.incrementAndGet();
        if (id > Network.MAX_ID) {
            releaseCidr(network);
            throw DaoliNetException.conflict("id", "all %d network numbers are used", Network.MAX_ID);
        }
        Network created = network.withId((int) id);
        Versioned<Network> prev = networks.putIfAbsent(key, created);
        if (prev != null) {
            releaseCidr(network);
            throw DaoliNetException.conflict("name", "network %s already exists", key);
        }
        index(created);
        return created;
    }

    @Override
    public Network removeNetwork(NetworkKey key) {
        Versioned<Network> removed = networks.remove(key);
        if (removed == null) {
            return null;
        }
        unindex(removed.value());
        releaseCidr(removed.value());
        return removed.value();
    }

    private void releaseCidr(Network network) {
        tenantCidrs.computeIfPresent(network.tenant(), (tenant, cidrs) -> {
            Set<IpPrefix> next = new HashSet<>(cidrs);
            next.remove(network.cidr());
            return next.isEmpty() ? null : next;
        });
    }

    @Override
    public Network network(NetworkKey key) {
        return byKey.get(key);
    }

    @Override
    public Network networkById(int id) {
        return byId.get(id);
    }

    @Override
    public Network networkOf(String tenant, IpAddress ip) {
        PrefixIndex<Network> index = byTenantPrefix.get(tenant);
        return index == null ? null : index.lookup(ip);
    }

    @Override
    public Set<Network> networks() {
        return ImmutableSet.copyOf(byKey.values());
    }

    private void index(Network n) {
        Network old = byKey.put(n.key(), n);
        if (old != null && !old.equals(n)) {
            unindexSecondary(old);
        }
        byId.put(n.id(), n);
        byTenantPrefix.computeIfAbsent(n.tenant(), t -> new PrefixIndex<>()).put(n.cidr(), n);
    }

    private void unindex(Network n) {
        byKey.remove(n.key(), n);
        unindexSecondary(n);
    }

    private void unindexSecondary(Network n) {
        byId.remove(n.id(), n);
        byTenantPrefix.computeIfPresent(n.tenant(), (t, index) -> {
            index.remove(n.cidr());
            return index.isEmpty() ? null : index;
        });
    }

    private void mapEvent(MapEvent<NetworkKey, Network> event) {
        if (event.newValue() == null && event.oldValue() == null) {
            return;
        }
        switch (event.type()) {
            case INSERT:
                index(event.newValue().value());
                notifyDelegate(new NetworkEvent(NetworkEvent.Type.NETWORK_CREATED, event.newValue().value()));
                break;
            case REMOVE:
                unindex(event.oldValue().value());
                notifyDelegate(new NetworkEvent(NetworkEvent.Type.NETWORK_REMOVED, event.oldValue().value()));
                break;
            default:
                // networks are never updated in place
                log.warn("Unexpected update of network {}", event.key());
        }
    }
}
