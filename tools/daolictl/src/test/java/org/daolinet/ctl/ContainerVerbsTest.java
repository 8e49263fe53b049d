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
import org.daolinet.api.Container;
import org.junit.Test;

import java.util.List;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * daolictl container list|shownet|move against the real REST API.
 */
public class ContainerVerbsTest extends DaolictlTestBase {

    private List<String> row(Container container, String server) {
        return List.of(container.tenant(), container.name(), container.id(), container.network().name(),
                       container.ip().toString(), container.mac().toString(), container.vip().toString(), server,
                       container.portName());
    }

    @Test
    public void listsContainersWithServerNames() {
        Result list = ok("container", "list");
        assertEquals(List.of("TENANT", "NAME", "ID", "NETWORK", "IP", "MAC", "VIP", "SERVER", "PORT_NAME"),
                     header(list));
        assertEquals(List.of(row(a, "s1"), row(b, "s1"), row(c, "s2"), row(d, "s1"), row(t2a, "s2"), row(y, "s2")),
                     rows(list));
        assertEquals(List.of(row(t2a, "s2"), row(y, "s2")), rows(ok("container", "list", "-t", "t2")));
        assertEquals(List.of(row(d, "s1")), rows(ok("container", "list", "--network", "db")));
        assertEquals(List.of(row(c, "s2")), rows(ok("container", "list", "--network", "web", "--server", "s2")));
    }

    @Test
    public void listsContainersAsTheServersJson() {
        JsonNode list = ok("container", "list", "--json").json();
        assertThat(list.get("containers").size(), is(6));
        JsonNode first = list.get("containers").get(0);
        assertThat(first.get("id").asText(), is("id-a"));
        assertThat(first.get("server").asText(), is("of:0000000000000001"));
        assertThat(first.get("vip").asText(), is(a.vip().toString()));
        assertThat(first.get("port").asLong(), is(5L));
    }

    @Test
    public void showsTheNetworkOfAContainer() {
        Result shown = ok("container", "shownet", "c");
        assertEquals(List.of("CONTAINER  c (id-c)",
                             "NETWORK    web",
                             "TENANT     default",
                             "CIDR       10.1.0.0/24",
                             "GATEWAY    10.1.0.1",
                             "IP         10.1.0.4",
                             "MAC        " + c.mac(),
                             "VIP        " + c.vip(),
                             "SERVER     s2 (of:0000000000000002)",
                             "PORT_NAME  veth-c"), shown.lines());
        assertThat(ok("container", "shownet", "a", "--tenant", "t2").out, containsString("(id-t2-a)"));

        JsonNode json = ok("container", "shownet", "id-d", "-j").json();
        assertThat(json.get("container").get("name").asText(), is("d"));
        assertThat(json.get("network").get("cidr").asText(), is("10.2.0.0/24"));
        assertThat(json.get("network").get("gateway").asText(), is("10.2.0.1"));
        assertThat(json.get("server").get("name").asText(), is("s1"));
    }

    @Test
    public void movesAContainerKeepingItsPortNameByDefault() {
        ping(a, 5, c.mac(), "10.1.0.4");
        assertThat(server.routing.routing.routesOf(c.id()).isEmpty(), is(false));
        Result moved = ok("container", "move", "c", "--server", "s1");
        Container now = server.registry.containers.container(c.id());
        assertEquals(device(1), now.server());
        assertEquals("veth-c", now.portName());
        assertEquals(c.vip(), now.vip());
        assertEquals(List.of(row(now, "s1")), rows(moved));
        assertThat("its routes went at once", server.routing.routing.routesOf(c.id()).isEmpty(), is(true));
        // the move shows in the container's GET
        assertThat(ok("container", "list", "--server", "s1").out, containsString("id-c"));
    }

    @Test
    public void movesToAPortNameAndByDeviceIdInATenant() {
        JsonNode moved = ok("-t", "t2", "container", "move", "y", "--server", "of:0000000000000001",
                            "--port-name", "veth-y1", "--json").json();
        assertThat(moved.get("id").asText(), is("id-y"));
        assertThat(moved.get("server").asText(), is("of:0000000000000001"));
        assertThat(moved.get("portName").asText(), is("veth-y1"));
        assertEquals("veth-y1", server.registry.containers.container(y.id()).portName());
    }

    @Test
    public void unknownContainersServersAndTakenPortsAreTheServersErrors() {
        assertThat(rejected(404, "container", "container", "shownet", "nope"),
                   is("daolictl: 404 container: container nope is not registered"));
        rejected(404, "container", "container", "move", "nope", "--server", "s1");
        rejected(404, "container", "container", "move", "y", "--server", "s1", "--port-name", "p");
        rejected(404, "server", "container", "move", "c", "--server", "s9");
        rejected(409, "portName", "container", "move", "c", "--server", "s1", "--port-name", "veth-a");
        rejected(400, "portName", "container", "move", "c", "--server", "s1", "--port-name", "bad name");
        rejected(404, "network", "container", "list", "--network", "nonet");
        rejected(404, "server", "container", "list", "--server", "s9");
    }

    @Test
    public void usageErrorsExitWithOne() {
        usageError("container");
        usageError("container", "move", "c");
        usageError("container", "shownet");
        usageError("container", "list", "extra");
    }
}
