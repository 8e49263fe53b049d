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

import com.fasterxml.jackson.databind.JsonNode;
import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkKey;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Tests of daolinet-networks, daolinet-network-create and daolinet-network-delete.
 */
public class NetworkCommandsTest extends CommandTestBase {

    private Network web;
    private Network db;

    @Before
    public void setUp() {
        f.addServer(1);
        web = f.addNetwork(null, "web", "10.1.0.0/24");
        db = f.addNetwork("acme", "db", "10.2.0.0/16");
        f.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        f.addContainer("b", web.key(), "10.1.0.3", 1, 6);
    }

    private static NetworkCreateCommand create(String tenant, String gateway, String name, String cidr) {
        NetworkCreateCommand command = new NetworkCreateCommand();
        command.tenant = tenant;
        command.gateway = gateway;
        command.name = name;
        command.cidr = cidr;
        return command;
    }

    private static NetworkDeleteCommand delete(String tenant, String network) {
        NetworkDeleteCommand command = new NetworkDeleteCommand();
        command.tenant = tenant;
        command.network = network;
        return command;
    }

    private static NetworksListCommand list(String tenant) {
        NetworksListCommand command = new NetworksListCommand();
        command.tenant = tenant;
        return command;
    }

    @Test
    public void listsNetworksAsTable() {
        List<String> lines = ok(list(null)).lines();
        assertEquals(3, lines.size());
        assertEquals(List.of("NETWORK", "CIDR", "GATEWAY", "ID", "GATEWAY", "MAC", "GATEWAY", "PORT", "CONTAINERS"),
                     cells(lines.get(0)));
        // sorted by tenant, then name
        assertEquals(List.of("acme/db", "10.2.0.0/16", "10.2.0.1", String.valueOf(db.id()),
                             db.gatewayMac().toString(), db.gatewayPort(), "0"), cells(lines.get(1)));
        assertEquals(List.of("default/web", "10.1.0.0/24", "10.1.0.1", String.valueOf(web.id()),
                             web.gatewayMac().toString(), web.gatewayPort(), "2"), cells(lines.get(2)));
    }

    @Test
    public void listsNetworksOfOneTenant() {
        List<String> lines = ok(list("acme")).lines();
        assertEquals(2, lines.size());
        assertEquals("acme/db", cells(lines.get(1)).get(0));
        assertEquals(1, ok(list("nobody")).lines().size());
    }

    @Test
    public void listsNetworksAsJson() {
        JsonNode json = runJson(list(null)).json();
        assertThat(json.isArray(), is(true));
        assertEquals(2, json.size());
        JsonNode first = json.get(0);
        assertEquals("acme", first.get("tenant").asText());
        assertEquals("db", first.get("name").asText());
        assertEquals("10.2.0.0/16", first.get("cidr").asText());
        assertEquals("10.2.0.1", first.get("gateway").asText());
        assertEquals(db.id(), first.get("id").asInt());
        assertEquals("web", json.get(1).get("name").asText());

        JsonNode acme = runJson(list("default")).json();
        assertEquals(1, acme.size());
        assertEquals("web", acme.get(0).get("name").asText());
    }

    @Test
    public void rejectsBadTenantFilter() {
        assertRejected(list("no tenant"), "tenant");
    }

    @Test
    public void createsNetworkWithDefaultGateway() {
        Output output = ok(create(null, null, "app", "10.3.0.0/24"));
        Network app = f.networks.network(NetworkKey.of(null, "app"));
        assertThat(app, notNullValue());
        assertEquals(IpPrefix.valueOf("10.3.0.0/24"), app.cidr());
        assertEquals(IpAddress.valueOf("10.3.0.1"), app.gateway());
        assertEquals(List.of("Created network default/app: cidr=10.3.0.0/24, gateway=10.3.0.1, id=" + app.id()
                                     + ", gatewayMac=" + app.gatewayMac() + ", gatewayPort=" + app.gatewayPort()),
                     output.lines());
    }

    @Test
    public void createsNetworkInTenantWithGatewayAsJson() {
        JsonNode json = runJson(create("acme", "10.3.0.254", "app", "10.3.0.0/24")).json();
        Network app = f.networks.network(NetworkKey.of("acme", "app"));
        assertEquals(IpAddress.valueOf("10.3.0.254"), app.gateway());
        assertEquals("acme", json.get("tenant").asText());
        assertEquals("app", json.get("name").asText());
        assertEquals("10.3.0.0/24", json.get("cidr").asText());
        assertEquals("10.3.0.254", json.get("gateway").asText());
        assertEquals(app.id(), json.get("id").asInt());
        assertEquals(app.gatewayMac().toString(), json.get("gatewayMac").asText());
        assertEquals(app.gatewayPort(), json.get("gatewayPort").asText());
    }

    @Test
    public void tenantsMayReuseSubnets() {
        ok(create("other", null, "web", "10.1.0.0/24"));
        assertThat(f.networks.network(NetworkKey.of("other", "web")), notNullValue());
    }

