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

import org.daolinet.api.Container;
import org.daolinet.api.Network;
import org.daolinet.api.Server;
import org.junit.After;
import org.junit.Before;
import org.onlab.packet.Ethernet;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;
import org.onosproject.net.ConnectPoint;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.TrafficSelector;

import java.util.Dictionary;
import java.util.List;
import java.util.stream.Collectors;

import static org.daolinet.impl.RegistryFixture.device;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/**
 * A two-server topology for routing tests.
 * <pre>
 *   s1 (of:..01, uplink eth1 = port 100)        s2 (of:..02, uplink eth2 = port 100)
 *     a 10.1.0.2 web  port 5                       c 10.1.0.4 web  port 5
 *     b 10.1.0.3 web  port 6
 *     d 10.2.0.2 db   port 7
 *     gateway of web: dlgwN port 50
 * </pre>
 * The servers' flow tables confirm batches only when a test says so.
 */
public abstract class RoutingTestBase {

    protected static final DeviceId S1 = device(1);
    protected static final DeviceId S2 = device(2);
    protected static final PortNumber UPLINK = PortNumber.portNumber(100);
    protected static final PortNumber GATEWAY = PortNumber.portNumber(50);

    protected RoutingFixture f;
    protected Server s1;
    protected Server s2;
    protected Network web;
    protected Network db;
    protected Container a;
    protected Container b;
    protected Container c;
    protected Container d;

    /**
     * Returns the routing properties of the test (null for defaults).
     *
     * @return properties
     */
    protected Dictionary<String, Object> properties() {
        return null;
    }

    @Before
    public void setUpTopology() {
        f = new RoutingFixture(properties());
        f.flows.autoComplete(true);
        s1 = f.reg.addServer(1);
        s2 = f.reg.addServer(2);
        web = f.reg.addNetwork(null, "web", "10.1.0.0/24");
        db = f.reg.addNetwork(null, "db", "10.2.0.0/24");
        a = f.reg.addContainer("a", web.key(), "10.1.0.2", 1, 5);
        b = f.reg.addContainer("b", web.key(), "10.1.0.3", 1, 6);
        c = f.reg.addContainer("c", web.key(), "10.1.0.4", 2, 5);
        d = f.reg.addContainer("d", db.key(), "10.2.0.2", 1, 7);
        f.reg.devices.addPort(S1, 50, web.gatewayPort());
        f.flows.autoComplete(false);
    }

    @After
    public void tearDownTopology() {
        f.tearDown();
    }

    /** Port number. */
    protected static PortNumber port(long n) {
        return PortNumber.portNumber(n);
    }

    /** Connect point of a port of a server. */
    protected static ConnectPoint at(DeviceId device, long port) {
        return new ConnectPoint(device, PortNumber.portNumber(port));
    }

    /** Host prefix of an address. */
    protected static IpPrefix host(String ip) {
        return IpPrefix.valueOf(ip + "/32");
    }

    /** A ping between two containers, addressed as the sender's proxy ARP would have it. */
    protected static Ethernet ping(Container from, MacAddress dstMac, String dstIp) {
        return Packets.ping(from.mac(), dstMac, from.ip().toString(), dstIp);
    }

    /**
     * Returns the temporary rules (routes and drop rules) of a device's table, leaving out the
     * permanent infrastructure rules.
     *
     * @param device device
     * @return rules
     */
    protected List<FlowRule> routeRules(DeviceId device) {
        return f.flows.rules(device).stream().filter(r -> !r.isPermanent()).collect(Collectors.toList());
    }

    /**
     * Returns the temporary rules of all servers.
     *
     * @return rules
     */
    protected List<FlowRule> routeRules() {
        return f.flows.rules().stream().filter(r -> !r.isPermanent()).collect(Collectors.toList());
    }

    /**
     * Returns the single rule of a device's table with the given match.
     *
     * @param device device
     * @param match  match
     * @return rule
     */
    protected FlowRule ruleWith(DeviceId device, TrafficSelector match) {
        List<FlowRule> found = f.flows.rules(device).stream().filter(r -> r.selector().equals(match))
                .collect(Collectors.toList());
        if (found.size() != 1) {
            fail("expected one rule on " + device + " matching " + match + " but found " + found
                         + "; table: " + f.flows.rules(device));
        }
        return found.get(0);
    }

    /**
     * Asserts a rule carries the app's cookie, a priority and a temporary timeout within bounds.
     *
     * @param rule     rule
     * @param priority expected priority
     * @param minTimeout smallest acceptable idle timeout
     * @param maxTimeout largest acceptable idle timeout
     */
    protected static void assertRouteRule(FlowRule rule, int priority, int minTimeout, int maxTimeout) {
        assertEquals("cookie carries the app id", RoutingFixture.APP_ID.id(), rule.appId());
        assertEquals("app id in the cookie's upper bits", RoutingFixture.APP_ID.id(), rule.id().value() >>> 48);
        assertEquals("priority", priority, rule.priority());
        assertEquals("temporary", false, rule.isPermanent());
        if (rule.timeout() < minTimeout || rule.timeout() > maxTimeout) {
            fail("timeout " + rule.timeout() + " outside " + minTimeout + "-" + maxTimeout);
        }
    }
}
