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
package org.daolinet.sandbox.platform;

import org.onosproject.core.ApplicationId;
import org.onosproject.core.CoreService;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.core.IdGenerator;
import org.onosproject.core.Version;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Core service of a single ONOS node: application ids are numbered in registration order and kept for the
 * life of the framework, as ONOS keeps them in its cluster-wide id store.
 */
public class SandboxCoreService implements CoreService {

    private static final Version VERSION = Version.version("2.7.0");

    private final AtomicInteger nextAppId = new AtomicInteger(1);
    private final Map<String, ApplicationId> byName = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> idBlocks = new ConcurrentHashMap<>();

    @Override
    public Version version() {
        return VERSION;
    }

    @Override
    public Set<ApplicationId> getAppIds() {
        return Set.copyOf(byName.values());
    }

    @Override
    public ApplicationId getAppId(Short id) {
        return byName.values().stream().filter(a -> a.id() == id).findFirst().orElse(null);
    }

    @Override
    public ApplicationId getAppId(String name) {
        return byName.get(name);
    }

    @Override
    public ApplicationId registerApplication(String name) {
        return byName.computeIfAbsent(name, n -> new DefaultApplicationId(nextAppId.getAndIncrement(), n));
    }

    @Override
    public ApplicationId registerApplication(String name, Runnable preDeactivate) {
        // a single node is never asked to deactivate an application cluster-wide
        return registerApplication(name);
    }

    @Override
    public IdGenerator getIdGenerator(String topic) {
        AtomicLong ids = idBlocks.computeIfAbsent(topic, t -> new AtomicLong());
        return ids::incrementAndGet;
    }
}
