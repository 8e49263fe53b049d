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

import org.daolinet.api.Server;
import org.daolinet.api.ServerEvent;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.daolinet.api.DaoliNetException.Reason.CONFLICT;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.daolinet.api.ServerEvent.Type.SERVER_ADDED;
import static org.daolinet.api.ServerEvent.Type.SERVER_REMOVED;
import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

/**
 * Specification of the server store: unique device ids, names and IPs, local lookups, events.
 */
public class DistributedServerStoreTest {

    private static final Server S1 = server(1, "s1", "192.168.0.1");
    private static final Server S2 = server(2, "s2", "192.168.0.2");

    private final SharedTestStorageService storage = new SharedTestStorageService();
    private final List<ServerEvent> events = new ArrayList<>();
    private DistributedServerStore store;

    private static Server server(int n, String name, String ip) {
        return Server.builder().deviceId(device(n)).name(name).uplinkPort("eth0").ip(IpAddress.valueOf(ip))
                .mac(MacAddress.valueOf(0x525400000000L + n)).build();
    }

    /**
     * Returns a store activated on the given storage, as on an ONOS node.
     *
     * @param on storage
     * @return active store
     */
    static DistributedServerStore activeStore(SharedTestStorageService on) {
        DistributedServerStore s = new DistributedServerStore();
        s.storageService = on;
        s.activate();
        return s;
    }

    /** Activates a store that records its events. */
    @Before
    public void setUp() {
        store = activeStore(storage);
        store.setDelegate(events::add);
    }

    private void assertEvent(int index, ServerEvent.Type type, Server subject) {
        assertThat(events.get(index).type(), is(type));
        assertThat(events.get(index).subject(), is(subject));
    }

    /** A created server is found by device id, name and IP, and announced. */
    @Test
    public void createdServerIsFoundEverywhere() {
        assertThat(store.createServer(S1), is(S1));
        store.createServer(S2);
        assertThat(store.server(device(1)), is(S1));
        assertThat(store.serverByName("s1"), is(S1));
        assertThat(store.serverByIp(IpAddress.valueOf("192.168.0.1")), is(S1));
        assertThat(store.servers(), containsInAnyOrder(S1, S2));
        assertThat(events.size(), is(2));
        assertEvent(0, SERVER_ADDED, S1);
        assertEvent(1, SERVER_ADDED, S2);
    }

    /** Lookups of what was never registered find nothing. */
    @Test
    public void unknownServerIsNotFound() {
        store.createServer(S1);
        assertThat(store.server(device(9)), nullValue());
        assertThat(store.serverByName("s9"), nullValue());
        assertThat(store.serverByIp(IpAddress.valueOf("192.168.0.9")), nullValue());
    }

    /** Registering the same server again returns the stored one and changes nothing. */
    @Test
    public void identicalRegistrationIsIdempotent() {
        Server stored = store.createServer(S1);
        Map<String, Map<Object, Object>> before = storage.contents();
        assertThat(store.createServer(server(1, "s1", "192.168.0.1")), sameInstance(stored));
        assertThat(storage.contents(), is(before));
        assertThat(events.size(), is(1));
    }

    /** A different server on a registered device id is a conflict, and nothing is stored. */
    @Test
    public void deviceIdIsUnique() {
        store.createServer(S1);
        Map<String, Map<Object, Object>> before = storage.contents();
        assertRejected(CONFLICT, "deviceId", "deviceId: of:0000000000000001 is already registered",
                       () -> store.createServer(server(1, "s9", "192.168.0.9")));
        assertThat(storage.contents(), is(before));
        assertThat(store.server(device(1)), is(S1));
        assertThat(store.serverByName("s9"), nullValue());
        assertThat(events.size(), is(1));
    }

    /** A second server with a registered name is a conflict; its device id and IP stay free. */
    @Test
    public void nameIsUnique() {
        store.createServer(S1);
        Map<String, Map<Object, Object>> before = storage.contents();
        assertRejected(CONFLICT, "name", "name: s1 is already used by of:0000000000000001",
                       () -> store.createServer(server(2, "s1", "192.168.0.2")));
        assertThat(storage.contents(), is(before));
        assertThat(store.server(device(2)), nullValue());
        assertThat(store.createServer(S2), is(S2));
    }

    /** A second server with a registered IP is a conflict; its device id and name stay free. */
    @Test
    public void ipIsUnique() {
        store.createServer(S1);
        Map<String, Map<Object, Object>> before = storage.contents();
        assertRejected(CONFLICT, "ip", "ip: 192.168.0.1 is already used by of:0000000000000001",
                       () -> store.createServer(server(2, "s2", "192.168.0.1")));
        assertThat(storage.contents(), is(before));
        assertThat(store.createServer(S2), is(S2));
    }

    /** Removal forgets the server everywhere, announces it and frees its device id, name and IP. */
    @Test
    public void removeForgetsAndFreesEverything() {
        Map<String, Map<Object, Object>> initial = storage.contents();
        store.createServer(S1);
        assertThat(store.removeServer(device(1)), is(S1));
        assertThat(store.server(device(1)), nullValue());
        assertThat(store.serverByName("s1"), nullValue());
        assertThat(store.serverByIp(S1.ip()), nullValue());
        assertThat(store.servers(), is(empty()));
        assertEvent(1, SERVER_REMOVED, S1);
        assertThat(storage.contents(), is(initial));
        Server again = server(1, "s1-new", "192.168.0.1");
        assertThat(store.createServer(again), is(again));
        assertThat(store.createServer(server(3, "s1", "192.168.0.3")).name(), is("s1"));
    }

    /** Removing an unknown server returns null and announces nothing. */
    @Test
    public void removeOfUnknownServerIsNull() {
        assertThat(store.removeServer(device(1)), nullValue());
        assertThat(events, is(empty()));
    }

    /** A store activated later (a restart, a joining node) loads the registered servers. */
    @Test
    public void laterStoreLoadsRegisteredServers() {
        store.createServer(S1);
        store.createServer(S2);
        store.removeServer(device(2));
        DistributedServerStore restarted = activeStore(storage);
        assertThat(restarted.servers(), contains(S1));
        assertThat(restarted.serverByName("s1"), is(S1));
        assertThat(restarted.serverByIp(S1.ip()), is(S1));
        assertRejected(CONFLICT, "name", () -> restarted.createServer(server(3, "s1", "192.168.0.3")));
    }

    /** Two nodes see each other's changes and enforce uniqueness together. */
    @Test
    public void twoNodesShareServers() {
        DistributedServerStore node2 = activeStore(storage);
        List<ServerEvent> node2Events = new ArrayList<>();
        node2.setDelegate(node2Events::add);
        store.createServer(S1);
        assertThat(node2.serverByName("s1"), is(S1));
        assertThat(node2Events.get(0).type(), is(SERVER_ADDED));
        assertRejected(CONFLICT, "deviceId", () -> node2.createServer(server(1, "other", "192.168.0.9")));
        assertRejected(CONFLICT, "name", () -> node2.createServer(server(2, "s1", "192.168.0.2")));
        assertRejected(CONFLICT, "ip", () -> node2.createServer(server(2, "s2", "192.168.0.1")));
        node2.createServer(S2);
        assertThat(store.server(device(2)), is(S2));
        node2.removeServer(device(1));
        assertThat(store.server(device(1)), nullValue());
        assertThat(store.serverByName("s1"), nullValue());
        assertEvent(2, SERVER_REMOVED, S1);
    }
}
