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
import org.daolinet.api.Server;
import org.daolinet.api.ServerEvent;
import org.daolinet.api.ServerStore;
import org.daolinet.api.ServerStoreDelegate;
import org.onlab.packet.IpAddress;
import org.onosproject.net.DeviceId;
import org.onosproject.store.AbstractStore;
import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.MapEvent;
import org.onosproject.store.service.MapEventListener;
import org.onosproject.store.service.Serializer;
import org.onosproject.store.service.StorageService;
import org.onosproject.store.service.Versioned;
import org.onosproject.store.serializers.KryoNamespaces;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.daolinet.impl.UniqueKeys.key;
import static org.slf4j.LoggerFactory.getLogger;

/**
 * Server store on a consistent map, with local indexes by name and IP.
 */
@Component(immediate = true, service = ServerStore.class)
public class DistributedServerStore extends AbstractStore<ServerEvent, ServerStoreDelegate>
        implements ServerStore {

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected StorageService storageService;

    private final MapEventListener<DeviceId, Server> mapListener = this::mapEvent;

    private ConsistentMap<DeviceId, Server> servers;
    private UniqueKeys claims;

    private final Map<DeviceId, Server> byDevice = new ConcurrentHashMap<>();
    private final Map<String, Server> byName = new ConcurrentHashMap<>();
    private final Map<IpAddress, Server> byIp = new ConcurrentHashMap<>();
    /** Grows after every change of the indexes above (see {@link #version()}). */
    private final AtomicLong version = new AtomicLong();

    @Activate
    protected void activate() {
        servers = storageService.<DeviceId, Server>consistentMapBuilder()
                .withName("daolinet-servers")
                .withSerializer(DaoliNetSerializers.SERIALIZER)
                .build();
        claims = new UniqueKeys(storageService.<String, String>consistentMapBuilder()
                .withName("daolinet-server-claims")
                .withSerializer(Serializer.using(KryoNamespaces.BASIC))
                .build());
        servers.addListener(mapListener);
        servers.values().forEach(v -> index(v.value()));
        log.info("Started with {} servers", byDevice.size());
    }

    @Deactivate
    protected void deactivate() {
        servers.removeListener(mapListener);
        log.info("Stopped");
    }

    private static Map<String, String> claimKeys(Server s) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("name", key("name", s.name()));
        keys.put("ip", key("ip", s.ip()));
        return keys;
    }

    @Override
    public Server createServer(Server server) {
        Server existing = byDevice.get(server.deviceId());
        if (server.equals(existing)) {
            return existing;
        }
        String owner = server.deviceId().toString();
        claims.claimIdentity("deviceId", key("device", owner), owner);
        try {
            claims.claimAll(claimKeys(server), owner);
        } catch (DaoliNetException e) {
            claims.release(key("device", owner), owner);
            throw e;
        }
        servers.put(server.deviceId(), server);
        index(server);
        return server;
    }

    @Override
    public Server removeServer(DeviceId deviceId) {
        Versioned<Server> removed = servers.remove(deviceId);
        if (removed == null) {
            return null;
        }
        unindex(removed.value());
        String owner = deviceId.toString();
        claims.releaseAll(List.copyOf(claimKeys(removed.value()).values()), owner);
        claims.release(key("device", owner), owner);
        return removed.value();
    }

    @Override
    public Server server(DeviceId deviceId) {
        return byDevice.get(deviceId);
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public Server serverByName(String name) {
        return byName.get(name);
    }

    @Override
    public Server serverByIp(IpAddress ip) {
        return byIp.get(ip);
    }

    @Override
    public Set<Server> servers() {
        return ImmutableSet.copyOf(byDevice.values());
    }

    private void index(Server s) {
        Server old = byDevice.put(s.deviceId(), s);
        if (old != null && !old.equals(s)) {
            byName.remove(old.name(), old);
            byIp.remove(old.ip(), old);
        }
        byName.put(s.name(), s);
        byIp.put(s.ip(), s);
        // after the indexes: a reader that sees the new version also sees the new server
        version.incrementAndGet();
    }

    private void unindex(Server s) {
        byDevice.remove(s.deviceId());
        byName.remove(s.name(), s);
        byIp.remove(s.ip(), s);
        version.incrementAndGet();
    }

    private void mapEvent(MapEvent<DeviceId, Server> event) {
        if (event.newValue() == null && event.oldValue() == null) {
            return;
        }
        switch (event.type()) {
            case INSERT:
                index(event.newValue().value());
                notifyDelegate(new ServerEvent(ServerEvent.Type.SERVER_ADDED, event.newValue().value()));
                break;
            case UPDATE:
                index(event.newValue().value());
                notifyDelegate(new ServerEvent(ServerEvent.Type.SERVER_UPDATED, event.newValue().value(),
                                               event.oldValue().value()));
                break;
            case REMOVE:
                unindex(event.oldValue().value());
                notifyDelegate(new ServerEvent(ServerEvent.Type.SERVER_REMOVED, event.oldValue().value()));
                break;
            default:
                log.warn("Unexpected map event {}", event.type());
        }
    }
}
