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

import org.daolinet.api.ServerService;
import org.daolinet.impl.RegistryFixture;
import org.junit.Test;
import org.onlab.osgi.ServiceNotFoundException;
import org.onlab.osgi.TestServiceDirectory;

import static org.junit.Assert.assertSame;

/**
 * Tests of the service lookup behind the commands and completers.
 */
public class ServiceLookupTest {

    @Test(expected = ServiceNotFoundException.class)
    public void asksOsgiUnlessRedirected() {
        // no OSGi framework runs here, so the lookup ONOS commands use finds nothing
        new ServiceLookup().get(ServerService.class);
    }

    @Test
    public void usesTheRedirectedDirectory() {
        RegistryFixture fixture = new RegistryFixture();
        try {
            ServiceLookup lookup = new ServiceLookup();
            lookup.redirect(new TestServiceDirectory().add(ServerService.class, fixture.servers));
            assertSame(fixture.servers, lookup.get(ServerService.class));
        } finally {
            fixture.tearDown();
        }
    }

    @Test(expected = ServiceNotFoundException.class)
    public void reportsServicesMissingFromTheRedirectedDirectory() {
        ServiceLookup lookup = new ServiceLookup();
        lookup.redirect(new TestServiceDirectory());
        lookup.get(ServerService.class);
    }
}
