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
package org.daolinet.bench;

import org.daolinet.api.AccessDecision;
import org.daolinet.api.Container;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.Network;
import org.daolinet.api.Protocol;
import org.daolinet.api.Route;
import org.daolinet.api.RouteKey;
import org.daolinet.api.Selector;
import org.daolinet.impl.LeanRouting;
import org.daolinet.impl.RegistryFixture;
import org.daolinet.impl.RoutingFixture;
import org.onlab.packet.Ethernet;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Access decisions with an empty policy and with a loaded one (10,000 firewall rules, 1,000 groups)
 * through the real policy manager. {@code warm}: the same pairs again and again (the per-pair verdict
 * is cached, as for a pair's every new connection after its first); {@code cold}: a pair never seen
 * before on every call, so the verdict is computed from the policy index each time; {@code change}: a
 * firewall rule added and removed again through the admin API (store, event, index update, fresh
 * decision caches, and the audit that re-checks every installed route: 0 or 10,000 of them), as an
 * operator loading or editing rules one at a time pays it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PolicyBenchmark {

    private static final int NETWORKS = 1000;
    private static final int CONTAINERS_PER_NETWORK = 2;
    private static final int GROUPS = 1000;
    private static final int RULES = 10_000;
    private static final int WARM_PAIRS = 1 << 12;
    private static final int[] PORTS = {22, 80, 443, 5432, 8080};
    /** Shapes of {@link #rule} without groups. */
    private static final int[] CHANGE_SHAPES = {0, 1, 3};

    /** The policy: none, or 10,000 firewall rules and 1,000 groups. */
    @Param({"empty", "loaded"})
    public String policy;

    /** Routes installed, which every policy change's audit re-checks. */
    @Param({"0", "10000"})
    public int routes;

    private LeanRouting routing;
    private Container[] containers;
    private Container[] warmSrc;
    private Container[] warmDst;
    private int cold;
    private FirewallRule[] changes;
    private int change;

    @Setup(Level.Trial)
    public void setUp() {
        RegistryFixture reg = new RegistryFixture();
        reg.addServer(1);
        reg.addServer(2);
        Network[] networks = new Network[NETWORKS];
        containers = new Container[NETWORKS * CONTAINERS_PER_NETWORK];
        for (int n = 0; n < NETWORKS; n++) {
            networks[n] = reg.addNetwork(null, "n" + n, "10." + (n >> 8) + "." + (n & 0xff) + ".0/24");
            for (int i = 0; i < CONTAINERS_PER_NETWORK; i++) {
                int k = n * CONTAINERS_PER_NETWORK + i;
                containers[k] = reg.addContainer("c" + k, networks[n].key(),
                                                 "10." + (n >> 8) + "." + (n & 0xff) + "." + (i + 2),
                                                 1 + (k & 1), 1000 + k);
            }
        }
        routing = new LeanRouting(reg);
        Random random = new Random(7);
        if ("loaded".equals(policy)) {
            for (int g = 0; g < GROUPS; g++) {
                Set<String> members = new HashSet<>();
                members.add("n" + random.nextInt(NETWORKS));
                members.add("n" + random.nextInt(NETWORKS));
                routing.policy.createGroup(null, "g" + g, members);
            }
            for (int r = 0; r < RULES; r++) {
                routing.policy.addFirewallRule(rule("r" + r, r % 5, random));
            }
        }
        changes = new FirewallRule[1024];
        for (int c = 0; c < changes.length; c++) {
            // shapes naming containers, networks and CIDRs: they exist in the empty policy too
            changes[c] = rule("change" + c, CHANGE_SHAPES[c % CHANGE_SHAPES.length], random);
        }
        routing.holdRoutes(routes(random));
        warmSrc = new Container[WARM_PAIRS];
        warmDst = new Container[WARM_PAIRS];
        for (int p = 0; p < WARM_PAIRS; p++) {
            warmSrc[p] = containers[random.nextInt(containers.length)];
            warmDst[p] = containers[random.nextInt(containers.length)];
            routing.policy.decide(warmSrc[p], warmDst[p], 6, 80);
        }
    }

    /** A rule of one of five shapes, naming random containers, networks, groups and subnets. */
    private FirewallRule rule(String name, int shape, Random random) {
        String src;
        String dst;
        switch (shape) {
            case 0:
                src = "container:c" + random.nextInt(containers.length);
                dst = "network:n" + random.nextInt(NETWORKS);
                break;
            case 1:
                src = "network:n" + random.nextInt(NETWORKS);
                dst = "network:n" + random.nextInt(NETWORKS);
                break;
            case 2:
                src = "group:g" + random.nextInt(GROUPS);
                dst = "container:c" + random.nextInt(containers.length);
                break;
            case 3:
                src = "network:n" + random.nextInt(NETWORKS);
                dst = "cidr:172." + (16 + random.nextInt(16)) + ".0.0/16";
                break;
            default:
                src = "cidr:10." + random.nextInt(4) + "." + random.nextInt(256) + ".0/24";
                dst = "group:g" + random.nextInt(GROUPS);
        }
        boolean l4 = random.nextBoolean();
        return FirewallRule.builder().name(name).priority(1 + random.nextInt(1000))
                .action(random.nextBoolean() ? FirewallRule.Action.ALLOW : FirewallRule.Action.DENY)
                .src(Selector.parse("src", src)).dst(Selector.parse("dst", dst))
                .protocol(l4 ? Protocol.TCP : Protocol.ANY)
                .ports(l4 ? String.valueOf(PORTS[random.nextInt(PORTS.length)]) : null).build();
    }

    /**
     * Routes between distinct random pairs, each as the current policy would have installed it (a
     * route or a drop rule, L3 or L4), with one rule on the source's server.
     */
    private List<Route> routes(Random random) {
        Map<RouteKey, Route> out = new HashMap<>();
        while (out.size() < routes) {
            Container src = containers[random.nextInt(containers.length)];
            Container dst = containers[random.nextInt(containers.length)];
            if (src == dst) {
                continue;
            }
            AccessDecision d = routing.policy.decide(src, dst, 6, 80);
            RouteKey.Kind kind = d.allowed() ? RouteKey.Kind.CONTAINER : RouteKey.Kind.DENY;
            RouteKey key = d.l4Specific() ? RouteKey.of(kind, src.id(), dst.id(), 6, 80, false)
                    : RouteKey.of(kind, src.id(), dst.id());
            FlowRule rule = DefaultFlowRule.builder().forDevice(src.server()).fromApp(RoutingFixture.APP_ID)
                    .withSelector(DefaultTrafficSelector.builder().matchEthType(Ethernet.TYPE_IPV4)
                                          .matchIPSrc(src.ip().toIpPrefix()).matchIPDst(dst.ip().toIpPrefix()).build())
                    .withTreatment(DefaultTrafficTreatment.builder().drop().build())
                    .withPriority(40000).makeTemporary(30).build();
            out.put(key, new Route(key, List.of(rule), System.currentTimeMillis()));
        }
        return List.copyOf(out.values());
    }

    /**
     * A decision for a pair whose verdict is cached.
     *
     * @return the decision
     */
    @Benchmark
    public AccessDecision warm() {
        int p = (cold++) & (WARM_PAIRS - 1);
        return routing.policy.decide(warmSrc[p], warmDst[p], 6, 80);
    }

    /**
     * A firewall rule added, then removed (one of 1,024 rules of every shape, in turn).
     *
     * @return the removed rule
     */
    @Benchmark
    public FirewallRule change() {
        FirewallRule r = changes[(change++) & (changes.length - 1)];
        routing.policy.addFirewallRule(r);
        return routing.policy.removeFirewallRule(r.tenant(), r.name());
    }

    /**
     * A decision for a pair never decided before in this trial.
     *
     * @return the decision
     */
    @Benchmark
    public AccessDecision cold() {
        int n = cold++;
        int length = containers.length;
        Container src = containers[(n / length) % length];
        Container dst = containers[n % length];
        return routing.policy.decide(src, dst, 6, 80);
    }
}
