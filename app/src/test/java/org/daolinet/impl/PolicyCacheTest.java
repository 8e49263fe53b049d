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
import org.daolinet.api.Container;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.Protocol;
import org.daolinet.api.Selector;
import org.junit.After;
import org.junit.Test;
import org.onlab.packet.IpAddress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The policy manager keeps the profiles of the containers a change does not concern: after every
 * change of a random sequence (rules, groups and their members, pair policies, containers added and
 * removed, in two tenants), with the caches warmed before it, every decision for every pair is the
 * one the manager makes once it has forgotten every cache.
 */
public class PolicyCacheTest {

    private static final String T2 = "t2";
    private static final IpAddress OUTSIDE = IpAddress.valueOf("172.16.5.9");
    private static final int[][] PROBES = {{1, 0}, {6, 80}, {6, 22}, {17, 53}};

    private final RoutingFixture f = new RoutingFixture(null);
    private final List<Container> containers = new ArrayList<>();
    private final List<Network> networks = new ArrayList<>();
    private final Random random = new Random(3);
    private int next;

    @After
    public void tearDown() {
        f.tearDown();
    }

    @Test
    public void keptProfilesDecideAsFreshOnes() {
        f.reg.addServer(1);
        f.reg.addServer(2);
        networks.add(f.reg.addNetwork(null, "web", "10.1.0.0/24"));
        networks.add(f.reg.addNetwork(null, "db", "10.2.0.0/24"));
        networks.add(f.reg.addNetwork(T2, "web", "10.1.0.0/24"));
        networks.add(f.reg.addNetwork(T2, "ops", "10.3.0.0/24"));
        for (int i = 0; i < 10; i++) {
            addContainer(null);
        }
        PolicyManager policy = f.policy;
        List<AccessDecision> before = decisions(policy);
        int changed = 0;
        int applied = 0;
        for (int step = 0; step < 300; step++) {
            decisions(policy);
            try {
                change(policy);
                applied++;
            } catch (DaoliNetException e) {
                // refused (unknown or used name): nothing changed, which is a step too
            }
            List<AccessDecision> kept = decisions(policy);
            policy.dropCaches();
            List<AccessDecision> fresh = decisions(policy);
            assertEquals("step " + step, fresh, kept);
            changed += kept.size() == before.size() && !kept.equals(before) ? 1 : 0;
            before = kept;
        }
        // the comparison means something only if the changes changed decisions
        assertTrue("changes applied: " + applied, applied > 100);
        assertTrue("steps that changed decisions: " + changed, changed > 20);
    }

    /** Every decision the manager makes for the current containers, in a fixed order. */
    private List<AccessDecision> decisions(PolicyManager policy) {
        List<AccessDecision> out = new ArrayList<>();
        for (Container a : containers) {
            for (Container b : containers) {
                for (int[] p : PROBES) {
                    out.add(policy.decide(a, b, p[0], p[1]));
                }
            }
            out.add(policy.decideEgress(a, OUTSIDE, 6, 443));
        }
        return out;
    }

    private void change(PolicyManager policy) {
        String tenant = random.nextBoolean() ? null : T2;
        switch (random.nextInt(9)) {
            case 0:
            case 1:
            case 2:
                policy.addFirewallRule(FirewallRule.builder().tenant(tenant).name("r" + random.nextInt(12))
                                               .priority(1 + random.nextInt(3))
                                               .action(random.nextBoolean() ? FirewallRule.Action.ALLOW
                                                               : FirewallRule.Action.DENY)
                                               .src(selector("src", tenant)).dst(selector("dst", tenant))
                                               .protocol(random.nextBoolean() ? Protocol.TCP : Protocol.ANY)
                                               .ports(random.nextBoolean() ? "80" : null).build());
                break;
            case 3:
                policy.removeFirewallRule(tenant, "r" + random.nextInt(12));
                break;
            case 4:
                Set<String> members = new HashSet<>();
                for (Network n : networks) {
                    if (n.tenant().equals(tenantOf(tenant)) && random.nextBoolean()) {
                        members.add(n.name());
                    }
                }
                policy.createGroup(tenant, "g" + random.nextInt(2), members);
                break;
            case 5:
                String network = random.nextBoolean() ? "web" : tenant == null ? "db" : "ops";
                if (random.nextBoolean()) {
                    policy.addMember(tenant, "g" + random.nextInt(2), network);
                } else {
                    policy.removeMember(tenant, "g" + random.nextInt(2), network);
                }
                break;
            case 6:
                Container a = containers.get(random.nextInt(containers.size()));
                Container b = containers.get(random.nextInt(containers.size()));
                if (random.nextInt(3) == 0) {
                    policy.clearPairPolicy(a.id(), b.id());
                } else {
                    policy.setPairPolicy(a.id(), b.id(), random.nextBoolean() ? PairPolicy.Action.CONNECT
                            : PairPolicy.Action.DISCONNECT);
                }
                break;
            case 7:
                policy.removeGroup(tenant, "g" + random.nextInt(2));
                break;
            default:
                int what = random.nextInt(3);
                if (containers.size() > 6 && what == 0) {
                    Container gone = containers.remove(random.nextInt(containers.size()));
                    f.reg.containers.removeContainer(gone.id());
                } else if (what == 1) {
                    // the same id registered again elsewhere: nothing of the old one may be used for it
                    Container gone = containers.remove(random.nextInt(containers.size()));
                    f.reg.containers.removeContainer(gone.id());
                    addContainer(gone.id());
                } else {
                    addContainer(null);
                }
        }
    }

    private static String tenantOf(String tenant) {
        return tenant == null ? NetworkGroup.of(null, "x", Set.of()).tenant() : tenant;
    }

    /** A selector of every kind, naming things of the tenant that exist or not. */
    private Selector selector(String field, String tenant) {
        String[] names = {"container:c" + random.nextInt(next), "network:web", "network:db", "network:ops",
                          "group:g0", "group:g1", "any", "cidr:10.1.0.0/25", "cidr:10.0.0.0/8",
                          "cidr:172.16.0.0/12"};
        return Selector.parse(field, names[random.nextInt(names.length)]);
    }

    /** Registers a new container in a random network, under a given id or a new one. */
    private void addContainer(String id) {
        Network n = networks.get(random.nextInt(networks.size()));
        String prefix = n.cidr().address().toString();
        String ip = prefix.substring(0, prefix.lastIndexOf('.') + 1) + (2 + next);
        int k = next++;
        if (id == null) {
            containers.add(f.reg.addContainer("c" + k, n.key(), ip, 1 + (k & 1), 10 + k));
        } else {
            f.reg.devices.addPort(RegistryFixture.device(1 + (k & 1)), 10 + k, "veth-c" + k);
            containers.add(f.reg.containers.addContainer(
                    RegistryFixture.containerBuilder("c" + k, n.key(), ip, 1 + (k & 1)).id(id).build()));
        }
    }
}
