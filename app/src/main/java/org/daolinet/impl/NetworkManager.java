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
import org.daolinet.api.Network;
import org.daolinet.api.NetworkAdminService;
import org.daolinet.api.NetworkEvent;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.NetworkListener;
import org.daolinet.api.NetworkService;
import org.daolinet.api.NetworkStore;
import org.daolinet.api.NetworkStoreDelegate;
import org.onlab.packet.IpAddress;
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

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Creates and deletes container networks, and keeps track of their gateway ports: bridge ports named
 * {@code dlgw<number>} that the server agent creates for each network on each server.
 */
@Component(immediate = true, service = {NetworkService.class, NetworkAdminService.class})
public class NetworkManager extends AbstractListenerManager<NetworkEvent, NetworkListener>
        implements NetworkAdminService {

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected NetworkStore store;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ContainerStore containerStore;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected DeviceService deviceService;

    private final NetworkStoreDelegate delegate = this::post;
    private final DeviceListener deviceListener = this::deviceEvent;

    /** Gateway port to its network number; local to each node, derived from the device service. */
    private final Map<ConnectPoint, Integer> gatewayPorts = new ConcurrentHashMap<>();
    /** Server and network number to the gateway port number. */
    private final NestedIndex<DeviceId, Integer, PortNumber> gatewayByServer = new NestedIndex<>();

    @Activate
    protected void activate() {
        eventDispatcher.addSink(NetworkEvent.class, listenerRegistry);
        store.setDelegate(delegate);
        deviceService.addListener(deviceListener);
        deviceService.getAvailableDevices().forEach(d -> deviceService.getPorts(d.id()).forEach(this::portAdded));
        log.info("Started");
    }

    @Deactivate
    protected void deactivate() {
        deviceService.removeListener(deviceListener);
        store.unsetDelegate(delegate);
        eventDispatcher.removeSink(NetworkEvent.class);
        log.info("Stopped");
    }

    @Override
    public Network createNetwork(Network network) {
        Network created = store.createNetwork(network);
        log.info("Created network {}", created);
        return created;
    }

    @Override
    public Network removeNetwork(NetworkKey key) {
        if (store.network(key) == null) {
            throw DaoliNetException.notFound("network", "network %s does not exist", key);
        }
        int attached = containerStore.containers(key).size();
        if (attached > 0) {
            throw DaoliNetException.conflict("network", "network %s still has %d containers", key, attached);
        }
        Network removed = store.removeNetwork(key);
        if (removed == null) {
            throw DaoliNetException.notFound("network", "network %s does not exist", key);
        }
        log.info("Deleted network {}", removed);
        return removed;
    }

    @Override
    public Set<Network> networks() {
        return store.networks();
    }

    @Override
    public Network network(NetworkKey key) {
        return store.network(key);
    }

    @Override
    public Network networkById(int id) {
        return store.networkById(id);
    }

    @Override
    public Network networkOf(String tenant, IpAddress ip) {
        return store.networkOf(tenant, ip);
    }

    @Override
    public PortNumber gatewayPort(DeviceId server, int networkId) {
        return gatewayByServer.get(server, networkId);
    }

    @Override
    public Network networkOfGatewayPort(ConnectPoint port) {
        Integer id = gatewayPorts.get(port);
        return id == null ? null : store.networkById(id);
    }

    /**
     * Returns the network number named by a gateway port name, or -1 if the name is no gateway's.
     */
    private static int gatewayNumber(String portName) {
        if (portName == null || !portName.startsWith(Network.GATEWAY_PORT_PREFIX)) {
            return -1;
        }
        try {
            int id = Integer.parseInt(portName.substring(Network.GATEWAY_PORT_PREFIX.length()));
            return id >= 1 && id <= Network.MAX_ID ? id : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void portAdded(Port port) {
        int id = gatewayNumber(PortNames.name(port));
        if (id > 0) {
            DeviceId device = (DeviceId) port.element().id();
            gatewayPorts.put(new ConnectPoint(device, port.number()), id);
            gatewayByServer.put(device, id, port.number());
        }
    }

    private void portRemoved(DeviceId device, Port port) {
        Integer id = gatewayPorts.remove(new ConnectPoint(device, port.number()));
        if (id != null) {
            gatewayByServer.remove(device, id, port.number());
        }
    }

    private void deviceEvent(DeviceEvent event) {
        switch (event.type()) {
            case PORT_ADDED:
            case PORT_UPDATED:
                portAdded(event.port());
                break;
            case PORT_REMOVED:
                portRemoved(event.subject().id(), event.port());
                break;
            default:
                break;
        }
    }
}
