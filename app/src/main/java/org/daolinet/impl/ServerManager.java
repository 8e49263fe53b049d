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

import org.daolinet.api.ContainerStore;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.Server;
import org.daolinet.api.ServerAdminService;
import org.daolinet.api.ServerEvent;
import org.daolinet.api.ServerListener;
import org.daolinet.api.ServerService;
import org.daolinet.api.ServerStore;
import org.daolinet.api.ServerStoreDelegate;
import org.onlab.packet.IpAddress;
import org.onosproject.event.AbstractListenerManager;
import org.onosproject.net.DeviceId;
import org.onosproject.net.Port;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceEvent;
import org.onosproject.net.device.DeviceListener;
import org.onosproject.net.device.DeviceService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Registers servers and keeps track of their uplink port numbers.
 */
@Component(immediate = true, service = {ServerService.class, ServerAdminService.class})
public class ServerManager extends AbstractListenerManager<ServerEvent, ServerListener>
        implements ServerAdminService {

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ServerStore store;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ContainerStore containerStore;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected DeviceService deviceService;

    private final ServerStoreDelegate delegate = this::storeEvent;
    private final DeviceListener deviceListener = this::deviceEvent;
    private final Map<DeviceId, PortNumber> uplinks = new ConcurrentHashMap<>();
    /** Grows after every change of the uplinks above (see {@link #version()}). */
    private final AtomicLong uplinkVersion = new AtomicLong();

    @Activate
    protected void activate() {
        eventDispatcher.addSink(ServerEvent.class, listenerRegistry);
        store.setDelegate(delegate);
        deviceService.addListener(deviceListener);
        store.servers().forEach(this::resolveUplink);
        log.info("Started");
    }

    @Deactivate
    protected void deactivate() {
        deviceService.removeListener(deviceListener);
        store.unsetDelegate(delegate);
        eventDispatcher.removeSink(ServerEvent.class);
        log.info("Stopped");
    }

    @Override
    public Server addServer(Server server) {
        Server added = store.createServer(server);
        resolveUplink(added);
        log.info("Registered server {}", added);
        return added;
    }

    @Override
    public Server removeServer(DeviceId deviceId) {
        Server server = store.server(deviceId);
        if (server == null) {
            throw DaoliNetException.notFound("deviceId", "server %s is not registered", deviceId);
        }
        int hosted = containerStore.containersOn(deviceId).size();
        if (hosted > 0) {
            throw DaoliNetException.conflict("deviceId", "server %s still hosts %d containers",
                                             server.name(), hosted);
        }
        Server removed = store.removeServer(deviceId);
        if (removed == null) {
            throw DaoliNetException.notFound("deviceId", "server %s is not registered", deviceId);
        }
        dropUplink(deviceId);
        log.info("Removed server {}", removed);
        return removed;
    }

    @Override
    public Set<Server> servers() {
        return store.servers();
    }

    @Override
    public Server server(DeviceId deviceId) {
        return store.server(deviceId);
    }

    @Override
    public Server serverByName(String name) {
        return store.serverByName(name);
    }

    @Override
    public Server serverByIp(IpAddress ip) {
        return store.serverByIp(ip);
    }

    @Override
    public PortNumber uplinkPort(DeviceId deviceId) {
        return uplinks.get(deviceId);
    }

    @Override
    public long version() {
        // both parts only grow, so their sum changes whenever either does
        return store.version() + uplinkVersion.get();
    }

    private void resolveUplink(Server server) {
        setUplink(server, PortNames.find(deviceService, server.deviceId(), server.uplinkPort()));
    }

    /**
     * Records the uplink port number of a server (null: unknown) and tells listeners if it changed.
     */
    private void setUplink(Server server, PortNumber number) {
        PortNumber old = number == null ? uplinks.remove(server.deviceId())
                : uplinks.put(server.deviceId(), number);
        if (!Objects.equals(old, number)) {
            // after the map: a reader that sees the new version also sees the new uplink
            uplinkVersion.incrementAndGet();
            post(new ServerEvent(ServerEvent.Type.UPLINK_CHANGED, server));
        }
    }

    private void storeEvent(ServerEvent event) {
        post(event);
        if (event.type() == ServerEvent.Type.SERVER_REMOVED) {
            dropUplink(event.subject().deviceId());
        } else {
            resolveUplink(event.subject());
        }
    }

    private void dropUplink(DeviceId deviceId) {
        if (uplinks.remove(deviceId) != null) {
            uplinkVersion.incrementAndGet();
        }
    }

    private void deviceEvent(DeviceEvent event) {
        DeviceId deviceId = event.subject().id();
        Server server = store.server(deviceId);
        if (server == null) {
            return;
        }
        Port port = event.port();
        switch (event.type()) {
            case PORT_ADDED:
            case PORT_UPDATED:
                if (server.uplinkPort().equals(PortNames.name(port))) {
                    setUplink(server, port.number());
                }
                break;
            case PORT_REMOVED:
                if (server.uplinkPort().equals(PortNames.name(port))) {
                    setUplink(server, null);
                }
                break;
            case DEVICE_ADDED:
            case DEVICE_AVAILABILITY_CHANGED:
                resolveUplink(server);
                break;
            default:
                break;
        }
    }
}
