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

import org.onosproject.rest.ApiDocProvider;
import org.onosproject.rest.ApiDocService;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registry of the REST API documents that web bundles offer, by key (their context path), as ONOS's
 * API documentation service keeps them for its /onos/v1/docs pages.
 */
public class ApiDocRegistry implements ApiDocService {

    private final Map<String, ApiDocProvider> providers = new ConcurrentHashMap<>();

    @Override
    public void register(ApiDocProvider provider) {
        providers.put(provider.key(), provider);
    }

    @Override
    public void unregister(ApiDocProvider provider) {
        providers.remove(provider.key(), provider);
    }

    @Override
    public Set<ApiDocProvider> getDocProviders() {
        return Set.copyOf(providers.values());
    }

    @Override
    public ApiDocProvider getDocProvider(String key) {
        return providers.get(key);
    }
}
