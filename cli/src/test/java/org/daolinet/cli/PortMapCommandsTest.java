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
import org.daolinet.api.PortMapping;
import org.junit.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.daolinet.impl.RegistryFixture.device;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Tests of daolinet-portmap-create, daolinet-portmap-delete and daolinet-portmaps.
 */
public class PortMapCommandsTest extends PolicyCommandTestBase {

    private static final int TCP = 6;
    private static final int UDP = 17;

    private static PortMapCreateCommand create(String name, String container, String rule) {
        PortMapCreateCommand command = new PortMapCreateCommand();
        command.name = name;
        command.container = container;
        command.rule = rule;
        return command;
    }

    private static PortMapDeleteCommand delete(String name) {
        PortMapDeleteCommand command = new PortMapDeleteCommand();
        command.name = name;
        return command;
    }

    private static PortMapsListCommand list(String container, String tenant) {
        PortMapsListCommand command = new PortMapsListCommand();
        command.container = container;
        command.tenant = tenant;
        return command;
    }

    @Test
    public void createsListsAndDeletes() {
        assertEquals(List.of("Created port mapping http: container=a (id-a), protocol=tcp, server=s1 "
                                     + "(of:0000000000000001), serverPort=8080, containerPort=80"),
                     ok(create("http", "a", "8080:80")).lines());
        PortMapping http = routing.mappings.mapping("http");
        assertThat(routing.mappings.mappingAt(device(1), TCP, 8080), is(http));

        PortMapCreateCommand dns = create("dns", "a", "53:5353");
        dns.tenant = "t2";
        dns.protocol = "udp";
        dns.server = "s1";
        ok(dns);
        assertThat(routing.mappings.mappingAt(device(1), UDP, 53).containerId(), is("id-t2-a"));
        PortMapCreateCommand byIds = create("c-http", "id-c", "8080:80");
        byIds.server = "of:0000000000000002";
        ok(byIds);

        List<String> lines = ok(list(null, null)).lines();
        assertEquals(List.of("NAME", "CONTAINER", "PROTOCOL", "SERVER", "SERVER", "PORT", "CONTAINER", "PORT"),
                     cells(lines.get(0)));
        assertEquals(List.of("c-http", "default/c", "tcp", "s2", "8080", "80"), cells(lines.get(1)));
        assertEquals(List.of("dns", "t2/a", "udp", "s1", "53", "5353"), cells(lines.get(2)));
        assertEquals(List.of("http", "default/a", "tcp", "s1", "8080", "80"), cells(lines.get(3)));
        assertEquals(List.of("dns"), names(ok(list("a", "t2"))));
        assertEquals(List.of("http"), names(ok(list("a", null))));
        assertEquals(List.of(), names(ok(list("b", null))));

        assertEquals(List.of("Deleted port mapping http: container=a (id-a), protocol=tcp, server=s1 "
                                     + "(of:0000000000000001), serverPort=8080, containerPort=80"),
                     ok(delete("http")).lines());
        assertThat(routing.mappings.mapping("http"), nullValue());
        assertThat(routing.mappings.mappingAt(device(1), TCP, 8080), nullValue());
        assertEquals(List.of("c-http", "dns"), names(ok(list(null, null))));
    }

    private static List<String> names(Output listing) {
        return listing.lines().stream().skip(1).map(l -> cells(l).get(0)).collect(Collectors.toList());
    }

    @Test
    public void printsJsonThroughTheCodec() {
        JsonNode created = runJson(create("http", "a", "8080:80")).json();
        assertEquals("{\"name\":\"http\",\"container\":\"id-a\",\"containerName\":\"a\",\"protocol\":\"tcp\","
                             + "\"server\":\"of:0000000000000001\",\"serverName\":\"s1\",\"serverPort\":8080,"
                             + "\"containerPort\":80}", created.toString());
        JsonNode list = runJson(list(null, null)).json();
        assertEquals(1, list.size());
        assertEquals(created, list.get(0));
        assertEquals(created, runJson(delete("http")).json());
    }

    @Test
    public void serverPortsAreClaimedPerServerAndProtocol() {
        ok(create("http", "a", "8080:80"));
        assertThat(assertPolicyRejected(create("other", "b", "8080:81"), "serverPort"),
                   is("Error: serverPort: " + device(1) + "/tcp/8080 is already used by http"));
        PortMapCreateCommand udp = create("udp", "b", "8080:81");
        udp.protocol = "udp";
        ok(udp);
        PortMapCreateCommand elsewhere = create("elsewhere", "b", "8080:81");
        elsewhere.server = "s2";
        ok(elsewhere);
        assertThat(routing.mappings.mappingAt(device(2), TCP, 8080), notNullValue());
    }

    @Test
    public void rejectsDuplicateNames() {
        ok(create("http", "a", "8080:80"));
        assertPolicyRejected(create("http", "b", "8081:80"), "name");
    }

    @Test
    public void rejectsUnknownReferences() {
        assertPolicyRejected(create("http", "nobody", "8080:80"), "container");
        assertPolicyRejected(create("http", "y", "8080:80"), "container");
        PortMapCreateCommand unknownServer = create("http", "a", "8080:80");
        unknownServer.server = "s9";
        assertPolicyRejected(unknownServer, "server");
        unknownServer.server = "of:0000000000000009";
        assertPolicyRejected(unknownServer, "server");
        assertPolicyRejected(list("nobody", null), "container");
    }

    @Test
    public void rejectsBadRules() {
        assertThat(assertPolicyRejected(create("http", "a", "8080"), "rule"),
                   is("Error: rule: '8080' is not SERVERPORT:CONTAINERPORT"));
        assertThat(assertPolicyRejected(create("http", "a", "0:80"), "rule"),
                   is("Error: rule: server port 0 is outside 1-65535"));
        assertThat(assertPolicyRejected(create("http", "a", "8080:65536"), "rule"),
                   is("Error: rule: container port 65536 is outside 1-65535"));
        for (String bad : new String[]{"8080:80:90", "http:80", "8080:", ":80", "8080-8081:80"}) {
            assertPolicyRejected(create("http", "a", bad), "rule");
        }
        assertPolicyRejected(create("http", "a", null), "rule");
    }

    @Test
    public void rejectsBadProtocols() {
        PortMapCreateCommand icmp = create("ping", "a", "8080:80");
        icmp.protocol = "icmp";
        assertThat(assertPolicyRejected(icmp, "protocol"),
                   is("Error: protocol: icmp has no ports: only tcp and udp can be published"));
        icmp.protocol = "any";
        assertPolicyRejected(icmp, "protocol");
        icmp.protocol = "sctp";
        assertPolicyRejected(icmp, "protocol");
    }

    @Test
    public void rejectsBadNamesAndMissingContainers() {
        assertPolicyRejected(create("web http", "a", "8080:80"), "name");
        assertPolicyRejected(create("http", null, "8080:80"), "container");
        PortMapCreateCommand badTenant = create("http", "a", "8080:80");
        badTenant.tenant = "t 2";
        assertPolicyRejected(badTenant, "tenant");
        assertPolicyRejected(delete("web http"), "name");
    }

    @Test
    public void unknownMappingsAreNotFound() {
        ok(create("http", "a", "8080:80"));
        assertThat(assertPolicyRejected(delete("https"), "name"), is("Error: name: port mapping https does not exist"));
    }
}
