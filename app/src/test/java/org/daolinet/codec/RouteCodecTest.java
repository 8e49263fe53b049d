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
package org.daolinet.codec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.AccessDecision;
import org.daolinet.api.ContainerService;
import org.daolinet.api.Route;
import org.daolinet.api.RouteKey;
import org.daolinet.api.RouteService;
import org.daolinet.api.ServerService;
import org.daolinet.impl.Packets;
import org.daolinet.impl.RoutingTestBase;
import org.junit.Before;
import org.junit.Test;
import org.onosproject.codec.impl.MockCodecContext;
import org.onosproject.net.flow.FlowRule;

import static org.daolinet.api.RouteKey.Kind.CONTAINER;
import static org.daolinet.api.RouteKey.Kind.DENY;
import static org.daolinet.api.RouteKey.Kind.EGRESS;
import static org.daolinet.api.RouteKey.Kind.EGRESS_RETURN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

/**
 * Tests of the route JSON on real routes, set up by PacketIns on the two-server topology of
 * {@link RoutingTestBase}: endpoints and their names, L4 keys, servers, age, traffic and the exact
 * rules in ONOS's selector and treatment JSON.
 */
public class RouteCodecTest extends RoutingTestBase {

    /** The codec's clock: 42.5 s after the set-up of the route encoded. */
    private static final long AGE_MILLIS = 42_500;

    private final MockCodecContext context = new MockCodecContext();

    @Before
    public void setUpContext() {
        context.registerService(ContainerService.class, f.reg.containers);
        context.registerService(ServerService.class, f.reg.servers);
        context.registerService(RouteService.class, f.routing);
    }

    private ObjectNode encode(Route route) {
        return new RouteCodec(() -> route.createdMillis() + AGE_MILLIS).encode(route, context);
    }

    private Route route(RouteKey key) {
        Route route = f.routing.route(key);
        assertNotNull("no route " + key + " in " + f.routing.routes(), route);
        return route;
    }

    private ObjectNode object() {
        return context.mapper().createObjectNode();
    }

    private ObjectNode criterion(String type, String field, Object value) {
        ObjectNode node = object().put("type", type);
        return value instanceof Long ? node.put(field, (Long) value) : node.put(field, value.toString());
    }

    private ObjectNode instruction(String type, String subtype, String field, Object value) {
        ObjectNode node = object().put("type", type);
        if (subtype != null) {
            node.put("subtype", subtype);
        }
        return node.put(field, value.toString());
    }

    private ObjectNode selector(ObjectNode... criteria) {
        ObjectNode node = object();
        ArrayNode array = node.putArray("criteria");
        for (ObjectNode c : criteria) {
            array.add(c);
        }
        return node;
    }

    private ObjectNode treatment(ObjectNode... instructions) {
        ObjectNode node = object();
        ArrayNode array = node.putArray("instructions");
        for (ObjectNode i : instructions) {
            array.add(i);
        }
        node.putArray("deferred");
        return node;
    }

    private ObjectNode rule(FlowRule rule, ObjectNode selector, ObjectNode treatment) {
        ObjectNode node = object()
                .put("id", Long.toString(rule.id().value()))
                .put("device", rule.deviceId().toString())
                .put("priority", rule.priority())
                .put("timeout", rule.timeout())
                .put("permanent", false);
        node.set("selector", selector);
        node.set("treatment", treatment);
        return node;
    }

    @Test
    public void crossServerRouteWithNamesServersAgeTrafficAndRules() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        f.flows.completeAll();
        Route route = route(RouteKey.of(CONTAINER, a.id(), c.id()));
        FlowRule ingress = route.rules().get(0);
        FlowRule delivery = route.rules().get(1);

