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

import org.daolinet.api.Container;
import org.daolinet.api.ContainerAdminService;
import org.daolinet.api.ContainerEvent;
import org.daolinet.api.ContainerListener;
import org.daolinet.api.ContainerService;
import org.daolinet.api.ContainerStore;
import org.daolinet.api.ContainerStoreDelegate;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.NetworkStore;
import org.daolinet.api.ServerStore;
import org.daolinet.api.Validation;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onosproject.event.AbstractListenerManager;
import org.onosproject.net.ConnectPoint;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Registers containers, allocates their VIPs and binds them to bridge port numbers as the ports
 * appear in the ONOS device service.
 */
@Component(immediate = true, service = {ContainerService.class, ContainerAdminService.class})
public class ContainerManager extends AbstractListenerManager<ContainerEvent, ContainerListener>
        implements ContainerAdminService {

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ContainerStore store;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected NetworkStore networkStore;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ServerStore serverStore;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected DeviceService deviceService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected VipAllocator vipAllocator;

    private final ContainerStoreDelegate delegate = this::storeEvent;
    private final DeviceListener deviceListener = this::deviceEvent;

    /** Bridge port to container, for the PacketIn path; local to each node, derived from ports. */
    private final Map<ConnectPoint, Container> byPort = new ConcurrentHashMap<>();
    /** Container id to its bound port. */
    private final Map<String, ConnectPoint> portOf = new ConcurrentHashMap<>();
    /** Bridge port names to numbers, per device; a device's ports are read once, then follow its events. */
    private final NestedIndex<DeviceId, String, PortNumber> portNumbers = new NestedIndex<>();
    private final Set<DeviceId> indexedDevices = ConcurrentHashMap.newKeySet();
    /** Grows after every change of the port bindings above (see {@link #version()}). */
    private final AtomicLong bindings = new AtomicLong();

    @Activate
    protected void activate() {
        eventDispatcher.addSink(ContainerEvent.class, listenerRegistry);
        store.setDelegate(delegate);
        deviceService.addListener(deviceListener);
        store.containers().forEach(this::bind);
        log.info("Started");
    }

    @Deactivate
    protected void deactivate() {
        deviceService.removeListener(deviceListener);
        store.unsetDelegate(delegate);
        eventDispatcher.removeSink(ContainerEvent.class);
        log.info("Stopped");
    }

    @Override
    public Container addContainer(Container container) {
        Container existing = store.container(container.id());
        if (existing != null) {
            if (existing.equals(container.toBuilder().vip(existing.vip()).build())) {
                return existing;
            }
            throw DaoliNetException.conflict("id", "container %s is already registered as %s",
                                             container.id(), existing.name());
        }
        checkBinding(container);
        IpAddress vip = vipAllocator.allocate(container.id());
        try {
            Container added = store.createContainer(container.toBuilder().vip(vip).build());
            bind(added);
            log.info("Registered container {}", added);
            return added;
        } catch (RuntimeException e) {
            vipAllocator.release(vip, container.id());
            throw e;
        }
    }

    /**
     * Checks the references and addresses of a container against its network and server.
     *
     * @param container container
     */
    private void checkBinding(Container container) {
        Network network = networkStore.network(container.network());
        if (network == null) {
            throw DaoliNetException.notFound("network", "network %s does not exist", container.network());
        }
        if (serverStore.server(container.server()) == null) {
            throw DaoliNetException.notFound("server", "server %s is not registered", container.server());
        }
        Validation.hostOf("ip", container.ip(), network.cidr());
        if (container.ip().equals(network.gateway())) {
            throw DaoliNetException.invalid("ip", "%s is the gateway of network %s",
                                            container.ip(), network.key());
        }
        if (Network.isGatewayMac(container.mac())) {
            throw DaoliNetException.invalid("mac", "%s is in the range reserved for gateway MACs (02:da:01:*)",
                                            container.mac());
        }
    }

    @Override
    public Container removeContainer(String id) {
        Container removed = store.removeContainer(id);
        if (removed == null) {
            throw DaoliNetException.notFound("id", "container %s is not registered", id);
        }
        unbind(removed);
        if (removed.vip() != null) {
            vipAllocator.release(removed.vip(), id);
        }
        log.info("Removed container {}", removed);
        return removed;
    }

    @Override
    public Container moveContainer(String id, DeviceId server, String portName) {
        Container current = store.container(id);
        if (current == null) {
            throw DaoliNetException.notFound("id", "container %s is not registered", id);
        }
        if (serverStore.server(server) == null) {
            throw DaoliNetException.notFound("server", "server %s is not registered", server);
        }
        Container moved = current.toBuilder().server(server).portName(portName).build();
        if (moved.equals(current)) {
            return current;
        }
        store.updateContainer(moved);
        // the old port binding goes at once, so no PacketIn is taken for the container there
        bind(moved);
        log.info("Moved container {} from {}/{} to {}/{}", id, current.server(), current.portName(),
                 server, portName);
        return moved;
    }

    @Override
    public Set<Container> containers() {
        return store.containers();
    }

    @Override
    public Set<Container> containers(NetworkKey network) {
        return store.containers(network);
    }

    @Override
    public Set<Container> containersOn(DeviceId server) {
        return store.containersOn(server);
    }

    @Override
    public Container container(String id) {
        return store.container(id);
    }

    @Override
    public Container containerByName(String tenant, String name) {
        return store.containerByName(tenant, name);
    }

    @Override
    public Container containerByIp(String tenant, IpAddress ip) {
        return store.containerByIp(tenant, ip);
    }

    @Override
    public Container containerByVip(IpAddress vip) {
        return store.containerByVip(vip);
    }

    @Override
    public Container containerByMac(MacAddress mac) {
        return store.containerByMac(mac);
    }

    @Override
    public Container containerByPort(ConnectPoint port) {
        return byPort.get(port);
    }

    @Override
    public PortNumber portNumber(String id) {
        ConnectPoint cp = portOf.get(id);
        return cp == null ? null : cp.port();
    }

    @Override
    public long version() {
        // both parts only grow, so their sum changes whenever either does
        return store.version() + bindings.get();
    }

    private void bind(Container container) {
        PortNumber number = portNumber(container.server(), container.portName());
        if (number != null) {
            bind(container, new ConnectPoint(container.server(), number));
        } else {
            // not reported yet (or moved to a port not reported yet): no stale binding may remain
            unbind(container);
        }
    }

    /**
     * Returns the number of a named port in constant time: the first call for a device reads its ports,
     * device events keep the index current after that.
     */
    private PortNumber portNumber(DeviceId device, String name) {
        if (indexedDevices.add(device)) {
            for (Port port : deviceService.getPorts(device)) {
                portNumbers.put(device, PortNames.name(port), port.number());
            }
        }
        return portNumbers.get(device, name);
    }

    private void bind(Container container, ConnectPoint cp) {
        ConnectPoint old = portOf.put(container.id(), cp);
        if (old != null && !old.equals(cp)) {
            byPort.remove(old);
        }
        byPort.put(cp, container);
        // after the maps: a reader that sees the new version also sees the new binding
        bindings.incrementAndGet();
    }

    private void unbind(Container container) {
        ConnectPoint cp = portOf.remove(container.id());
        if (cp != null) {
            byPort.remove(cp);
            bindings.incrementAndGet();
        }
    }

    private void storeEvent(ContainerEvent event) {
        switch (event.type()) {
            case CONTAINER_ADDED:
            case CONTAINER_UPDATED:
            case CONTAINER_MOVED:
                bind(event.subject());
                break;
            case CONTAINER_REMOVED:
                unbind(event.subject());
                break;
            default:
                break;
        }
        post(event);
    }

    private void deviceEvent(DeviceEvent event) {
        DeviceId deviceId = event.subject().id();
        Port port = event.port();
        if (port != null) {
            if (event.type() == DeviceEvent.Type.PORT_REMOVED) {
                portNumbers.remove(deviceId, PortNames.name(port), port.number());
            } else {
                portNumbers.put(deviceId, PortNames.name(port), port.number());
            }
        }
        switch (event.type()) {
            case PORT_ADDED:
            case PORT_UPDATED:
                Container container = store.containerByPortName(deviceId, PortNames.name(port));
                if (container != null) {
                    bind(container, new ConnectPoint(deviceId, port.number()));
                }
                break;
            case PORT_REMOVED:
                Container gone = byPort.get(new ConnectPoint(deviceId, port.number()));
                if (gone != null) {
                    unbind(gone);
                }
                break;
            case DEVICE_ADDED:
            case DEVICE_AVAILABILITY_CHANGED:
                // a (re)connected switch reports all its ports anew: read them again
                indexedDevices.remove(deviceId);
                portNumbers.clear(deviceId);
                store.containersOn(deviceId).forEach(this::bind);
                break;
            default:
                break;
        }
    }
}
