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
import org.junit.Before;
import org.junit.Test;
import org.onlab.junit.TestUtils;
import org.onlab.packet.Ethernet;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onosproject.net.device.DeviceEvent;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.criteria.Criteria;
import org.onosproject.net.flow.instructions.Instructions;

import static org.daolinet.impl.RegistryFixture.device;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

/**
 * The attachments the routing context keeps per container, with the criteria and actions built
 * from them: reused while nothing they depend on changes, rebuilt as soon as the container, its port,
 * its server or the server's uplink changes (even before the registry's event arrives), dropped when
 * the container goes.
 */
public class AttachmentCacheTest extends RoutingTestBase {

    private RoutingContext ctx;

    @Before
    public void setUpContext() throws TestUtils.TestUtilsException {
        ctx = TestUtils.getField(f.routing, "context");
    }

    @Test
    public void reusedWhileNothingChanges() {
        Attachment first = ctx.attach(a);
        assertSame(first, ctx.attach(a));
        assertSame("the registry's instance or an equal one", first, ctx.attach(a.toBuilder().build()));
        assertEquals(Criteria.matchInPort(port(5)), first.matchInPort);
        assertEquals(Criteria.matchIPSrc(host("10.1.0.2")), first.matchIpSrc);
        assertEquals(Criteria.matchIPDst(host(a.vip().toString())), first.matchVipDst);
        assertEquals(Instructions.createOutput(UPLINK), first.outputUplink);
        assertEquals(IpAddress.valueOf("10.1.0.2").getIp4Address().toInt(), first.ip4);
    }

    @Test
    public void rebuiltWhenTheContainerMoves() {
        Attachment before = ctx.attach(c);
        f.reg.addServer(3);
        f.reg.devices.addPort(device(3), 9, "veth-c3");
        Container moved = f.reg.containers.moveContainer(c.id(), device(3), "veth-c3");
        Attachment after = ctx.attach(moved);
        assertNotSame(before, after);
        assertEquals(device(3), after.device());
        assertEquals(Criteria.matchInPort(port(9)), after.matchInPort);
        assertEquals(Instructions.modL2Src(f.reg.servers.serverByName("s3").mac()), after.setServerEthSrc);
    }

    @Test
    public void rebuiltWhenTheBindingChangesBeforeItsEventArrives() {
        Attachment before = ctx.attach(a);
        // the attachment is checked against what it was built from, not only dropped on the event
        MacAddress newMac = MacAddress.valueOf("02:00:00:00:00:99");
        Attachment after = ctx.attach(a.toBuilder().mac(newMac).build());
        assertNotSame(before, after);
        assertEquals(Criteria.matchEthSrc(newMac), after.matchEthSrc);
        assertEquals(Instructions.modL2Dst(newMac), after.setEthDst);
    }

    @Test
    public void rebuiltWhenThePortNumberChanges() {
        Attachment before = ctx.attach(b);
        f.reg.devices.addPort(S1, 16, "veth-b2");
        Container rebound = f.reg.containerStore.updateContainer(b.toBuilder().portName("veth-b2").build());
        Attachment after = ctx.attach(f.reg.containers.container(b.id()));
        assertNotSame(before, after);
        assertEquals(port(16), after.port);
        assertEquals(Instructions.createOutput(port(16)), after.output);
        assertEquals("the store returned the previous binding", b, rebound);
    }

    @Test
    public void rebuiltWhenTheUplinkChanges() {
        Attachment before = ctx.attach(a);
        f.reg.devices.removePort(S1, UPLINK.toLong());
        Attachment without = ctx.attach(a);
        assertNotSame(before, without);
        assertNull(without.uplink);
        assertNull(without.matchInUplink);
        assertNull(without.outputUplink);
        f.reg.devices.addPort(S1, 101, "eth1");
        Attachment renumbered = ctx.attach(a);
        assertEquals(port(101), renumbered.uplink);
        assertEquals(Criteria.matchInPort(port(101)), renumbered.matchInUplink);
    }

    @Test
    public void routesUseTheNewUplink() {
        f.flows.autoComplete(true);
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        f.routing.revokeContainer(a.id());
        f.reg.devices.removePort(S1, UPLINK.toLong());
        f.reg.devices.addPort(S1, 101, "eth1");
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        FlowRule ingress = ruleWith(S1, DefaultTrafficSelector.builder().matchInPort(port(5))
                .matchEthType(Ethernet.TYPE_IPV4).matchEthSrc(a.mac()).matchIPSrc(host("10.1.0.2"))
                .matchIPDst(host("10.1.0.4")).build());
        assertEquals(DefaultTrafficTreatment.builder().setEthSrc(s1.mac()).setEthDst(s2.mac())
                             .setIpSrc(a.vip()).setIpDst(c.vip()).setOutput(port(101)).build(),
                     ingress.treatment());
    }

    @Test
    public void droppedWhenTheContainerGoes() {
        ctx.attach(a);
        ctx.attach(b);
        assertEquals(2, ctx.attachmentsCached());
        f.reg.containers.removeContainer(a.id());
        assertEquals("only b's is left", 1, ctx.attachmentsCached());
        assertNull("a removed container has no attachment", ctx.attach(a));
        assertEquals(1, ctx.attachmentsCached());
    }

