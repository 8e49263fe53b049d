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
import org.daolinet.api.Container;
import org.daolinet.api.ContainerService;
import org.daolinet.api.Route;
import org.daolinet.api.RouteKey;
import org.daolinet.api.RouteService;
import org.daolinet.api.Server;
import org.daolinet.api.ServerService;
import org.onosproject.codec.CodecContext;
import org.onosproject.codec.JsonCodec;
import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.flow.TrafficTreatment;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * JSON of an installed hot-plug route, for operators: its endpoints with their names, the servers
 * and exact rules it occupies, its age and its traffic. Encoding only: routes are set up by
 * PacketIns, never by a request.
 * <p>
 * Names are looked up when encoding, so an endpoint or server that is no longer registered simply
 * has no name. The rules' matches and actions use ONOS's own selector and treatment codecs, the
 * JSON of ONOS's flows API, so that a route can be compared with the flows ONOS reports.
 */
public final class RouteCodec extends JsonCodec<Route> {

    static final String KIND = "kind";
    static final String SRC = "src";
    static final String SRC_NAME = "srcName";
    static final String DST = "dst";
    static final String DST_NAME = "dstName";
    static final String PROTOCOL = "protocol";
    static final String PORT = "port";
    static final String PORT_IS = "portIs";
    static final String INGRESS = "ingress";
    static final String INGRESS_NAME = "ingressName";
    static final String SERVERS = "servers";
    static final String AGE_SECONDS = "ageSeconds";
    static final String PACKETS = "packets";
    static final String BYTES = "bytes";
    static final String RULES = "rules";
    static final String ID = "id";
    static final String DEVICE = "device";
    static final String PRIORITY = "priority";
    static final String TIMEOUT = "timeout";
    static final String PERMANENT = "permanent";
    static final String SELECTOR = "selector";
    static final String TREATMENT = "treatment";

    /** Value of {@value #PORT_IS} for the destination port (forward direction). */
    static final String PORT_IS_DST = "dst";
    /** Value of {@value #PORT_IS} for the source port (return direction). */
    static final String PORT_IS_SRC = "src";

    private static final long MILLIS_PER_SECOND = 1000;

    private final LongSupplier clock;

    /**
     * Creates a codec that computes ages from the system clock.
     */
    public RouteCodec() {
        this(System::currentTimeMillis);
    }

    /**
     * Creates a codec that computes ages from the given clock.
     *
     * @param clock current time in epoch milliseconds
     */
    RouteCodec(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public ObjectNode encode(Route route, CodecContext context) {
        ContainerService containers = context.getService(ContainerService.class);
        ServerService servers = context.getService(ServerService.class);
        RouteKey key = route.key();
        ObjectNode node = context.mapper().createObjectNode().put(KIND, key.kind().name());
        node.put(SRC, key.src());
        putName(node, SRC_NAME, containers.container(key.src()));
        node.put(DST, key.dst());
        if (dstIsContainer(key.kind())) {
            putName(node, DST_NAME, containers.container(key.dst()));
        }
        if (key.l4()) {
            node.put(PROTOCOL, key.protocol())
                    .put(PORT, key.port())
                    .put(PORT_IS, key.sourcePort() ? PORT_IS_SRC : PORT_IS_DST);
        }
        node.put(INGRESS, route.ingress().toString());
        Server ingress = servers.server(route.ingress());
        if (ingress != null) {
            node.put(INGRESS_NAME, ingress.name());
        }
        ArrayNode serverIds = node.putArray(SERVERS);
        servers(route).forEach(d -> serverIds.add(d.toString()));
        node.put(AGE_SECONDS, Math.max(0, (clock.getAsLong() - route.createdMillis()) / MILLIS_PER_SECOND));
        long[] counters = context.getService(RouteService.class).counters(route);
        node.put(PACKETS, counters[0]).put(BYTES, counters[1]);
        ArrayNode rules = node.putArray(RULES);
        route.rules().forEach(r -> rules.add(encodeRule(r, context)));
        return node;
    }

    /**
     * Returns the servers a route has rules on, the ingress server first, each once.
     */
    private static Set<DeviceId> servers(Route route) {
        Set<DeviceId> devices = new LinkedHashSet<>();
        route.rules().forEach(r -> devices.add(r.deviceId()));
        return devices;
    }

    /**
     * Tells whether the destination of a route of this kind is a container rather than an
     * external address: container-to-container routes and their drop rules.
     */
    private static boolean dstIsContainer(RouteKey.Kind kind) {
        return kind == RouteKey.Kind.CONTAINER || kind == RouteKey.Kind.DENY;
    }

    private static void putName(ObjectNode node, String field, Container container) {
        if (container != null) {
            node.put(field, container.name());
        }
    }

    private static ObjectNode encodeRule(FlowRule rule, CodecContext context) {
        ObjectNode node = context.mapper().createObjectNode()
                // a string, as in ONOS's flows API: flow ids use all 64 bits
                .put(ID, Long.toString(rule.id().value()))
                .put(DEVICE, rule.deviceId().toString())
                .put(PRIORITY, rule.priority())
                .put(TIMEOUT, rule.timeout())
                .put(PERMANENT, rule.isPermanent());
        node.set(SELECTOR, context.codec(TrafficSelector.class).encode(rule.selector(), context));
        node.set(TREATMENT, context.codec(TrafficTreatment.class).encode(rule.treatment(), context));
        return node;
    }
}
