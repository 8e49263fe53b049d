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
package org.daolinet.sandbox.doubles;

import org.daolinet.sandbox.platform.ApiDocRegistry;
import org.daolinet.sandbox.platform.LoggingAuditService;
import org.daolinet.sandbox.platform.SandboxCoreService;
import org.onosproject.cfg.ComponentConfigAdapter;
import org.onosproject.cfg.ComponentConfigService;
import org.onosproject.core.CoreService;
import org.onosproject.event.EventDeliveryService;
import org.onosproject.mastership.MastershipService;
import org.onosproject.mastership.MastershipServiceAdapter;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.device.DeviceServiceAdapter;
import org.onosproject.net.flow.FlowRuleService;
import org.onosproject.net.flow.FlowRuleServiceAdapter;
import org.onosproject.net.packet.PacketService;
import org.onosproject.net.packet.PacketServiceAdapter;
import org.onosproject.rest.ApiDocService;
import org.onosproject.security.AuditService;
import org.onosproject.store.service.StorageService;
import org.onosproject.store.service.TestStorageService;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers the ONOS services that the DaoliNet components reference, when its bundle starts. The
 * southbound ones (devices, packets, flow rules) and mastership are ONOS's own test adapters, which
 * accept every call and report an empty network; storage is ONOS's in-memory test storage; the shell's audit
 * trail and the REST API documents are kept by small classes of this package.
 */
public class OnosDoubles implements BundleActivator {

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Override
    public void start(BundleContext context) {
        registrations.add(context.registerService(CoreService.class, new SandboxCoreService(), null));
        registrations.add(context.registerService(EventDeliveryService.class, new SyncEventDispatcher(), null));
        registrations.add(context.registerService(StorageService.class, new TestStorageService(), null));
        registrations.add(context.registerService(ComponentConfigService.class, new ComponentConfigAdapter(), null));
        registrations.add(context.registerService(MastershipService.class, new MastershipServiceAdapter(), null));
        // no devices, and no ports for any device id, as ONOS answers for a device it does not know
        registrations.add(context.registerService(DeviceService.class, new DeviceServiceAdapter(List.of()), null));
        registrations.add(context.registerService(PacketService.class, new PacketServiceAdapter(), null));
        registrations.add(context.registerService(FlowRuleService.class, new FlowRuleServiceAdapter(), null));
        registrations.add(context.registerService(AuditService.class, new LoggingAuditService(), null));
        registrations.add(context.registerService(ApiDocService.class, new ApiDocRegistry(), null));
    }

    @Override
    public void stop(BundleContext context) {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
