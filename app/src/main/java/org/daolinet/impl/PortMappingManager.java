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
import org.daolinet.api.ContainerService;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.PortMapping;
import org.daolinet.api.PortMappingAdminService;
import org.daolinet.api.PortMappingEvent;
import org.daolinet.api.PortMappingListener;
import org.daolinet.api.PortMappingService;
import org.daolinet.api.PortMappingStore;
import org.daolinet.api.PortMappingStoreDelegate;
import org.daolinet.api.ServerService;
import org.onosproject.event.AbstractListenerManager;
import org.onosproject.net.DeviceId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.Set;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Publishes container ports. The data plane follows from the events: the publishing server gets a
 * rule sending the port's first packets to the controller, which sets up a route per client.
 */
@Component(immediate = true, service = {PortMappingService.class, PortMappingAdminService.class})
public class PortMappingManager extends AbstractListenerManager<PortMappingEvent, PortMappingListener>
        implements PortMappingAdminService {

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected PortMappingStore store;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ContainerService containerService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ServerService serverService;

    private final PortMappingStoreDelegate delegate = this::post;

    @Activate
    protected void activate() {
        eventDispatcher.addSink(PortMappingEvent.class, listenerRegistry);
        store.setDelegate(delegate);
        log.info("Started");
    }

    @Deactivate
    protected void deactivate() {
        store.unsetDelegate(delegate);
        eventDispatcher.removeSink(PortMappingEvent.class);
        log.info("Stopped");
    }

    @Override
    public PortMapping addMapping(PortMapping mapping) {
        Container container = containerService.container(mapping.containerId());
        if (container == null) {
            throw DaoliNetException.notFound("container", "container %s is not registered", mapping.containerId());
        }
        if (serverService.server(mapping.server()) == null) {
            throw DaoliNetException.notFound("server", "server %s is not registered", mapping.server());
        }
        store.createMapping(mapping);
        log.info("Published {}", mapping);
        return mapping;
    }

    @Override
    public PortMapping removeMapping(String name) {
        PortMapping removed = store.removeMapping(name);
        if (removed == null) {
            throw DaoliNetException.notFound("name", "port mapping %s does not exist", name);
        }
        log.info("Withdrew {}", removed);
        return removed;
    }

    @Override
    public Set<PortMapping> mappings() {
        return store.mappings();
    }

    @Override
    public PortMapping mapping(String name) {
        return store.mapping(name);
    }

    @Override
    public PortMapping mappingAt(DeviceId server, int protocol, int serverPort) {
        return store.mappingAt(server, protocol, serverPort);
    }

    @Override
    public Set<PortMapping> mappingsOf(String containerId) {
        return store.mappingsOf(containerId);
    }
}