        ObjectNode expected = object()
                .put("kind", "CONTAINER")
                .put("src", "id-a").put("srcName", "a")
                .put("dst", "id-c").put("dstName", "c")
                .put("ingress", "of:0000000000000001").put("ingressName", "s1");
        expected.putArray("servers").add("of:0000000000000001").add("of:0000000000000002");
        // the recording flow tables report 7 packets and 700 bytes for every installed rule
        expected.put("ageSeconds", 42).put("packets", 7).put("bytes", 700);
        // ONOS's JSON of an output port names the port, as the bridge reported it
        expected.putArray("rules")
                .add(rule(ingress,
                          selector(criterion("IN_PORT", "port", 5L),
                                   criterion("ETH_SRC", "mac", a.mac()),
                                   criterion("ETH_TYPE", "ethType", "0x800"),
                                   criterion("IPV4_SRC", "ip", "10.1.0.2/32"),
                                   criterion("IPV4_DST", "ip", "10.1.0.4/32")),
                          treatment(instruction("L2MODIFICATION", "ETH_SRC", "mac", s1.mac()),
                                    instruction("L2MODIFICATION", "ETH_DST", "mac", s2.mac()),
                                    instruction("L3MODIFICATION", "IPV4_SRC", "ip", a.vip()),
                                    instruction("L3MODIFICATION", "IPV4_DST", "ip", c.vip()),
                                    instruction("OUTPUT", null, "port", "[eth1](100)"))))
                .add(rule(delivery,
                          selector(criterion("IN_PORT", "port", 100L),
                                   criterion("ETH_TYPE", "ethType", "0x800"),
                                   criterion("IPV4_SRC", "ip", a.vip() + "/32"),
                                   criterion("IPV4_DST", "ip", c.vip() + "/32")),
                          treatment(instruction("L2MODIFICATION", "ETH_SRC", "mac", a.mac()),
                                    instruction("L2MODIFICATION", "ETH_DST", "mac", c.mac()),
                                    instruction("L3MODIFICATION", "IPV4_SRC", "ip", "10.1.0.2"),
                                    instruction("L3MODIFICATION", "IPV4_DST", "ip", "10.1.0.4"),
                                    instruction("OUTPUT", null, "port", "[veth-c](5)"))));
        assertEquals(S1, ingress.deviceId());
        assertEquals(S2, delivery.deviceId());
        assertEquals(expected.toString(), encode(route).toString());

