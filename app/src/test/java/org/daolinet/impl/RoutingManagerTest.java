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

import org.daolinet.api.AccessDecision;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.RouteKey;
import org.daolinet.api.Selector;
import org.junit.Test;
import org.onlab.packet.Ethernet;
import org.onosproject.net.flow.DefaultTrafficSelector;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The routing manager's own duties: packet requests, live configuration, rate limiting, cluster
 * ownership of revocations and clean-up on deactivation.
 */
public class RoutingManagerTest extends RoutingTestBase {

    @Override
    protected Dictionary<String, Object> properties() {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put(OsgiPropertyConstants.PACKET_IN_BURST, "3");
        p.put(OsgiPropertyConstants.PACKET_IN_RATE, "1");
        return p;
    }

    private static Dictionary<String, Object> props(String... kv) {
        Hashtable<String, Object> p = new Hashtable<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    public void requestsArpAndIpv4PacketIns() {
        assertEquals(2, f.packets.requested.size());
        assertTrue(f.packets.requested.contains(
                DefaultTrafficSelector.builder().matchEthType(Ethernet.TYPE_ARP).build()));
        assertTrue(f.packets.requested.contains(
                DefaultTrafficSelector.builder().matchEthType(Ethernet.TYPE_IPV4).build()));
        assertEquals(1, f.packets.processors.size());
    }

    @Test
    public void excessPacketInsOfAPortAreDroppedAndCounted() {
        for (int i = 0; i < 5; i++) {
            f.receive(at(S1, 5), Packets.arpRequest(a.mac(), "10.1.0.2", "10.1.0.3"));
        }
        assertEquals("the burst of 3 is answered", 3, f.packets.emitted.size());
        assertEquals(2, f.routing.stats().counter("rateLimited"));
        f.receive(at(S1, 6), Packets.arpRequest(b.mac(), "10.1.0.3", "10.1.0.2"));
        assertEquals("other ports have their own bucket", 4, f.packets.emitted.size());
    }

    @Test
    public void configurationIsValidatedAndAppliedLive() {
        f.routing.modified(RoutingFixture.context(props(OsgiPropertyConstants.IDLE_TIMEOUT, "30",
                                                        OsgiPropertyConstants.IDLE_JITTER, "0")));
        assertEquals(30, f.routing.config().idleTimeout());
        f.receive(at(S1, 5), ping(a, b.mac(), "10.1.0.3"));
        f.flows.completeAll();
        assertEquals(30, routeRules(S1).get(0).timeout());

        RoutingConfig before = f.routing.config();
        f.routing.modified(RoutingFixture.context(props(OsgiPropertyConstants.IDLE_JITTER, "30")));
        assertEquals("jitter must stay below the timeout: nothing changes", before.toString(),
                     f.routing.config().toString());
        f.routing.modified(RoutingFixture.context(props(OsgiPropertyConstants.IDLE_TIMEOUT, "ten")));
        assertEquals(before.toString(), f.routing.config().toString());
        f.routing.modified(RoutingFixture.context(props(OsgiPropertyConstants.ROUTE_PRIORITY, "45000")));
        assertEquals("routes may not climb over the infrastructure rules", before.toString(),
                     f.routing.config().toString());
        f.routing.modified(RoutingFixture.context(props(OsgiPropertyConstants.INFRA_PRIORITY, "47000")));
        assertEquals(47000, f.routing.config().infraPriority());
        assertTrue("infrastructure rules are moved to the new priority",
                   f.flows.rules(S1).stream().filter(r -> r.isPermanent() && r.priority() > 40000)
                           .allMatch(r -> r.priority() == 47000));
    }

    @Test
    public void onlyTheIngressMasterRevokesARoute() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        f.flows.completeAll();
        f.flows.autoComplete(true);
        f.master = false;
        f.reg.containers.removeContainer(c.id());
        assertEquals("another node owns these routes", 4, routeRules().size());
        assertNotNull(f.routing.route(RouteKey.of(RouteKey.Kind.CONTAINER, a.id(), c.id())));
        assertEquals(2, f.routing.revokeContainer(c.id()));
        assertEquals(0, routeRules().size());
    }

    @Test
    public void deactivationRemovesEveryRuleOfTheApp() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        f.flows.completeAll();
        f.routing.deactivate();
        assertEquals(1, f.flows.removedApps.size());
        assertEquals(RoutingFixture.APP_ID, f.flows.removedApps.get(0));
        assertEquals(0, f.flows.rules().size());
        assertEquals("packet requests withdrawn", 0, f.packets.requested.size());
        assertEquals(0, f.packets.processors.size());
        // the fixture deactivates again in tearDown
        f.routing.activate(RoutingFixture.context(null));
    }

    @Test
    public void aBurstOfPolicyChangesSharesOneAudit() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        f.flows.completeAll();
        f.flows.autoComplete(true);
        assertEquals(4, routeRules().size());
        List<Runnable> queued = new ArrayList<>();
        f.routing.auditExecutor = queued::add;

        f.policy.setPairPolicy(a.id(), c.id(), PairPolicy.Action.DISCONNECT);
        f.policy.createGroup(null, "g", Set.of("db"));
        f.policy.addFirewallRule(FirewallRule.builder().name("r").priority(10).action(FirewallRule.Action.DENY)
                                         .src(Selector.parse("src", "network:db")).dst(Selector.ANY).build());
        assertEquals("three changes, one audit", 1, queued.size());
        assertEquals("nothing revoked before the audit runs", 4, routeRules().size());
        queued.remove(0).run();
        assertEquals("the audit saw the disconnect: both directions on both servers", 0, routeRules().size());

        // a change after the audit started queues the next one
        f.policy.clearPairPolicy(a.id(), c.id());
        assertEquals(1, queued.size());
        queued.remove(0).run();
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        assertEquals("connected again", 4, routeRules().size());
    }

    @Test
    public void anAuditChecksTheRoutesOfTheContainersAChangeConcerns() {
        f.receive(at(S1, 5), ping(a, c.mac(), "10.1.0.4"));
        f.flows.completeAll();
        f.flows.autoComplete(true);
        assertEquals(4, routeRules().size());
        // from now on every pair is denied: only an audit of a's or c's routes can tell
        f.policy.all = AccessDecision.DENY;
        f.policy.addFirewallRule(rule("bd", "container:b", "container:d"));
        f.policy.setPairPolicy(b.id(), d.id(), PairPolicy.Action.CONNECT);
        assertEquals("changes about b and d leave a's and c's routes unaudited", 4, routeRules().size());
        f.policy.addFirewallRule(rule("ab", "container:a", "container:b"));
        assertEquals("a change about a audits a's routes: both directions on both servers", 0,
                     routeRules().size());
    }

    private static FirewallRule rule(String name, String src, String dst) {
        return FirewallRule.builder().name(name).priority(10).action(FirewallRule.Action.ALLOW)
                .src(Selector.parse("src", src)).dst(Selector.parse("dst", dst)).build();
    }
}
