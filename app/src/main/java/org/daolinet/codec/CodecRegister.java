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
package org.daolinet.codec;

import org.daolinet.api.Container;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.PortMapping;
import org.daolinet.api.Route;
import org.daolinet.api.RoutingStats;
import org.daolinet.api.Server;
import org.onosproject.codec.CodecService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Registers DaoliNet's JSON codecs with the ONOS codec service.
 */
@Component(immediate = true)
public class CodecRegister {

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected CodecService codecService;

    @Activate
    protected void activate() {
        codecService.registerCodec(Server.class, new ServerCodec());
        codecService.registerCodec(Network.class, new NetworkCodec());
        codecService.registerCodec(Container.class, new ContainerCodec());
        codecService.registerCodec(Route.class, new RouteCodec());
        codecService.registerCodec(RoutingStats.class, new RoutingStatsCodec());
        codecService.registerCodec(NetworkGroup.class, new NetworkGroupCodec());
        codecService.registerCodec(PairPolicy.class, new PairPolicyCodec());
        codecService.registerCodec(FirewallRule.class, new FirewallRuleCodec());
        codecService.registerCodec(PortMapping.class, new PortMappingCodec());
        log.info("Started");
    }

    @Deactivate
    protected void deactivate() {
        codecService.unregisterCodec(Server.class);
        codecService.unregisterCodec(Network.class);
        codecService.unregisterCodec(Container.class);
        codecService.unregisterCodec(Route.class);
        codecService.unregisterCodec(RoutingStats.class);
        codecService.unregisterCodec(NetworkGroup.class);
        codecService.unregisterCodec(PairPolicy.class);
        codecService.unregisterCodec(FirewallRule.class);
        codecService.unregisterCodec(PortMapping.class);
        log.info("Stopped");
    }
}
