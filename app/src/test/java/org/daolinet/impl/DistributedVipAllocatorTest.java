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

import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onosproject.cfg.ComponentConfigAdapter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.daolinet.api.DaoliNetException.Reason.CONFLICT;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.daolinet.impl.OsgiPropertyConstants.VIP_POOL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Specification of the VIP allocator: unique VIPs from the configured pool, across the cluster and
 * across restarts.
 */
public class DistributedVipAllocatorTest {

    private final SharedTestStorageService storage = new SharedTestStorageService();
    private DistributedVipAllocator vips;

    /**
     * Returns an allocator activated on the given storage, optionally with a pool.
     *
     * @param on   storage
     * @param pool VIP pool, or null for the default
     * @return active allocator
     */
    static DistributedVipAllocator activeAllocator(SharedTestStorageService on, String pool) {
        DistributedVipAllocator allocator = new DistributedVipAllocator();
        allocator.storageService = on;
        allocator.cfgService = new ComponentConfigAdapter();
        allocator.activate(pool == null ? null : TestComponentContext.withProperty(VIP_POOL, pool));
        return allocator;
    }

    /** Activates an allocator with the default pool. */
    @Before
    public void setUp() {
        vips = activeAllocator(storage, null);
    }

    private static IpAddress ip(String text) {
        return IpAddress.valueOf(text);
    }

    private void configure(String pool) {
        vips.modified(TestComponentContext.withProperty(VIP_POOL, pool));
    }

    private Set<IpAddress> allocateAll(int count, String idPrefix) {
        Set<IpAddress> allocated = new HashSet<>();
        for (int i = 0; i < count; i++) {
            allocated.add(vips.allocate(idPrefix + i));
        }
        return allocated;
    }

    /** By default VIPs come from 100.64.0.0/10, from its first host address on; each is recorded. */
    @Test
    public void defaultPoolIsSharedAddressSpace() {
        assertThat(OsgiPropertyConstants.VIP_POOL_DEFAULT, is("100.64.0.0/10"));
        assertThat(vips.allocate("c1"), is(ip("100.64.0.1")));
        assertThat(vips.allocate("c2"), is(ip("100.64.0.2")));
        assertThat(vips.owner(ip("100.64.0.1")), is("c1"));
        assertThat(vips.owner(ip("100.64.0.2")), is("c2"));
        assertThat(vips.owner(ip("100.64.0.3")), nullValue());
    }

    /** Thousands of VIPs are distinct and all inside the pool. */
    @Test
    public void manyAllocationsAreDistinctAndInsideThePool() {
        IpPrefix pool = IpPrefix.valueOf("100.64.0.0/10");
        Set<IpAddress> allocated = allocateAll(5000, "c");
        assertThat(allocated.size(), is(5000));
        for (IpAddress vip : allocated) {
            assertThat(pool.contains(vip), is(true));
        }
        assertThat(allocated.contains(ip("100.64.0.0")), is(false));
    }

    /** A /29 pool yields exactly its six host addresses, never its network or broadcast address. */
    @Test
    public void poolYieldsOnlyHostAddresses() {
        configure("10.9.0.0/29");
        assertThat(allocateAll(6, "c"), containsInAnyOrder(ip("10.9.0.1"), ip("10.9.0.2"), ip("10.9.0.3"),
                                                           ip("10.9.0.4"), ip("10.9.0.5"), ip("10.9.0.6")));
    }

    /** A /30 pool holds two VIPs; the third request is a conflict naming the pool. */
    @Test
    public void tinyPoolIsExhausted() {
        configure("10.9.0.0/30");
        assertThat(allocateAll(2, "c"), containsInAnyOrder(ip("10.9.0.1"), ip("10.9.0.2")));
        assertRejected(CONFLICT, "vip", "vip: VIP pool 10.9.0.0/30 is exhausted", () -> vips.allocate("c3"));
        assertThat(vips.owner(ip("10.9.0.3")), nullValue());
    }

    /** A released VIP is free again; only its holder can release it. */
    @Test
    public void releaseFreesTheVip() {
        configure("10.9.0.0/30");
        IpAddress first = vips.allocate("c1");
        vips.allocate("c2");
        vips.release(first, "c2");
        assertThat(vips.owner(first), is("c1"));
        assertRejected(CONFLICT, "vip", () -> vips.allocate("c3"));
        vips.release(first, "c1");
        assertThat(vips.owner(first), nullValue());
        assertThat(vips.allocate("c3"), is(first));
        assertThat(vips.owner(first), is("c3"));
    }

    /** A released VIP comes round again only after the rest of the pool: stale rules may still name it. */
    @Test
    public void releasedVipIsReusedLast() {
        configure("10.9.0.0/29");
        IpAddress first = vips.allocate("c1");
        vips.allocate("c2");
        vips.release(first, "c1");
        List<IpAddress> next = new ArrayList<>();
        for (int i = 3; i <= 7; i++) {
            next.add(vips.allocate("c" + i));
        }
        assertThat(next.subList(0, 4), not(hasItem(first)));
        assertThat(next.get(4), is(first));
    }

