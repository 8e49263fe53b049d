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
import org.daolinet.api.Network;
import org.daolinet.api.NetworkKey;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.PortNumber;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.daolinet.api.ContainerEvent.Type.CONTAINER_ADDED;
import static org.daolinet.api.ContainerEvent.Type.CONTAINER_REMOVED;
import static org.daolinet.api.DaoliNetException.Reason.CONFLICT;
import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Specification of the registry on a cluster of two ONOS nodes sharing their distributed
 * primitives: one view of servers, networks and containers, uniqueness enforced across the nodes,
 * VIPs unique and stable across restarts.
 */
public class RegistryClusterTest {

    private static final int CONTENDERS = 4;

    private RegistryFixture node1;
    private RegistryFixture node2;
    private Network web;

    /** Starts two nodes of one cluster, with servers s1, s2 and network default/web 10.1.0.0/16. */
    @Before
    public void setUp() {
        node1 = new RegistryFixture();
        node2 = node1.peer();
        node1.addServer(1);
        node2.addServer(2);
        web = node1.addNetwork(null, "web", "10.1.0.0/16");
    }

    /** Stops both nodes. */
    @After
    public void tearDown() {
        node1.tearDown();
        node2.tearDown();
    }

    private static Container request(int n, int mac, int server) {
        return Container.builder().id("id-" + n).name("c" + n).network(NetworkKey.of(null, "web"))
                .ip(IpAddress.valueOf(0x0a010000 + 10 + n)).mac(MacAddress.valueOf(0x020000000000L + mac))
                .server(device(server)).portName("veth-" + n).build();
    }

    /**
     * A change made on one node raises the other node's versions as soon as that node serves it: what
     * the other node derived from its lookups before is not taken as current any more.
     */
    @Test
    public void changesOnOneNodeRaiseTheOtherNodesVersions() {
        long containers = node2.containers.version();
        long servers = node2.servers.version();
        Container a = node1.addContainer("a", web.key(), "10.1.0.2", 2, 5);
        assertThat(node2.containers.container(a.id()), is(a));
        assertThat(node2.containers.version() > containers, is(true));
        containers = node2.containers.version();
        node1.containers.removeContainer(a.id());
        assertThat(node2.containers.container(a.id()), nullValue());
        assertThat(node2.containers.version() > containers, is(true));
        node1.addServer(3);
        assertThat(node2.servers.version() > servers, is(true));
    }

    /** What one node registers, the other serves under every key, its port binding included. */
    @Test
    public void nodesShareOneView() {
        List<ContainerEvent> node2Events = new ArrayList<>();
        node2.containers.addListener(node2Events::add);
        assertThat(node2.networks.network(web.key()), is(web));
        assertThat(node1.servers.serverByName("s2").deviceId(), is(device(2)));

        Container a = node1.addContainer("a", web.key(), "10.1.0.2", 2, 5);
        assertThat(node2.containers.container("id-a"), is(a));
        assertThat(node2.containers.containerByVip(a.vip()), is(a));
        assertThat(node2.containers.containerByMac(a.mac()), is(a));
        assertThat(node2.containers.containerByPort(new ConnectPoint(device(2), PortNumber.portNumber(5))), is(a));
        node2.containers.removeContainer("id-a");
        assertThat(node1.containers.container("id-a"), nullValue());
        assertThat(node1.containers.containerByPort(new ConnectPoint(device(2), PortNumber.portNumber(5))),
                   nullValue());
        assertThat(node2Events.size(), is(2));
        assertThat(node2Events.get(0).type(), is(CONTAINER_ADDED));
        assertThat(node2Events.get(1).type(), is(CONTAINER_REMOVED));
    }

    /** Nodes registering in turn hand out distinct VIPs and refuse each other's values. */
    @Test
    public void nodesNeverRepeatAVipOrAValue() {
        Set<IpAddress> vips = new HashSet<>();
        for (int n = 0; n < 100; n++) {
            RegistryFixture node = n % 2 == 0 ? node1 : node2;
            vips.add(node.containers.addContainer(request(n, n + 1, 1 + n % 2)).vip());
        }
        assertThat(vips.size(), is(100));
        Container taken = request(7, 8, 2);
        Container other = request(200, 201, 1);
        assertThat(conflictField(() -> node1.containers.addContainer(other.toBuilder().mac(taken.mac()).build())),
                   is("mac"));
        assertThat(conflictField(() -> node1.containers.addContainer(other.toBuilder().ip(taken.ip()).build())),
                   is("ip"));
        assertThat(conflictField(() -> node1.containers.addContainer(other.toBuilder().name(taken.name()).build())),
                   is("name"));
        assertThat(conflictField(() -> node1.containers.addContainer(
                other.toBuilder().server(device(2)).portName(taken.portName()).build())), is("portName"));
    }

    private static String conflictField(Runnable request) {
        try {
            request.run();
        } catch (DaoliNetException e) {
            assertThat(e.getMessage(), e.reason(), is(CONFLICT));
            return e.field();
        }
        throw new AssertionError("request accepted");
    }

    /**
     * Containers racing on both nodes for one MAC: exactly one is registered, the others are
     * refused naming the MAC, and no claim or VIP of the losers remains.
     */
    @Test
    public void concurrentRegistrationsOfOneMacHaveOneWinner() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(CONTENDERS);
        try {
            for (int round = 0; round < 25; round++) {
                int mac = 0x1000 + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int c = 0; c < CONTENDERS; c++) {
                    RegistryFixture node = c % 2 == 0 ? node1 : node2;
                    Container contender = request(round * CONTENDERS + c, mac, 1 + c % 2);
                    outcomes.add(executor.submit(register(node, contender, start)));
                }
                start.countDown();
                int winners = 0;
                for (Future<String> outcome : outcomes) {
                    String result = outcome.get(30, TimeUnit.SECONDS);
                    if (result.equals("registered")) {
                        winners++;
                    } else {
                        assertThat(result, is("CONFLICT on mac"));
                    }
                }
                assertThat("round " + round, winners, is(1));
            }
        } finally {
            executor.shutdownNow();
        }
        assertThat(node1.containers.containers().size(), is(25));
        assertThat(node2.containers.containers().size(), is(25));
        Map<String, Map<Object, Object>> contents = node1.storage.contents();
        assertThat(contents.get("daolinet-vips").size(), is(25));
        // each container holds five claims: its id, name, IP, MAC and port
        assertThat(contents.get("daolinet-container-claims").size(), is(25 * 5));
    }

    private static Callable<String> register(RegistryFixture node, Container contender, CountDownLatch start) {
        return () -> {
            start.await();
            try {
                node.containers.addContainer(contender);
                return "registered";
            } catch (DaoliNetException e) {
                return e.reason() + " on " + e.field();
            }
        };
    }

    /** After both nodes restart, containers keep their VIPs and new ones get fresh VIPs. */
    @Test
    public void clusterRestartKeepsVips() {
        Container a = node1.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        Container b = node2.addContainer("b", web.key(), "10.1.0.3", 2, 6);
        node2.tearDown();
        node1.tearDown();
        node1 = new RegistryFixture(node1.storage, node1.devices);
        node2 = node1.peer();
        assertThat(node1.containers.container("id-a").vip(), is(a.vip()));
        assertThat(node2.containers.containerByVip(b.vip()), is(b));
        Container c = node2.addContainer("c", web.key(), "10.1.0.4", 2, 7);
        assertThat(Set.of(a.vip(), b.vip(), c.vip()).size(), is(3));
    }
}
