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
package org.daolinet.api;

import com.google.common.testing.EqualsTester;
import org.junit.Test;

import static org.daolinet.api.DaoliNetException.Reason.INVALID;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Specification of network keys: a tenant and a network name, written tenant/name.
 */
public class NetworkKeyTest {

    /** A key holds its tenant and name and prints as tenant/name. */
    @Test
    public void keyHoldsTenantAndName() {
        NetworkKey key = NetworkKey.of("acme", "web");
        assertThat(key.tenant(), is("acme"));
        assertThat(key.name(), is("web"));
        assertThat(key.toString(), is("acme/web"));
    }

    /** A network without a tenant belongs to the default tenant. */
    @Test
    public void missingTenantIsTheDefaultTenant() {
        assertThat(NetworkKey.of(null, "web"), is(NetworkKey.of("default", "web")));
        assertThat(NetworkKey.of("", "web"), is(NetworkKey.of("default", "web")));
        assertThat(NetworkKey.DEFAULT_TENANT, is("default"));
    }

    /** Tenant and network name follow the name rule, each reported under its own field. */
    @Test
    public void tenantAndNameFollowTheNameRule() {
        assertRejected(INVALID, "tenant", () -> NetworkKey.of("ac me", "web"));
        assertRejected(INVALID, "network", () -> NetworkKey.of("acme", "web/1"));
        assertRejected(INVALID, "network", "network: is required", () -> NetworkKey.of("acme", null));
    }

    /** tenant/name is parsed as such, a bare name belongs to the given or the default tenant. */
    @Test
    public void parseReadsTenantSlashName() {
        assertThat(NetworkKey.parse("acme/web", "other"), is(NetworkKey.of("acme", "web")));
        assertThat(NetworkKey.parse("web", "acme"), is(NetworkKey.of("acme", "web")));
        assertThat(NetworkKey.parse("web", null), is(NetworkKey.of("default", "web")));
    }

    /** A parsed key is checked like a built one. */
    @Test
    public void parseRejectsMalformedKeys() {
        assertRejected(INVALID, "network", "network: is required", () -> NetworkKey.parse("", "acme"));
        assertRejected(INVALID, "network", "network: is required", () -> NetworkKey.parse("acme/", null));
        assertRejected(INVALID, "network", () -> NetworkKey.parse("acme/web/1", null));
        assertRejected(INVALID, "tenant", () -> NetworkKey.parse("ac me/web", null));
    }

    /** Keys are equal when tenant and name are. */
    @Test
    public void equalityIsByTenantAndName() {
        new EqualsTester()
                .addEqualityGroup(NetworkKey.of("acme", "web"), NetworkKey.parse("acme/web", null))
                .addEqualityGroup(NetworkKey.of("other", "web"))
                .addEqualityGroup(NetworkKey.of("acme", "db"))
                .testEquals();
    }
}
