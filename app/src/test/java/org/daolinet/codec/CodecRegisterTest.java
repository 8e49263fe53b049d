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
import org.junit.Test;
import org.onosproject.codec.impl.CodecManager;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.nullValue;

/**
 * Specification of the codec registration with ONOS's codec service.
 */
public class CodecRegisterTest {

    /** Activation registers the codecs, deactivation withdraws them. */
    @Test
    public void registersAndUnregistersTheCodecs() {
        CodecManager codecService = new CodecManager();
        CodecRegister register = new CodecRegister();
        register.codecService = codecService;

        register.activate();
        assertThat(codecService.getCodec(Server.class), instanceOf(ServerCodec.class));
        assertThat(codecService.getCodec(Network.class), instanceOf(NetworkCodec.class));
        assertThat(codecService.getCodec(Container.class), instanceOf(ContainerCodec.class));
        assertThat(codecService.getCodec(Route.class), instanceOf(RouteCodec.class));
        assertThat(codecService.getCodec(RoutingStats.class), instanceOf(RoutingStatsCodec.class));
        assertThat(codecService.getCodec(NetworkGroup.class), instanceOf(NetworkGroupCodec.class));
        assertThat(codecService.getCodec(PairPolicy.class), instanceOf(PairPolicyCodec.class));
        assertThat(codecService.getCodec(FirewallRule.class), instanceOf(FirewallRuleCodec.class));
        assertThat(codecService.getCodec(PortMapping.class), instanceOf(PortMappingCodec.class));

        register.deactivate();
        assertThat(codecService.getCodec(Server.class), nullValue());
        assertThat(codecService.getCodec(Network.class), nullValue());
        assertThat(codecService.getCodec(Container.class), nullValue());
        assertThat(codecService.getCodec(Route.class), nullValue());
        assertThat(codecService.getCodec(RoutingStats.class), nullValue());
        assertThat(codecService.getCodec(NetworkGroup.class), nullValue());
        assertThat(codecService.getCodec(PairPolicy.class), nullValue());
        assertThat(codecService.getCodec(FirewallRule.class), nullValue());
        assertThat(codecService.getCodec(PortMapping.class), nullValue());
    }
}