    @Test
    public void droppedWhenTheContainerMoves() {
        ctx.attach(c);
        f.reg.addServer(3);
        f.reg.devices.addPort(device(3), 9, "veth-c3");
        f.reg.containers.moveContainer(c.id(), device(3), "veth-c3");
        assertEquals(0, ctx.attachmentsCached());
    }

    @Test
    public void currentWhileTheRegistryVersionStays() {
        Attachment first = ctx.attach(a);
        long version = ctx.version();
        assertTrue("used without lookups", first.currentAt(a, version));
        assertTrue("an equal container is the same one", first.currentAt(a.toBuilder().build(), version));
        assertFalse("another container's record is not", first.currentAt(b, version));
        f.reg.devices.removePort(S2, UPLINK.toLong());
        assertTrue("any change of the registry raises the version", ctx.version() > version);
        assertFalse(first.currentAt(a, ctx.version()));
    }

    @Test
    public void confirmedWithoutRebuildingAfterAnUnrelatedChange() {
        Attachment first = ctx.attach(a);
        f.reg.addContainer("x", web.key(), "10.1.0.9", 2, 9);
        assertFalse(first.currentAt(a, ctx.version()));
        assertSame("looked up again, found unchanged", first, ctx.attach(a));
        assertTrue("current at the new version", first.currentAt(a, ctx.version()));
    }

    @Test
    public void aLateConfirmationWithAnOlderVersionIsNeverTakenAsCurrent() {
        Attachment first = ctx.attach(a);
        long old = ctx.version();
        f.reg.addContainer("x", web.key(), "10.1.0.9", 2, 9);
        assertSame(first, ctx.attach(a));
        // a thread that looked up before the change confirms after another confirmed the new version
        first.confirm(old);
        assertFalse(first.currentAt(a, ctx.version()));
        assertSame("looked up again", first, ctx.attach(a));
        assertTrue(first.currentAt(a, ctx.version()));
    }

    @Test
    public void rebuiltWhenThePortIsRenumberedWithTheContainerUnchanged() {
        Attachment before = ctx.attach(a);
        f.reg.devices.removePort(S1, 5);
        assertNull("no port: nothing to route to", ctx.attach(a));
        f.reg.devices.addPort(S1, 25, "veth-a");
        Attachment after = ctx.attach(f.reg.containers.container(a.id()));
        assertNotSame(before, after);
        assertEquals(port(25), after.port);
        assertEquals(Criteria.matchInPort(port(25)), after.matchInPort);
    }

    @Test
    public void aPortRemembersItsSourceWhileTheRegistryVersionStays() throws TestUtils.TestUtilsException {
        PacketInLimiter limiter = TestUtils.getField(f.routing, "limiter");
        PacketInLimiter.Port record = limiter.acquire(at(S1, 5), System.nanoTime());
        assertNull("nothing remembered before a PacketIn", RoutingContext.source(record, ctx.version()));
        f.receive(at(S1, 5), ping(a, b.mac(), "10.1.0.3"));
        Attachment remembered = RoutingContext.source(record, ctx.version());
        assertSame("a's attachment", ctx.attach(a), remembered);
        assertEquals(a, remembered.container);
        f.reg.devices.removePort(S2, UPLINK.toLong());
        assertNull("any change of the registry: looked up again", RoutingContext.source(record, ctx.version()));
    }

    @Test
    public void aPortsRecordGoesWithThePortAndADevicesWithTheDevice() throws TestUtils.TestUtilsException {
        PacketInLimiter limiter = TestUtils.getField(f.routing, "limiter");
        f.receive(at(S1, 5), ping(a, b.mac(), "10.1.0.3"));
        int before = limiter.size();
        PacketInLimiter.Port record = limiter.acquire(at(S1, 5), System.nanoTime());
        assertNotNull(RoutingContext.source(record, ctx.version()));
        f.reg.devices.removePort(S1, 5);
        assertEquals("the removed port's record is gone", before - 1, limiter.size());
        PacketInLimiter.Port fresh = limiter.acquire(at(S1, 5), System.nanoTime());
        assertNotSame(record, fresh);
        assertNull("a new record remembers nothing", RoutingContext.source(fresh, ctx.version()));
        PacketInLimiter.Port onS1 = limiter.acquire(at(S1, 77), System.nanoTime());
        PacketInLimiter.Port onS2 = limiter.acquire(at(S2, 77), System.nanoTime());
        f.reg.devices.announceDevice(DeviceEvent.Type.DEVICE_REMOVED, S1);
        assertSame("the other server's records stay", onS2, limiter.acquire(at(S2, 77), System.nanoTime()));
        assertNotSame("the removed server's records are gone", onS1, limiter.acquire(at(S1, 77), System.nanoTime()));
        assertNotSame(fresh, limiter.acquire(at(S1, 5), System.nanoTime()));
    }
}
