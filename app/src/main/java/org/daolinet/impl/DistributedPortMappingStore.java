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

import org.daolinet.api.DaoliNetException;
import org.daolinet.api.PortMapping;
import org.daolinet.api.PortMappingEvent;
import org.daolinet.api.PortMappingStore;
import org.daolinet.api.PortMappingStoreDelegate;
import org.onosproject.net.DeviceId;
import org.onosproject.store.AbstractStore;
import org.onosproject.store.serializers.KryoNamespaces;
import org.onosproject.store.service.Serializer;
import org.onosproject.store.service.StorageService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.Map;
import java.util.Set;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Port mapping store on a consistent map; a server port is claimed cluster-wide by one mapping.
 */
@Component(immediate = true, service = PortMappingStore.class)
public class DistributedPortMappingStore extends AbstractStore<PortMappingEvent, PortMappingStoreDelegate>
        implements PortMappingStore {

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected StorageService storageService;

    private MirroredMap<PortMapping> mappings;
    private UniqueKeys claims;
    private final NestedIndex<DeviceId, Integer, PortMapping> byServerPort = new NestedIndex<>();
    private final NestedIndex<String, String, PortMapping> byContainer = new NestedIndex<>();

    @Activate
    protected void activate() {
        claims = new UniqueKeys(storageService.<String, String>consistentMapBuilder()
                .withName("daolinet-portmap-claims").withSerializer(Serializer.using(KryoNamespaces.BASIC)).build());
        mappings = new MirroredMap<>(storageService.<String, PortMapping>consistentMapBuilder()
                .withName("daolinet-portmaps").withSerializer(DaoliNetSerializers.SERIALIZER).build(),
                                     this::changed);
        mappings.values().forEach(this::index);
        log.info("Started with {} port mappings", mappings.values().size());
    }

    @Deactivate
    protected void deactivate() {
        mappings.close();
        log.info("Stopped");
    }

    private static int portKey(int protocol, int port) {
        return protocol << 16 | port;
    }

    private static String portClaim(PortMapping m) {
        return UniqueKeys.key("port", m.server() + "/" + m.protocol() + "/" + m.serverPort());
    }

    @Override
    public void createMapping(PortMapping mapping) {
        claims.claimIdentity("name", UniqueKeys.key("name", mapping.name()), mapping.name());
        try {
            claims.claimAll(Map.of("serverPort", portClaim(mapping)), mapping.name());
        } catch (DaoliNetException e) {
            claims.release(UniqueKeys.key("name", mapping.name()), mapping.name());
            throw e;
        }
        mappings.put(mapping.name(), mapping);
        index(mapping);
    }

    @Override
    public PortMapping removeMapping(String name) {
        PortMapping removed = mappings.remove(name);
        if (removed != null) {
            unindex(removed);
            claims.release(portClaim(removed), name);
            claims.release(UniqueKeys.key("name", name), name);
        }
        return removed;
    }

    @Override
    public PortMapping mapping(String name) {
        return mappings.get(name);
    }

    @Override
    public PortMapping mappingAt(DeviceId server, int protocol, int serverPort) {
        return byServerPort.get(server, portKey(protocol, serverPort));
    }

    @Override
    public Set<PortMapping> mappingsOf(String containerId) {
        return byContainer.values(containerId);
    }

    @Override
    public Set<PortMapping> mappings() {
        return mappings.values();
    }

    private void index(PortMapping m) {
        byServerPort.put(m.server(), portKey(m.protocol().number(), m.serverPort()), m);
        byContainer.put(m.containerId(), m.name(), m);
    }

    private void unindex(PortMapping m) {
        byServerPort.remove(m.server(), portKey(m.protocol().number(), m.serverPort()), m);
        byContainer.remove(m.containerId(), m.name(), m);
    }

    private void changed(PortMapping old, PortMapping now) {
        if (now == null) {
            unindex(old);
            notifyDelegate(new PortMappingEvent(PortMappingEvent.Type.MAPPING_REMOVED, old));
        } else {
            index(now);
            notifyDelegate(new PortMappingEvent(PortMappingEvent.Type.MAPPING_ADDED, now));
        }
    }
}
