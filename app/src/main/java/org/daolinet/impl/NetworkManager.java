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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.Set;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Creates and deletes container networks.
 */
@Component(immediate = true, service = {NetworkService.class, NetworkAdminService.class})
public class NetworkManager extends AbstractListenerManager<NetworkEvent, NetworkListener>
        implements NetworkAdminService {

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected NetworkStore store;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ContainerStore containerStore;

    private final NetworkStoreDelegate delegate = this::post;

    @Activate
    protected void activate() {
        eventDispatcher.addSink(NetworkEvent.class, listenerRegistry);
        store.setDelegate(delegate);
        log.info("Started");
    }

    @Deactivate
    protected void deactivate() {
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
}
