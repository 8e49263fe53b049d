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

/**
 * Identity of a network: its tenant and its name within the tenant, written {@code tenant/name}.
 */
public final class NetworkKey {

    /** Tenant of networks created without one. */
    public static final String DEFAULT_TENANT = "default";

    private static final char SEPARATOR = '/';

    private final String tenant;
    private final String name;

    private NetworkKey(String tenant, String name) {
        this.tenant = tenant;
        this.name = name;
    }

    /**
     * Returns the key of a network.
     *
     * @param tenant tenant, or null for the default tenant
     * @param name   network name
     * @return key
     */
    public static NetworkKey of(String tenant, String name) {
        String t = tenant == null || tenant.isEmpty() ? DEFAULT_TENANT : tenant;
        return new NetworkKey(Validation.name("tenant", t), Validation.name("network", name));
    }

    /**
     * Parses {@code tenant/name}, or a bare {@code name} of the given default tenant.
     *
     * @param text          text
     * @param defaultTenant tenant of a bare name, or null for the default tenant
     * @return key
     */
    public static NetworkKey parse(String text, String defaultTenant) {
        Validation.present("network", text);
        int slash = text.indexOf(SEPARATOR);
        return slash < 0 ? of(defaultTenant, text) : of(text.substring(0, slash), text.substring(slash + 1));
    }

    /**
     * Returns the tenant.
     *
     * @return tenant
     */
    public String tenant() {
        return tenant;
    }

    /**
     * Returns the network name within the tenant.
     *
     * @return name
     */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NetworkKey)) {
            return false;
        }
        NetworkKey that = (NetworkKey) o;
        return tenant.equals(that.tenant) && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        // Objects.hash's value, without its varargs array: networks are hashed on the PacketIn path
        return 31 * (31 + tenant.hashCode()) + name.hashCode();
    }

    @Override
    public String toString() {
        return tenant + SEPARATOR + name;
    }
}
