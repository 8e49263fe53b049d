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
import org.onlab.osgi.ServiceNotFoundException;
import org.onosproject.cli.AbstractShellCommand;

/**
 * Finds the services a command or completer uses. In ONOS it asks OSGi like every ONOS command
 * ({@link AbstractShellCommand#get}); tests redirect it to a directory of their own, because the
 * OSGi lookup is static and cannot work without a framework.
 */
final class ServiceLookup {

    private volatile ServiceDirectory directory;

    /**
     * Makes later lookups use the given directory instead of OSGi.
     *
     * @param directory service directory
     */
    void redirect(ServiceDirectory directory) {
        this.directory = directory;
    }

    /**
     * Returns a service.
     *
     * @param serviceClass service class
     * @param <T>          service type
     * @return service implementation
     * @throws ServiceNotFoundException if the service is unavailable
     */
    <T> T get(Class<T> serviceClass) {
        ServiceDirectory redirected = directory;
        if (redirected == null) {
            return AbstractShellCommand.get(serviceClass);
        }
        T service = redirected.get(serviceClass);
        if (service == null) {
            throw new ServiceNotFoundException("Service " + serviceClass.getName() + " not found");
        }
        return service;
    }
}
