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

import org.daolinet.api.Constants;
import org.daolinet.api.PortMapping;
import org.daolinet.api.PortMappingEvent;
import org.daolinet.api.PortMappingListener;
import org.daolinet.api.PortMappingService;
import org.daolinet.api.Server;
import org.daolinet.api.ServerEvent;
import org.daolinet.api.ServerListener;
import org.daolinet.api.ServerService;
import org.onosproject.mastership.MastershipEvent;
import org.onosproject.mastership.MastershipListener;
import org.onosproject.mastership.MastershipService;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceEvent;
import org.onosproject.net.device.DeviceListener;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleService;
import org.slf4j.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Keeps every server's infrastructure rules in place: the server's own traffic between uplink and
 * LOCAL never needs a PacketIn (SSH, Docker, the OpenFlow channel keep working if ONOS is away),
 * LAN noise on the uplink never reaches the controller, and the first packets of the ports published
 * on the server do. Installed by the server's master when the
 * server registers, its uplink port appears, its switch connects or mastership moves. Owned by the
 * routing manager, whose configuration holds the infrastructure priority.
 */
final class InfraRuleManager {

    private final Logger log = getLogger(getClass());

    private final FlowRuleService flowRuleService;
    private final DeviceService deviceService;
    private final MastershipService mastershipService;
    private final ServerService serverService;
    private final PortMappingService mappings;
    private final RouteRules rules;
    private final Supplier<RoutingConfig> config;

    private final ServerListener serverListener = this::serverEvent;
    private final DeviceListener deviceListener = this::deviceEvent;
    private final MastershipListener mastershipListener = this::mastershipEvent;
    private final PortMappingListener mappingListener = this::mappingEvent;
    /** Rules this node installed, per server, to replace or remove them when the server changes. */
    private final Map<DeviceId, List<FlowRule>> installed = new ConcurrentHashMap<>();

    /**
     * Creates the manager.
     *
     * @param flowRuleService   flow rule service
     * @param deviceService     device service
     * @param mastershipService mastership service
     * @param serverService     server service
     * @param mappings          port mapping service
     * @param rules             rule factory
     * @param config            supplier of the current routing configuration
     */
    InfraRuleManager(FlowRuleService flowRuleService, DeviceService deviceService,
                     MastershipService mastershipService, ServerService serverService,
                     PortMappingService mappings, RouteRules rules, Supplier<RoutingConfig> config) {
        this.flowRuleService = flowRuleService;
        this.deviceService = deviceService;
        this.mastershipService = mastershipService;
        this.serverService = serverService;
        this.mappings = mappings;
        this.rules = rules;
        this.config = config;
    }

    /**
     * Installs the rules of every known server and starts following changes.
     */
    void start() {
        serverService.addListener(serverListener);
        deviceService.addListener(deviceListener);
        mastershipService.addListener(mastershipListener);
        mappings.addListener(mappingListener);
        serverService.servers().forEach(this::install);
    }

    /**
     * Stops following changes and removes the rules this node installed.
     */
    void stop() {
        mappings.removeListener(mappingListener);
        mastershipService.removeListener(mastershipListener);
        deviceService.removeListener(deviceListener);
        serverService.removeListener(serverListener);
        installed.keySet().forEach(this::uninstall);
    }

    /**
     * Installs the rules of every known server again, e.g. after the priorities changed.
     */
    void refresh() {
        serverService.servers().forEach(this::install);
    }

    /**
     * Returns the infrastructure rules this node keeps on a server.
     *
     * @param deviceId server
     * @return rules, empty if none
     */
    List<FlowRule> rulesOf(DeviceId deviceId) {
        return installed.getOrDefault(deviceId, List.of());
    }

    private void install(Server server) {
        DeviceId d = server.deviceId();
        PortNumber uplink = serverService.uplinkPort(d);
        if (uplink == null || !mastershipService.isLocalMaster(d)) {
            return;
        }
        RoutingConfig c = config.get();
        List<FlowRule> next = new ArrayList<>(rules.infrastructure(server, uplink, c.infraPriority(),
                                                                   Constants.PRIORITY_UPLINK_PUNT,
                                                                   Constants.PRIORITY_UPLINK_DROP));
        for (PortMapping m : mappings.mappings()) {
            if (m.server().equals(d)) {
                next.add(rules.publishPunt(server, uplink, m, c.portMapPriority()));
            }
        }
        List<FlowRule> previous = installed.put(d, next);
        if (previous != null) {
            List<FlowRule> stale = previous.stream().filter(r -> !next.contains(r)).collect(Collectors.toList());
            flowRuleService.removeFlowRules(stale.toArray(new FlowRule[0]));
        }
        flowRuleService.applyFlowRules(next.toArray(new FlowRule[0]));
        log.info("Infrastructure rules of server {} ({}) in place, uplink port {}", server.name(), d, uplink);
    }

    private void uninstall(DeviceId deviceId) {
        List<FlowRule> previous = installed.remove(deviceId);
        if (previous != null) {
            flowRuleService.removeFlowRules(previous.toArray(new FlowRule[0]));
        }
    }

    private void serverEvent(ServerEvent event) {
        switch (event.type()) {
            case SERVER_ADDED:
            case SERVER_UPDATED:
            case UPLINK_CHANGED:
                install(event.subject());
                break;
            case SERVER_REMOVED:
                uninstall(event.subject().deviceId());
                break;
            default:
                break;
        }
    }

    private void deviceEvent(DeviceEvent event) {
        if (event.type() != DeviceEvent.Type.DEVICE_ADDED
                && event.type() != DeviceEvent.Type.DEVICE_AVAILABILITY_CHANGED) {
            return;
        }
        DeviceId d = event.subject().id();
        Server server = serverService.server(d);
        if (server != null && deviceService.isAvailable(d)) {
            install(server);
        }
    }

    private void mappingEvent(PortMappingEvent event) {
        Server server = serverService.server(event.subject().server());
        if (server != null) {
            install(server);
        }
    }

    private void mastershipEvent(MastershipEvent event) {
        Server server = serverService.server(event.subject());
        if (server != null) {
            install(server);
        }
    }
}
