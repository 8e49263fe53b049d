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
import org.daolinet.api.ContainerEvent;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.RouteKey;
import org.junit.Test;
import org.onlab.packet.Ethernet;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;

import java.util.ArrayList;
import java.util.List;

import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.daolinet.impl.RegistryFixture.device;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Container mobility: a container keeps its IP, MAC and VIP when it moves to another server, its
 * routes are revoked everywhere at once, and the next packet re-plugs them to the new location.
 */
public class MobilityTest extends RoutingTestBase {

    private static final long S3_PORT = 9;

    @Test
    public void moveRevokesOnBothServersAndReplugsToTheNewServer() {
        f.flows.autoComplete(true);
        f.reg.addServer(3);
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        assertEquals("a->c routes on s1 and s2", 4, routeRules().size());
        List<ContainerEvent> events = new ArrayList<>();
        f.reg.containers.addListener(events::add);

        f.reg.devices.addPort(device(3), S3_PORT, "veth-c3");
        Container moved = f.reg.containers.moveContainer(c.id(), device(3), "veth-c3");
        assertEquals("same IP", c.ip(), moved.ip());
        assertEquals("same MAC", c.mac(), moved.mac());
        assertEquals("same VIP", c.vip(), moved.vip());
        assertEquals(ContainerEvent.Type.CONTAINER_MOVED, events.get(0).type());
        assertEquals(c, events.get(0).prevSubject());
        assertEquals("every rule revoked on s1 and s2", 0, routeRules().size());
        assertTrue(f.routing.routesOf(c.id()).isEmpty());

        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        FlowRule ingress = ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(port(5))
                .matchEthType(Ethernet.TYPE_IPV4).matchEthSrc(a.mac()).matchIPSrc(host("10.1.0.2"))
                .matchIPDst(host("10.1.0.4")).build());
        assertEquals("now towards s3", DefaultTrafficTreatment.builder().setEthSrc(s1.mac())
                .setEthDst(f.reg.servers.serverByName("s3").mac()).setIpSrc(a.vip()).setIpDst(c.vip())
                .setOutput(UPLINK).build(), ingress.treatment());
        assertEquals("nothing left on s2", 0, routeRules(S2).size());
        assertEquals(2, routeRules(device(3)).size());
        assertNotNull(f.routing.route(RouteKey.of(RouteKey.Kind.CONTAINER, a.id(), c.id())));
    }

    @Test
    public void inFlightPacketInAgainstTheOldBindingInstallsNothing() {
        f.reg.addServer(3);
        f.reg.devices.addPort(device(3), S3_PORT, "veth-c3");
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        assertEquals("set-up under way", 1, f.flows.pendingBatches());
        f.reg.containers.moveContainer(c.id(), device(3), "veth-c3");
        f.flows.autoComplete(true);
        f.flows.completeAll();
        assertEquals("no rule towards the old location", 0, routeRules().size());
        assertEquals("the first packet is not sent to s2", 0, f.packets.emitted.size());
        assertNull(f.routing.route(RouteKey.of(RouteKey.Kind.CONTAINER, a.id(), c.id())));
    }

    @Test
    public void packetInFromTheOldPortAfterTheMoveIsNotTheContainers() {
        f.reg.addServer(3);
        f.reg.devices.addPort(device(3), S3_PORT, "veth-c3");
        f.reg.containers.moveContainer(c.id(), device(3), "veth-c3");
        f.receive(at(S2, 5), ping(c, a.mac(), "10.1.0.2"));
        assertEquals(0, f.flows.batches.size());
        assertEquals(1, f.routing.stats().counter("unknownSource"));
    }

    @Test
    public void packetInFromTheOldPortAfterTheMoveIsNotTheContainersEvenRightAfterOneWas() {
        f.flows.autoComplete(true);
        f.receive(at(S2, 5), ping(c, a.mac(), "10.1.0.2"));
        assertEquals("routed from c's port: the port remembers c", 1, f.flows.batches.size());
        f.reg.addServer(3);
        f.reg.devices.addPort(device(3), S3_PORT, "veth-c3");
        f.reg.containers.moveContainer(c.id(), device(3), "veth-c3");
        int batches = f.flows.batches.size();
        f.receive(at(S2, 5), ping(c, a.mac(), "10.1.0.2"));
        assertEquals("nothing routed from the old port", batches, f.flows.batches.size());
        assertEquals(1, f.routing.stats().counter("unknownSource"));
    }

    @Test
    public void aPortBoundToAnotherContainerRoutesTheNewOne() {
        f.flows.autoComplete(true);
        f.receive(at(S2, 5), ping(c, a.mac(), "10.1.0.2"));
        f.reg.containers.removeContainer(c.id());
        Container z = f.reg.addContainer("z", web.key(), "10.1.0.8", 2, 5);
        f.receive(at(S2, 5), ping(z, a.mac(), "10.1.0.2"));
        assertEquals("z is not taken for a spoofing c", 0, f.routing.stats().counter("spoofDrops"));
        assertNotNull(f.routing.route(RouteKey.of(RouteKey.Kind.CONTAINER, z.id(), a.id())));
        f.receive(at(S2, 5), ping(c, a.mac(), "10.1.0.2"));
        assertEquals("c's addresses on z's port are spoofed", 1, f.routing.stats().counter("spoofDrops"));
    }

    @Test
    public void twoMovesInARowEndWhereTheLastSays() {
        f.flows.autoComplete(true);
        f.reg.addServer(3);
        f.reg.devices.addPort(device(3), S3_PORT, "veth-c3");
        f.reg.devices.addPort(S1, 30, "veth-c1");
        f.reg.containers.moveContainer(c.id(), device(3), "veth-c3");
        Container last = f.reg.containers.moveContainer(c.id(), S1, "veth-c1");
        assertEquals(S1, f.reg.containers.container(c.id()).server());
        assertEquals(last, f.reg.containers.containerByPort(at(S1, 30)));
        assertNull(f.reg.containers.containerByPort(at(device(3), S3_PORT)));
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        assertEquals("same server now: one rule each way", 2, routeRules(S1).size());
    }

    @Test
    public void badMovesChangeNothing() {
        assertRejected(DaoliNetException.Reason.NOT_FOUND, "id",
                       () -> f.reg.containers.moveContainer("nope", S2, "veth-x"));
        assertRejected(DaoliNetException.Reason.NOT_FOUND, "server",
                       () -> f.reg.containers.moveContainer(c.id(), device(9), "veth-x"));
        assertRejected(DaoliNetException.Reason.CONFLICT, "portName",
                       () -> f.reg.containers.moveContainer(c.id(), S1, "veth-a"));
        assertRejected(DaoliNetException.Reason.INVALID, "portName",
                       () -> f.reg.containers.moveContainer(c.id(), S1, "bad name"));
        assertEquals(c, f.reg.containers.container(c.id()));
    }
}
