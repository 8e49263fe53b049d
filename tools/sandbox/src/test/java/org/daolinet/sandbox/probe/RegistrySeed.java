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
package org.daolinet.sandbox.probe;

import org.daolinet.api.Container;
import org.daolinet.api.ContainerAdminService;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkAdminService;
import org.daolinet.api.Server;
import org.daolinet.api.ServerAdminService;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;
import org.onosproject.net.DeviceId;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Registers one server, one network on it and one container in that network through the DaoliNet admin
 * services, as the server agent would, and answers the container's fields as text.
 */
public class RegistrySeed implements Supplier<Map<String, String>> {

    private static final DeviceId SERVER = DeviceId.deviceId("of:0000000000000001");

    @Override
    public Map<String, String> get() {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        service(context, ServerAdminService.class).addServer(
                Server.builder().deviceId(SERVER).name("s1").uplinkPort("eth1")
                        .ip(IpAddress.valueOf("192.168.0.1")).mac(MacAddress.valueOf("52:54:00:00:00:01")).build());
        Network network = service(context, NetworkAdminService.class).createNetwork(
                Network.builder().tenant("acme").name("web").cidr(IpPrefix.valueOf("10.1.0.0/24")).build());
        Container c = service(context, ContainerAdminService.class).addContainer(
                Container.builder().id("0a1b2c3d4e5f").name("web1").network(network.key())
                        .ip(IpAddress.valueOf("10.1.0.5")).mac(MacAddress.valueOf("02:00:0a:01:00:05"))
                        .server(SERVER).portName("veth-web1").build());
        return Map.of("id", c.id(), "name", c.name(), "tenant", c.tenant(), "network", c.network().name(),
                      "ip", c.ip().toString(), "mac", c.mac().toString(), "server", c.server().toString(),
                      "vip", String.valueOf(c.vip()));
    }

    private static <T> T service(BundleContext context, Class<T> type) {
        ServiceReference<T> ref = context.getServiceReference(type);
        if (ref == null) {
            throw new IllegalStateException("no " + type.getName() + " service");
        }
        return context.getService(ref);
    }
}
