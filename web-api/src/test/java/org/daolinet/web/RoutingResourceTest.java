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

import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.impl.Packets;
import org.daolinet.impl.RegistryFixture;
import org.daolinet.impl.RoutingFixture;
import org.junit.After;
import org.junit.Before;
import org.onlab.packet.MacAddress;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;

import static org.daolinet.impl.RegistryFixture.device;

/**
 * Base of the tests of the routing resources: hot-plug routing (the real routing manager on
 * recording flow tables that confirm every batch at once) on the registry of the REST tests.
 * <pre>
 *   s1: a 10.1.0.2 default/web port 5, b 10.1.0.3 default/web port 6, d 10.2.0.2 default/db port 7,
 *       gateway port of default/web: 50
 *   s2: c 10.1.0.4 default/web port 5, a (id id-t2-a) 10.1.0.2 t2/web port 8, y 10.1.0.3 t2/web port 9
 * </pre>
 */
public abstract class RoutingResourceTest extends DaoliNetResourceTest {

    protected static final DeviceId S1 = device(1);
    protected static final DeviceId S2 = device(2);

    /** Hot-plug routing on the registry of the test. */
    protected RoutingFixture routing;
    protected Network web;
    protected Container a;
    protected Container b;
    protected Container c;
    protected Container d;
    protected Container t2a;
    protected Container y;

    @Before
    public void setUpRouting() {
        routing = new RoutingFixture(f, null);
        routing.flows.autoComplete(true);
        RestServices.routing(services, routing);
        f.addServer(1);
        f.addServer(2);
        web = f.addNetwork(null, "web", "10.1.0.0/24");
        Network db = f.addNetwork(null, "db", "10.2.0.0/24");
        Network t2web = f.addNetwork("t2", "web", "10.1.0.0/24");
        a = f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        b = f.addContainer("b", web.key(), "10.1.0.3", 1, 6);
        c = f.addContainer("c", web.key(), "10.1.0.4", 2, 5);
        d = f.addContainer("d", db.key(), "10.2.0.2", 1, 7);
        f.devices.addPort(S2, 8, "veth-t2-a");
        t2a = f.containers.addContainer(RegistryFixture.containerBuilder("a", t2web.key(), "10.1.0.2", 2)
                                                .id("id-t2-a").portName("veth-t2-a").build());
        y = f.addContainer("y", t2web.key(), "10.1.0.3", 2, 9);
        f.devices.addPort(S1, 50, web.gatewayPort());
    }

    @After
    public void tearDownRouting() {
        routing.stopRouting();
    }

    /**
     * Delivers a ping of a container to the app, as its server's bridge would punt it.
     *
     * @param from   sending container
     * @param port   its port number on its server
     * @param dstMac destination MAC, as proxy ARP answered it
     * @param dstIp  destination IP
     */
    protected void ping(Container from, long port, MacAddress dstMac, String dstIp) {
        routing.receive(new ConnectPoint(from.server(), PortNumber.portNumber(port)),
                        Packets.ping(from.mac(), dstMac, from.ip().toString(), dstIp));
    }

    /**
     * Sets up the routes of the tests: a to c across the servers (2 routes), a to 8.8.8.8 through
     * the gateway (2), a to d denied (1 set of drop rules) and t2's a to y on s2 (2).
     */
    protected void setUpRoutes() {
        ping(a, 5, c.mac(), "10.1.0.4");
        ping(a, 5, web.gatewayMac(), "8.8.8.8");
        ping(a, 5, web.gatewayMac(), "10.2.0.2");
        ping(t2a, 8, y.mac(), "10.1.0.3");
    }
}
