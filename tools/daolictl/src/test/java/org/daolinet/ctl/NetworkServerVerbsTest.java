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
package org.daolinet.ctl;

import com.fasterxml.jackson.databind.JsonNode;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkKey;
import org.junit.Test;
import org.onlab.packet.IpAddress;

import java.util.List;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * daolictl network create|list|show|delete and server list against the real REST API.
 */
public class NetworkServerVerbsTest extends DaolictlTestBase {

    private static List<String> row(Network network) {
        return List.of(network.tenant(), network.name(), network.cidr().toString(), network.gateway().toString(),
                       String.valueOf(network.id()), network.gatewayMac().toString(), network.gatewayPort());
    }

    private Network network(String tenant, String name) {
        return server.registry.networks.network(NetworkKey.of(tenant, name));
    }

    @Test
    public void createsListsShowsAndDeletesNetworks() {
        Result created = ok("network", "create", "app", "--subnet", "10.3.0.0/24");
        Network app = network(null, "app");
        assertEquals(IpAddress.valueOf("10.3.0.1"), app.gateway());
        assertEquals(List.of("TENANT", "NAME", "CIDR", "GATEWAY", "ID", "GATEWAY_MAC", "GATEWAY_PORT"),
                     header(created));
        assertEquals(List.of(row(app)), rows(created));

        ok("network", "create", "app", "--subnet", "10.9.0.0/16", "--gateway", "10.9.255.254", "--tenant", "t3");
        assertEquals(IpAddress.valueOf("10.9.255.254"), network("t3", "app").gateway());

        assertEquals(List.of(row(app), row(db), row(web), row(network("t2", "web")), row(network("t3", "app"))),
                     rows(ok("network", "list")));
        assertEquals(List.of(row(network("t3", "app"))), rows(ok("network", "list", "-t", "t3")));
        assertEquals(List.of(row(web)), rows(ok("network", "show", "web")));
        assertEquals(List.of(row(network("t2", "web"))), rows(ok("network", "show", "web", "-t", "t2")));

        assertEquals(List.of("Deleted network t3/app"), ok("-t", "t3", "network", "delete", "app").lines());
        assertThat(network("t3", "app"), nullValue());
        assertThat(network(null, "app").name(), is("app"));
    }

    @Test
    public void printsTheServersJson() {
        JsonNode created = ok("network", "create", "app", "--subnet", "10.3.0.0/24", "--json").json();
        assertThat(created.get("cidr").asText(), is("10.3.0.0/24"));
        assertThat(created.get("gateway").asText(), is("10.3.0.1"));
        assertThat(ok("network", "show", "app", "-j").json(), is(created));
        assertThat(ok("network", "list", "-j").json().get("networks").size(), is(4));
        assertThat(ok("network", "delete", "app", "-j").json(), is(created));
    }

    @Test
    public void badNetworksAreTheServersErrors() {
        rejected(400, "cidr", "network", "create", "app", "--subnet", "10.3.0.0/33");
        rejected(400, "gateway", "network", "create", "app", "--subnet", "10.3.0.0/24", "--gateway", "10.4.0.1");
        rejected(409, "name", "network", "create", "web", "--subnet", "10.7.0.0/24");
        rejected(404, "network", "network", "show", "nope");
        rejected(409, "network", "network", "delete", "web");
        rejected(404, "network", "network", "delete", "db", "-t", "t2");
        usageError("network", "create", "app");
        usageError("network", "delete");
    }

    @Test
    public void listsServers() {
        Result servers = ok("server", "list");
        assertEquals(List.of("NAME", "DEVICE_ID", "IP", "MAC", "UPLINK"), header(servers));
        assertEquals(List.of(List.of("s1", "of:0000000000000001", "192.168.0.1", "52:54:00:00:00:01", "eth1"),
                             List.of("s2", "of:0000000000000002", "192.168.0.2", "52:54:00:00:00:02", "eth2")),
                     rows(servers));
        JsonNode json = ok("server", "list", "--json").json();
        assertThat(json.get("servers").get(1).get("deviceId").asText(), is("of:0000000000000002"));
    }
}
