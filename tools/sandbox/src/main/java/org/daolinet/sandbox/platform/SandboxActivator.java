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
package org.daolinet.sandbox.platform;

import org.daolinet.sandbox.southbound.OpenFlowController;
import org.daolinet.sandbox.southbound.OpenFlowServer;
import org.daolinet.sandbox.southbound.SandboxDeviceService;
import org.daolinet.sandbox.southbound.SandboxDriverService;
import org.daolinet.sandbox.southbound.SandboxFlowRuleService;
import org.daolinet.sandbox.southbound.SandboxPacketService;
import org.onosproject.cfg.ComponentConfigService;
import org.onosproject.cluster.NodeId;
import org.onosproject.core.CoreService;
import org.onosproject.event.EventDeliveryService;
import org.onosproject.mastership.MastershipService;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.driver.DriverService;
import org.onosproject.net.flow.FlowRuleService;
import org.onosproject.net.packet.PacketService;
import org.onosproject.rest.ApiDocService;
import org.onosproject.security.AuditService;
import org.onosproject.store.service.StorageService;
import org.onosproject.store.service.TestStorageService;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Starts the ONOS services of a single sandbox node inside the framework and the OpenFlow listener that
 * switches connect to. The host names the listener's socket with the framework property
 * {@value #OPENFLOW_SOCKET}; {@value #STATS_POLL_MILLIS} sets the flow statistics interval (default
 * {@value #DEFAULT_POLL_MILLIS} ms).
 * <p>
 * On stop, the services go first (so that applications still running remove their rules through them), then
 * the OpenFlow connections, once what is queued for the switches is written.
 */
public final class SandboxActivator implements BundleActivator {

    /** Framework property: path of the unix socket the switches connect to. */
    public static final String OPENFLOW_SOCKET = "daolinet.sandbox.openflow";
    /** Framework property: milliseconds between flow statistics requests. */
    public static final String STATS_POLL_MILLIS = "daolinet.sandbox.statsPollMillis";
    /** Flow statistics interval unless configured. */
    public static final long DEFAULT_POLL_MILLIS = 2000;

    private static final NodeId NODE = NodeId.nodeId("sandbox");

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private AsyncEventDispatcher dispatcher;
    private SandboxFlowRuleService flows;
    private SandboxDeviceService devices;
    private OpenFlowServer server;

    @Override
    public void start(BundleContext context) throws Exception {
        String socket = context.getProperty(OPENFLOW_SOCKET);
        if (socket == null || socket.isEmpty()) {
            throw new IllegalStateException("framework property " + OPENFLOW_SOCKET + " (OpenFlow socket) is not set");
        }
        ServiceReference<ConfigurationAdmin> cm = context.getServiceReference(ConfigurationAdmin.class);
        if (cm == null) {
            throw new IllegalStateException("no ConfigurationAdmin service: start ConfigAdmin before the sandbox");
        }
        String poll = context.getProperty(STATS_POLL_MILLIS);

        dispatcher = new AsyncEventDispatcher();
        dispatcher.start();
        OpenFlowController controller = new OpenFlowController();
        flows = new SandboxFlowRuleService(controller, dispatcher,
                                           poll == null ? DEFAULT_POLL_MILLIS : Long.parseLong(poll));
        devices = new SandboxDeviceService(dispatcher);
        SandboxPacketService packets = new SandboxPacketService(controller, flows, devices, NODE);
        // rules first (a switch that connects again gets its rules back), then devices, then packet requests
        controller.addListener(flows);
        controller.addListener(devices);
        controller.addListener(packets);
        flows.start();
        devices.start();

        register(context, EventDeliveryService.class, dispatcher);
        register(context, CoreService.class, new SandboxCoreService());
        register(context, MastershipService.class, new LocalMastershipService(NODE, devices));
        register(context, StorageService.class, new TestStorageService());
        register(context, ComponentConfigService.class, new ConfigAdminComponentConfig(context.getService(cm)));
        register(context, AuditService.class, new LoggingAuditService());
        register(context, ApiDocService.class, new ApiDocRegistry());
        register(context, DeviceService.class, devices);
        register(context, DriverService.class, new SandboxDriverService(devices));
        register(context, FlowRuleService.class, flows);
        register(context, PacketService.class, packets);

        server = new OpenFlowServer(Path.of(socket), controller);
        server.start();
    }

    private <T> void register(BundleContext context, Class<T> type, T service) {
        registrations.add(context.registerService(type, service, null));
    }

    @Override
    public void stop(BundleContext context) {
        List<ServiceRegistration<?>> reversed = new ArrayList<>(registrations);
        Collections.reverse(reversed);
        reversed.forEach(ServiceRegistration::unregister);
        registrations.clear();
        if (server != null) {
            server.close();
        }
        flows.stop();
        devices.stop();
        dispatcher.stop();
    }
}
