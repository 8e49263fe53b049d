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
package org.daolinet.web;

import org.daolinet.api.ContainerAdminService;
import org.daolinet.api.ContainerService;
import org.daolinet.api.NetworkAdminService;
import org.daolinet.api.NetworkService;
import org.daolinet.api.PolicyAdminService;
import org.daolinet.api.PolicyService;
import org.daolinet.api.PortMappingAdminService;
import org.daolinet.api.PortMappingService;
import org.daolinet.api.RouteAdminService;
import org.daolinet.api.RouteService;
import org.daolinet.api.ServerAdminService;
import org.daolinet.api.ServerService;
import org.daolinet.codec.CodecRegister;
import org.daolinet.impl.RegistryFixture;
import org.daolinet.impl.RoutingFixture;
import org.onlab.junit.TestUtils;
import org.onlab.osgi.TestServiceDirectory;
import org.onlab.rest.BaseResource;
import org.onosproject.codec.CodecService;
import org.onosproject.codec.impl.CodecManager;

/**
 * The services the DaoliNet resources find, wired from the real fixtures: ONOS's codec manager
 * with DaoliNet's codecs, the registry, the routing and the policy. Shared by the REST tests and
 * by the tools that test against the real resources (daolictl).
 */
public final class RestServices {

    private RestServices() {
    }

    /**
     * Returns a service directory with the codec service and the registry's services.
     *
     * @param registry registry
     * @return directory
     */
    public static TestServiceDirectory registry(RegistryFixture registry) {
        CodecManager codecs = new CodecManager();
        codecs.activate();
        // DaoliNet's codecs, registered as when the app starts
        CodecRegister register = new CodecRegister();
        TestUtils.setField(register, "codecService", codecs);
        TestUtils.callMethod(register, "activate", new Class<?>[]{});
        return new TestServiceDirectory()
                .add(CodecService.class, codecs)
                .add(ServerService.class, registry.servers)
                .add(ServerAdminService.class, registry.servers)
                .add(NetworkService.class, registry.networks)
                .add(NetworkAdminService.class, registry.networks)
                .add(ContainerService.class, registry.containers)
                .add(ContainerAdminService.class, registry.containers);
    }

    /**
     * Adds the routing services.
     *
     * @param directory directory
     * @param routing   routing
     * @return the directory
     */
    public static TestServiceDirectory routing(TestServiceDirectory directory, RoutingFixture routing) {
        return directory.add(RouteService.class, routing.routing)
                .add(RouteAdminService.class, routing.routing);
    }

    /**
     * Adds the access policy and port mapping services.
     *
     * @param directory directory
     * @param routing   routing, which holds the policy and port mapping managers
     * @return the directory
     */
    public static TestServiceDirectory policy(TestServiceDirectory directory, RoutingFixture routing) {
        return directory.add(PolicyService.class, routing.policy)
                .add(PolicyAdminService.class, routing.policy)
                .add(PortMappingService.class, routing.mappings)
                .add(PortMappingAdminService.class, routing.mappings);
    }

    /**
     * Makes the resources find their services in a directory, as they find them in OSGi in ONOS.
     *
     * @param directory directory
     */
    public static void serve(TestServiceDirectory directory) {
        TestUtils.setField(BaseResource.class, "services", directory);
    }
}
