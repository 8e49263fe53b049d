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
package org.daolinet.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.NetworkKey;
import org.junit.Test;

import javax.ws.rs.core.Response;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * REST tests of {@code /networks}.
 */
public class NetworkWebResourceTest extends DaoliNetResourceTest {

    private static final String NETWORKS = "networks";

    /**
     * Returns the JSON of a network of the default tenant, without a gateway.
     *
     * @param name network name
     * @param cidr subnet
     * @return JSON
     */
    private static ObjectNode network(String name, String cidr) {
        return MAPPER.createObjectNode().put("name", name).put("cidr", cidr);
    }

    /**
     * Returns the JSON of a network of a tenant.
     *
     * @param tenant tenant
     * @param name   network name
     * @param cidr   subnet
     * @return JSON
     */
    private static ObjectNode network(String tenant, String name, String cidr) {
        return network(name, cidr).put("tenant", tenant);
    }

    @Test
    public void createsGetsListsAndDeletes() {
        assertThat(body(get(NETWORKS), 200).get(NETWORKS).size(), is(0));

        Response created = post(NETWORKS, network("web", "10.1.0.0/24"));
        JsonNode web = body(created, 201);
        assertThat(web.get("tenant").asText(), is("default"));
        assertThat(web.get("name").asText(), is("web"));
        assertThat(web.get("cidr").asText(), is("10.1.0.0/24"));
        assertThat(web.get("gateway").asText(), is("10.1.0.1"));
        int id = web.get("id").asInt();
        assertThat(web.get("gatewayMac").asText(), is(String.format("02:DA:01:00:00:%02X", id)));
        assertThat(web.get("gatewayPort").asText(), is("dlgw" + id));
        assertThat(created.getLocation().toString(), endsWith("/networks/default/web"));
        assertThat(body(client().target(created.getLocation()).request().get(), 200), is(web));
        assertThat(body(get("networks/web"), 200), is(web));
        assertThat(f.networks.network(NetworkKey.of(null, "web")).id(), is(id));

        JsonNode db = body(post(NETWORKS, network("t2", "db", "10.2.0.0/24").put("gateway", "10.2.0.254")), 201);
        assertThat(db.get("gateway").asText(), is("10.2.0.254"));
        assertThat(body(get("networks/t2/db"), 200), is(db));
        JsonNode app = body(post(NETWORKS, network("t2", "app", "10.3.0.0/16")), 201);

        JsonNode all = body(get(NETWORKS), 200).get(NETWORKS);
        assertThat(all.size(), is(3));
        assertThat(all.get(0), is(web));
        assertThat(all.get(1), is(app));
        assertThat(all.get(2), is(db));
        JsonNode t2 = body(get(NETWORKS, "tenant", "t2"), 200).get(NETWORKS);
        assertThat(t2.size(), is(2));
        assertThat(t2.get(0), is(app));
        assertThat(body(get(NETWORKS, "tenant", "nobody"), 200).get(NETWORKS).size(), is(0));

        assertThat(body(delete("networks/t2/db"), 200), is(db));
        assertError(get("networks/t2/db"), 404, "network");
        assertThat(body(delete("networks/web"), 200), is(web));
        assertThat(f.networks.network(NetworkKey.of(null, "web")), nullValue());
        assertEquals(1, f.networks.networks().size());
    }

    @Test
    public void repeatedCreationIsHarmless() {
        JsonNode web = body(post(NETWORKS, network("web", "10.1.0.0/24")), 201);
        Response again = post(NETWORKS, network("default", "web", "10.1.0.0/24").put("gateway", "10.1.0.1"));
        assertThat(body(again, 200), is(web));
        assertThat(again.getLocation(), nullValue());
        assertEquals(1, f.networks.networks().size());
    }

    @Test
    public void rejectsTheNameOfAnotherNetwork() {
        body(post(NETWORKS, network("web", "10.1.0.0/24")), 201);
        assertRejected(409, "name", () -> post(NETWORKS, network("web", "10.9.0.0/24")));
        assertRejected(409, "name", () -> post(NETWORKS, network("web", "10.1.0.0/24").put("gateway", "10.1.0.9")));
        // the same name in another tenant is another network
        body(post(NETWORKS, network("t2", "web", "10.9.0.0/24")), 201);
    }

    @Test
    public void rejectsOverlapsWithinTheTenantOnly() {
        body(post(NETWORKS, network("web", "10.1.0.0/24")), 201);
        assertRejected(409, "cidr", () -> post(NETWORKS, network("db", "10.1.0.0/24")));
        assertRejected(409, "cidr", () -> post(NETWORKS, network("db", "10.0.0.0/8")));
        assertRejected(409, "cidr", () -> post(NETWORKS, network("db", "10.1.0.128/25")));
        // the failed requests left the subnet of the tenant free only where it was
        body(post(NETWORKS, network("db", "10.2.0.0/24")), 201);
        body(post(NETWORKS, network("t2", "web", "10.1.0.0/24")), 201);
        body(post(NETWORKS, network("t3", "big", "10.0.0.0/8")), 201);
        assertEquals(4, f.networks.networks().size());
    }

