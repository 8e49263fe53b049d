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

import org.onosproject.rest.ApiDocProvider;
import org.onosproject.rest.ApiDocService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Reads the REST API document that a web bundle registered with ONOS's API documentation service.
 */
public class ApiDocProbe implements Function<String, String> {

    /**
     * Returns the OpenAPI document registered under a key.
     *
     * @param key document key, the web bundle's context path
     * @return the document's JSON text, or null if no document is registered under the key or it has none
     */
    @Override
    public String apply(String key) {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceReference<ApiDocService> ref = context.getServiceReference(ApiDocService.class);
        if (ref == null) {
            throw new IllegalStateException("no " + ApiDocService.class.getName() + " service");
        }
        ApiDocProvider provider = context.getService(ref).getDocProvider(key);
        if (provider == null) {
            return null;
        }
        try (InputStream docs = provider.docs()) {
            return docs == null ? null : new String(docs.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            context.ungetService(ref);
        }
    }
}
