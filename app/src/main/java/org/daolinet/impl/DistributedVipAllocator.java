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

import org.daolinet.api.DaoliNetException;
import org.daolinet.api.Validation;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onosproject.cfg.ComponentConfigService;
import org.onosproject.store.serializers.KryoNamespaces;
import org.onosproject.store.service.AtomicCounter;
import org.onosproject.store.service.ConsistentMap;
import org.onosproject.store.service.Serializer;
import org.onosproject.store.service.StorageService;
import org.onosproject.store.service.Versioned;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.slf4j.Logger;

import java.util.Dictionary;

import static org.daolinet.impl.OsgiPropertyConstants.VIP_POOL;
import static org.daolinet.impl.OsgiPropertyConstants.VIP_POOL_DEFAULT;
import static org.onlab.util.Tools.get;
import static org.slf4j.LoggerFactory.getLogger;

/**
 * VIP allocator on ONOS primitives: a cluster-wide counter picks the next candidate in the pool and
 * a consistent map records who holds each VIP ({@code putIfAbsent}), so two ONOS nodes never hand
 * out the same VIP and a restart renumbers nothing. Candidates walk the whole pool before any
 * address comes round again, so a released VIP is not reused while stale rules may still name it.
 */
@Component(immediate = true, service = VipAllocator.class,
        property = {VIP_POOL + "=" + VIP_POOL_DEFAULT})
public class DistributedVipAllocator implements VipAllocator {

    /** Candidates tried before the pool is declared exhausted. */
    private static final int MAX_ATTEMPTS = 4096;
    /** Largest prefix length of a pool: at least two usable VIPs. */
    private static final int MAX_POOL_PREFIX = 30;

    private final Logger log = getLogger(getClass());

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected StorageService storageService;

    @Reference(cardinality = ReferenceCardinality.MANDATORY)
    protected ComponentConfigService cfgService;

    /** Pool of container VIPs (an IPv4 CIDR, default 100.64.0.0/10); existing VIPs keep their addresses. */
    private String vipPool = VIP_POOL_DEFAULT;

    private volatile IpPrefix pool = IpPrefix.valueOf(VIP_POOL_DEFAULT);
    private ConsistentMap<IpAddress, String> holders;
    private AtomicCounter cursor;

    @Activate
    protected void activate(ComponentContext context) {
        cfgService.registerProperties(getClass());
        holders = storageService.<IpAddress, String>consistentMapBuilder()
                .withName("daolinet-vips")
                .withSerializer(Serializer.using(KryoNamespaces.API))
                .build();
        cursor = storageService.atomicCounterBuilder().withName("daolinet-vip-cursor").build().asAtomicCounter();
        modified(context);
        log.info("Started with VIP pool {}", pool);
    }

    @Deactivate
    protected void deactivate() {
        cfgService.unregisterProperties(getClass(), false);
        log.info("Stopped");
    }

    @Modified
    protected void modified(ComponentContext context) {
        Dictionary<?, ?> properties = context == null ? null : context.getProperties();
        String value = properties == null ? null : get(properties, VIP_POOL);
        if (value == null) {
            return;
        }
        try {
            IpPrefix prefix = Validation.cidr(VIP_POOL, value);
            if (prefix.prefixLength() > MAX_POOL_PREFIX) {
                throw DaoliNetException.invalid(VIP_POOL, "%s holds too few addresses", prefix);
            }
            pool = prefix;
            vipPool = value;
            log.info("VIP pool set to {}", pool);
        } catch (DaoliNetException e) {
            log.error("Rejected configuration, keeping VIP pool {}: {}", pool, e.getMessage());
        }
    }

    @Override
    public IpAddress allocate(String containerId) {
        IpPrefix p = pool;
        long hosts = (1L << (IpAddress.INET_BIT_LENGTH - p.prefixLength())) - 2;
        int base = p.address().getIp4Address().toInt();
        long attempts = Math.min(hosts, MAX_ATTEMPTS);
        for (long i = 0; i < attempts; i++) {
            long offset = Math.floorMod(cursor.incrementAndGet() - 1, hosts) + 1;
            IpAddress candidate = IpAddress.valueOf((int) (base + offset));
            Versioned<String> prev = holders.putIfAbsent(candidate, containerId);
            if (prev == null || prev.value().equals(containerId)) {
                return candidate;
            }
        }
        throw DaoliNetException.conflict("vip", "VIP pool %s is exhausted", p);
    }

    @Override
    public void release(IpAddress vip, String containerId) {
        holders.remove(vip, containerId);
    }

    @Override
    public String owner(IpAddress vip) {
        return Versioned.valueOrNull(holders.get(vip));
    }
}