    @Test
    public void creatingTheSameNetworkAgainIsHarmless() {
        Output output = ok(create(null, null, "web", "10.1.0.0/24"));
        assertThat(output.out, containsString("default/web"));
        assertEquals(web, f.networks.network(web.key()));
    }

    @Test
    public void rejectsBadNames() {
        assertRejected(create(null, null, "bad name", "10.3.0.0/24"), "name");
        assertRejected(create(null, null, "x".repeat(65), "10.3.0.0/24"), "name");
        assertRejected(create(null, null, "a/b", "10.3.0.0/24"), "name");
        assertRejected(create("bad tenant", null, "app", "10.3.0.0/24"), "tenant");
        assertRejected(create("t".repeat(65), null, "app", "10.3.0.0/24"), "tenant");
    }

    @Test
    public void rejectsMalformedCidrs() {
        assertRejected(create(null, null, "app", "10.3.0.0"), "cidr");
        assertRejected(create(null, null, "app", "10.3.0/24"), "cidr");
        assertRejected(create(null, null, "app", "10.3.0.0/abc"), "cidr");
        assertRejected(create(null, null, "app", "10.3.0.0/33"), "cidr");
        assertRejected(create(null, null, "app", ""), "cidr");
        assertRejected(create(null, null, "app", "/24"), "cidr");
        assertRejected(create(null, null, "app", "10.3.0.0/-1"), "cidr");
        assertRejected(create(null, null, "app", "10.3.0.0/99999999999"), "cidr");
        assertRejected(create(null, null, "app", "10.3.0.256/24"), "cidr");
    }

    @Test
    public void rejectsCidrWithHostBits() {
        String error = assertRejected(create(null, null, "app", "10.3.0.1/24"), "cidr");
        assertThat(error, containsString("host bits"));
    }

    @Test
    public void rejectsIpv6Cidr() {
        String error = assertRejected(create(null, null, "app", "fd00::/64"), "cidr");
        assertThat(error, containsString("IPv6"));
    }

    @Test
    public void rejectsPrefixLengthsOutsideTheUsableRange() {
        assertRejected(create(null, null, "app", "10.3.0.0/30"), "cidr");
        assertRejected(create(null, null, "app", "10.0.0.0/7"), "cidr");
    }

    @Test
    public void rejectsGatewayOutsideCidr() {
        String error = assertRejected(create(null, "10.4.0.1", "app", "10.3.0.0/24"), "gateway");
        assertThat(error, containsString("outside"));
        assertRejected(create(null, "10.3.0.0", "app", "10.3.0.0/24"), "gateway");
        assertRejected(create(null, "10.3.0.255", "app", "10.3.0.0/24"), "gateway");
        assertRejected(create(null, "10.3.0", "app", "10.3.0.0/24"), "gateway");
        assertRejected(create(null, "fd00::1", "app", "10.3.0.0/24"), "gateway");
    }

    @Test
    public void rejectsOverlappingNetworksInOneTenant() {
        String error = assertRejected(create(null, null, "app", "10.1.0.128/25"), "cidr");
        assertThat(error, containsString("overlaps"));
        assertRejected(create(null, null, "app", "10.0.0.0/8"), "cidr");
        assertRejected(create("acme", null, "app", "10.2.1.0/24"), "cidr");
    }

    @Test
    public void rejectsNameTakenWithOtherSettings() {
        assertRejected(create(null, null, "web", "10.9.0.0/24"), "name");
        assertRejected(create(null, "10.1.0.9", "web", "10.1.0.0/24"), "name");
    }

    @Test
    public void deletesNetworkByNameInTenant() {
        Output output = ok(delete("acme", "db"));
        assertThat(f.networks.network(db.key()), nullValue());
        assertEquals(List.of("Deleted network acme/db: cidr=10.2.0.0/16, gateway=10.2.0.1, id=" + db.id()
                                     + ", gatewayMac=" + db.gatewayMac() + ", gatewayPort=" + db.gatewayPort()),
                     output.lines());
    }

    @Test
    public void deletesNetworkByTenantSlashNameAsJson() {
        JsonNode json = runJson(delete(null, "acme/db")).json();
        assertEquals("db", json.get("name").asText());
        assertEquals("acme", json.get("tenant").asText());
        assertThat(f.networks.network(db.key()), nullValue());
    }

    @Test
    public void rejectsDeletingUnknownNetwork() {
        assertRejected(delete(null, "db"), "network");
        assertRejected(delete("other", "web"), "network");
        assertRejected(delete(null, "bad name"), "network");
    }

    @Test
    public void rejectsContradictoryTenant() {
        String error = assertRejected(delete("other", "acme/db"), "tenant");
        assertThat(error, containsString("contradicts"));
    }

    @Test
    public void rejectsDeletingNetworkWithContainers() {
        String error = assertRejected(delete(null, "web"), "network");
        assertThat(error, containsString("still has 2 containers"));
        for (Container c : f.containers.containers(web.key())) {
            f.containers.removeContainer(c.id());
        }
        ok(delete(null, "web"));
        assertThat(f.networks.network(web.key()), nullValue());
    }
}
