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
package org.daolinet.cli;

import org.onlab.osgi.ServiceDirectory;
import org.onosproject.cli.AbstractChoicesCompleter;

/**
 * Base of the DaoliNet completers: choices computed from the DaoliNet services, found by a lookup
 * that tests can redirect.
 */
public abstract class DaoliNetCompleter extends AbstractChoicesCompleter {

    private final ServiceLookup services = new ServiceLookup();

    /**
     * Makes the completer find its services in the given directory instead of OSGi (for tests).
     *
     * @param directory service directory
     */
    void redirectServices(ServiceDirectory directory) {
        services.redirect(directory);
    }

    /**
     * Returns a service.
     *
     * @param serviceClass service class
     * @param <T>          service type
     * @return service implementation
     */
    protected <T> T service(Class<T> serviceClass) {
        return services.get(serviceClass);
    }
}