        ObjectNode back = encode(route(RouteKey.of(CONTAINER, c.id(), a.id())));
        assertEquals("c", back.get("srcName").asText());
        assertEquals("a", back.get("dstName").asText());
        assertEquals("s2", back.get("ingressName").asText());
        assertEquals("[\"of:0000000000000002\",\"of:0000000000000001\"]", back.get("servers").toString());
    }

    @Test
    public void l4RoutesNameTheProtocolAndWhichPort() {
        f.policy.all = AccessDecision.ALLOW_L4;
        f.receive(at(S1, 5), Packets.tcp(a.mac(), c.mac(), "10.1.0.2", "10.1.0.4", 40000, 80));
        f.flows.completeAll();
        ObjectNode forward = encode(route(RouteKey.of(CONTAINER, a.id(), c.id(), 6, 80, false)));
        assertEquals(6, forward.get("protocol").asInt());
        assertEquals(80, forward.get("port").asInt());
        assertEquals("dst", forward.get("portIs").asText());
        ObjectNode back = encode(route(RouteKey.of(CONTAINER, c.id(), a.id(), 6, 80, true)));
        assertEquals(6, back.get("protocol").asInt());
        assertEquals(80, back.get("port").asInt());
        assertEquals("src", back.get("portIs").asText());
        assertEquals("{\"type\":\"TCP_SRC\",\"tcpPort\":80}",
                     back.get("rules").get(0).get("selector").get("criteria").get(6).toString());
    }

    @Test
    public void routesOfAllTrafficHaveNoL4Fields() {
        f.receive(at(S1, 5), ping(a, b.mac(), "10.1.0.3"));
        f.flows.completeAll();
        ObjectNode json = encode(route(RouteKey.of(CONTAINER, a.id(), b.id())));
        assertEquals("[kind, src, srcName, dst, dstName, ingress, ingressName, servers, ageSeconds, packets, "
                             + "bytes, rules]", fieldNames(json));
        assertEquals("same server: one server, one rule", "[\"of:0000000000000001\"]", json.get("servers").toString());
        assertEquals(1, json.get("rules").size());
    }

    @Test
    public void egressDestinationsAreAddressesWithoutNames() {
        f.receive(at(S1, 5), Packets.ping(a.mac(), web.gatewayMac(), "10.1.0.2", "8.8.8.8"));
        f.flows.completeAll();
        ObjectNode out = encode(route(RouteKey.of(EGRESS, a.id(), "8.8.8.8")));
        assertEquals("[kind, src, srcName, dst, ingress, ingressName, servers, ageSeconds, packets, bytes, rules]",
                     fieldNames(out));
        assertEquals("EGRESS", out.get("kind").asText());
        assertEquals("a", out.get("srcName").asText());
        assertEquals("8.8.8.8", out.get("dst").asText());
        ObjectNode back = encode(route(RouteKey.of(EGRESS_RETURN, a.id(), "8.8.8.8")));
        assertEquals("the return path is keyed by its container", "id-a", back.get("src").asText());
        assertEquals("{\"type\":\"IN_PORT\",\"port\":50}",
                     back.get("rules").get(0).get("selector").get("criteria").get(0).toString());
    }

    @Test
    public void deniedDirectionsShowTheirDropRules() {
        f.receive(at(S1, 5), ping(a, web.gatewayMac(), "10.2.0.2"));
        f.flows.completeAll();
        ObjectNode deny = encode(route(RouteKey.of(DENY, a.id(), d.id())));
        assertEquals("DENY", deny.get("kind").asText());
        assertEquals("d", deny.get("dstName").asText());
        ObjectNode rule = (ObjectNode) deny.get("rules").get(0);
        assertEquals(40100, rule.get("priority").asInt());
        assertEquals(5, rule.get("timeout").asInt());
        assertEquals("{\"instructions\":[{\"type\":\"NOACTION\"}],\"deferred\":[]}", rule.get("treatment").toString());
    }

    @Test
    public void namesAndTrafficOfWhatIsGoneAreLeftOut() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        f.flows.completeAll();
        Route forward = route(RouteKey.of(CONTAINER, a.id(), c.id()));
        Route back = route(RouteKey.of(CONTAINER, c.id(), a.id()));
        f.flows.autoComplete(true);
        f.reg.containers.removeContainer(c.id());
        f.reg.servers.removeServer(S2);

        ObjectNode json = encode(forward);
        assertEquals("[kind, src, srcName, dst, ingress, ingressName, servers, ageSeconds, packets, bytes, rules]",
                     fieldNames(json));
        assertEquals("revoked: its rules are in no table", 0, json.get("packets").asLong());
        assertEquals(0, json.get("bytes").asLong());
        assertEquals("[kind, src, dst, dstName, ingress, servers, ageSeconds, packets, bytes, rules]",
                     fieldNames(encode(back)));
    }

    @Test
    public void ageNeverGoesNegative() {
        f.receive(at(S1, 5), ping(a, b.mac(), "10.1.0.3"));
        f.flows.completeAll();
        Route route = route(RouteKey.of(CONTAINER, a.id(), b.id()));
        ObjectNode json = new RouteCodec(() -> route.createdMillis() - 5000).encode(route, context);
        assertEquals("a node whose clock is behind the installer's", 0, json.get("ageSeconds").asLong());
    }

    @Test(expected = UnsupportedOperationException.class)
    public void routesAreNotDecoded() {
        new RouteCodec().decode(object(), context);
    }

    private static String fieldNames(ObjectNode json) {
        StringBuilder names = new StringBuilder();
        json.fieldNames().forEachRemaining(n -> names.append(names.length() == 0 ? "" : ", ").append(n));
        return "[" + names + "]";
    }
}