    /** Pools above 128.0.0.0 work like any other. */
    @Test
    public void highPoolWorks() {
        configure("192.168.100.0/30");
        assertThat(allocateAll(2, "c"), containsInAnyOrder(ip("192.168.100.1"), ip("192.168.100.2")));
    }

    /** A pool given at activation is used from the first VIP on. */
    @Test
    public void poolIsReadAtActivation() {
        DistributedVipAllocator configured = activeAllocator(new SharedTestStorageService(), "10.77.0.0/24");
        assertThat(configured.allocate("c1"), is(ip("10.77.0.1")));
    }

    /** A new pool applies to new VIPs only; existing VIPs stay with their containers. */
    @Test
    public void poolChangeAppliesToNewVipsOnly() {
        IpAddress old = vips.allocate("c1");
        configure("10.200.0.0/24");
        IpAddress fresh = vips.allocate("c2");
        assertThat(IpPrefix.valueOf("10.200.0.0/24").contains(fresh), is(true));
        assertThat(vips.owner(old), is("c1"));
        assertThat(vips.owner(fresh), is("c2"));
    }

    /** Invalid pools are rejected and the old pool is kept. */
    @Test
    public void invalidPoolIsRejected() {
        configure("10.9.0.0/30");
        for (String bad : new String[]{"10.9.0.5/24", "garbage", "10.9.0.0", "10.9.0.0/31", "10.9.0.0/32",
                "2001:db8::/64", "10.9.0.0/33"}) {
            configure(bad);
        }
        assertThat(allocateAll(2, "c"), containsInAnyOrder(ip("10.9.0.1"), ip("10.9.0.2")));
        assertRejected(CONFLICT, "vip", "vip: VIP pool 10.9.0.0/30 is exhausted", () -> vips.allocate("c3"));
    }

    /** A configuration without the property, or no configuration, keeps the pool. */
    @Test
    public void missingPropertyKeepsThePool() {
        configure("10.9.0.0/30");
        vips.modified(new TestComponentContext().set("otherProperty", "1"));
        vips.modified(null);
        assertThat(allocateAll(2, "c"), containsInAnyOrder(ip("10.9.0.1"), ip("10.9.0.2")));
    }

    /** A cursor that restarted from zero never hands out a VIP still held. */
    @Test
    public void heldVipsAreSkipped() throws Exception {
        configure("10.9.0.0/29");
        allocateAll(3, "c");
        storage.counter("daolinet-vip-cursor").set(0).get();
        assertThat(vips.allocate("c9"), is(ip("10.9.0.4")));
    }

    /** An allocator activated later (a restart) keeps every VIP with its holder and hands out others. */
    @Test
    public void restartKeepsVips() {
        configure("10.9.0.0/29");
        Set<IpAddress> before = allocateAll(3, "c");
        vips.deactivate();
        DistributedVipAllocator restarted = activeAllocator(storage, "10.9.0.0/29");
        assertThat(restarted.owner(ip("10.9.0.1")), is("c0"));
        assertThat(before.contains(restarted.allocate("c9")), is(false));
    }

    /** Two nodes allocating in turn never hand out the same VIP. */
    @Test
    public void twoNodesNeverShareAVip() {
        DistributedVipAllocator node2 = activeAllocator(storage, null);
        Set<IpAddress> allocated = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            allocated.add(vips.allocate("a" + i));
            allocated.add(node2.allocate("b" + i));
        }
        assertThat(allocated.size(), is(1000));
        assertThat(node2.owner(ip("100.64.0.1")), is("a0"));
    }

    /** Two nodes allocating at the same time never hand out the same VIP, even from a small pool. */
    @Test
    public void concurrentNodesNeverShareAVip() throws Exception {
        configure("10.9.0.0/22");
        DistributedVipAllocator node2 = activeAllocator(storage, "10.9.0.0/22");
        ExecutorService executor = Executors.newFixedThreadPool(4);
        List<Future<List<IpAddress>>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            DistributedVipAllocator allocator = t % 2 == 0 ? vips : node2;
            String prefix = "t" + t + "-";
            results.add(executor.submit(() -> {
                List<IpAddress> mine = new ArrayList<>();
                for (int i = 0; i < 250; i++) {
                    mine.add(allocator.allocate(prefix + i));
                }
                return mine;
            }));
        }
        Set<IpAddress> allocated = new HashSet<>();
        for (Future<List<IpAddress>> result : results) {
            allocated.addAll(result.get(30, TimeUnit.SECONDS));
        }
        executor.shutdown();
        assertThat(allocated.size(), is(1000));
        for (IpAddress vip : allocated) {
            assertThat(IpPrefix.valueOf("10.9.0.0/22").contains(vip), is(true));
        }
    }
}