    @Test
    public void rejectsInvalidSubnets() {
        for (String cidr : new String[]{"10.1.0.0", "10.1.0/24", "ten/24", "10.1.0.0/", "10.1.0.0/x", "/24"}) {
            assertRejected(400, "cidr", () -> post(NETWORKS, network("web", cidr)));
        }
        // host bits set
        String message = assertRejected(400, "cidr", () -> post(NETWORKS, network("web", "10.1.0.1/24")));
        assertThat(message, endsWith("(did you mean 10.1.0.0/24?)"));
        // IPv6
        assertRejected(400, "cidr", () -> post(NETWORKS, network("web", "fd00::/64")));
        // prefix lengths outside /8 to /29
        for (String cidr : new String[]{"10.1.0.0/33", "10.1.0.0/-1", "10.1.0.0/30", "10.1.0.1/32", "10.0.0.0/7"}) {
            assertRejected(400, "cidr", () -> post(NETWORKS, network("web", cidr)));
        }
        assertThat(f.networks.networks().isEmpty(), is(true));
    }

    @Test
    public void rejectsInvalidGateways() {
        ObjectNode web = network("web", "10.1.0.0/24");
        assertRejected(400, "gateway", () -> post(NETWORKS, with(web, "gateway", "10.2.0.1")));
        assertRejected(400, "gateway", () -> post(NETWORKS, with(web, "gateway", "10.1.0.0")));
        assertRejected(400, "gateway", () -> post(NETWORKS, with(web, "gateway", "10.1.0.255")));
        assertRejected(400, "gateway", () -> post(NETWORKS, with(web, "gateway", "10.1.0")));
        assertRejected(400, "gateway", () -> post(NETWORKS, with(web, "gateway", "fd00::1")));
        assertThat(f.networks.networks().isEmpty(), is(true));
        body(post(NETWORKS, with(web, "gateway", "10.1.0.254")), 201);
    }

    @Test
    public void rejectsInvalidNames() {
        for (String name : new String[]{"we b", "web/1", "w".repeat(65), "w\u00e9b"}) {
            assertRejected(400, "name", () -> post(NETWORKS, network(name, "10.1.0.0/24")));
            assertRejected(400, "tenant", () -> post(NETWORKS, network(name, "web", "10.1.0.0/24")));
        }
        assertRejected(400, "tenant", () -> get(NETWORKS, "tenant", "t 2"));
        assertRejected(400, "tenant", () -> get("networks/t%202/web"));
        assertRejected(400, "network", () -> get("networks/t2/we%20b"));
        assertThat(f.networks.networks().isEmpty(), is(true));
        body(post(NETWORKS, network("w".repeat(64), "10.1.0.0/24")), 201);
    }

    @Test
    public void rejectsMissingAndMistypedFields() {
        ObjectNode web = network("t2", "web", "10.1.0.0/24").put("gateway", "10.1.0.1");
        for (String field : new String[]{"name", "cidr"}) {
            assertRejected(400, field, () -> post(NETWORKS, with(web, field, null)));
            assertRejected(400, field, () -> post(NETWORKS, with(web, field, "")));
        }
        for (String field : new String[]{"tenant", "name", "cidr", "gateway"}) {
            assertRejected(400, field, () -> post(NETWORKS, with(web, field, IntNode.valueOf(24))));
            assertRejected(400, field, () -> post(NETWORKS, with(web, field, MAPPER.createObjectNode())));
        }
        assertRejected(400, "body", () -> post(NETWORKS, "{\"name\": \"web\", \"cidr\": 10.1.0.0/24}"));
        assertRejected(400, "body", () -> post(NETWORKS, "[]"));
        assertThat(f.networks.networks().isEmpty(), is(true));
    }

    @Test
    public void unknownNetworksAreNotFound() {
        body(post(NETWORKS, network("web", "10.1.0.0/24")), 201);
        assertRejected(404, "network", () -> get("networks/db"));
        assertRejected(404, "network", () -> get("networks/t2/web"));
        assertRejected(404, "network", () -> delete("networks/db"));
        assertRejected(404, "network", () -> delete("networks/t2/web"));
    }

    @Test
    public void keepsNetworksWithContainers() {
        f.addServer(1);
        f.addContainer("a", f.addNetwork("t2", "web", "10.1.0.0/24").key(), "10.1.0.2", 1, 5);
        String message = assertRejected(409, "network", () -> delete("networks/t2/web"));
        assertThat(message, endsWith("still has 1 containers"));
        f.containers.removeContainer("id-a");
        body(delete("networks/t2/web"), 200);
        assertThat(f.networks.networks().isEmpty(), is(true));
    }
}
