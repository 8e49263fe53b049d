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
package org.daolinet.sandbox.southbound;

import org.daolinet.sandbox.doubles.SyncEventDispatcher;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.onlab.packet.Ethernet;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.VlanId;
import org.onosproject.core.ApplicationId;
import org.onosproject.core.DefaultApplicationId;
import org.onosproject.net.DeviceId;
import org.onosproject.net.PortNumber;
import org.onosproject.net.flow.DefaultFlowRule;
import org.onosproject.net.flow.DefaultTrafficSelector;
import org.onosproject.net.flow.DefaultTrafficTreatment;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.FlowEntry.FlowEntryState;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleEvent;
import org.onosproject.net.flow.FlowRuleOperations;
import org.onosproject.net.flow.FlowRuleOperationsContext;
import org.projectfloodlight.openflow.protocol.OFFlowAdd;
import org.projectfloodlight.openflow.protocol.OFFlowDelete;
import org.projectfloodlight.openflow.protocol.OFFlowDeleteStrict;
import org.projectfloodlight.openflow.protocol.OFFlowRemovedReason;
import org.projectfloodlight.openflow.protocol.OFStatsReply;
import org.projectfloodlight.openflow.types.U64;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Flow rule batches on switch doubles: FLOW_MODs and barriers, completion and failure, rule states, events,
 * statistics, and rules that follow a switch across reconnections.
 */
public class SandboxFlowRuleServiceTest {

    private static final ApplicationId APP = new DefaultApplicationId(7, "org.daolinet.app");
    private static final ApplicationId OTHER = new DefaultApplicationId(8, "org.example.other");
    private static final DeviceId S1 = DeviceId.deviceId("of:0000000000000001");
    private static final DeviceId S2 = DeviceId.deviceId("of:0000000000000002");
    private static final long WAIT_SECONDS = 5;
    private static final long QUIET_MILLIS = 150;

    private final OpenFlowController controller = new OpenFlowController();
    private final List<FlowRuleEvent> events = new CopyOnWriteArrayList<>();
    private SandboxFlowRuleService flows;

    @Before
    public void setUp() {
        // no statistics polls during a test: the tests hand statistics over themselves
        flows = new SandboxFlowRuleService(controller, new SyncEventDispatcher(), TimeUnit.HOURS.toMillis(1));
        controller.addListener(flows);
        flows.start();
        flows.addListener(events::add);
    }

    @After
    public void tearDown() {
        flows.stop();
    }

    private static FlowRule rule(DeviceId device, int inPort, ApplicationId app) {
        return DefaultFlowRule.builder().forDevice(device)
                .withSelector(DefaultTrafficSelector.builder().matchInPort(PortNumber.portNumber(inPort))
                                      .matchEthType(Ethernet.TYPE_IPV4).matchIPDst(IpPrefix.valueOf("10.1.0.6/32"))
                                      .build())
                .withTreatment(DefaultTrafficTreatment.builder().setOutput(PortNumber.portNumber(9)).build())
                .withPriority(40000).fromApp(app).makeTemporary(10).build();
    }

    /**
     * Applies a batch and returns its outcome: "success", or "error" and the failed rules' devices.
     */
    private CompletableFuture<String> apply(FlowRuleOperations.Builder ops) {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        flows.apply(ops.build(new FlowRuleOperationsContext() {
            @Override
            public void onSuccess(FlowRuleOperations o) {
                outcome.complete("success");
            }

            @Override
            public void onError(FlowRuleOperations o) {
                List<String> failed = new ArrayList<>();
                o.stages().forEach(s -> s.forEach(op -> failed.add(op.type() + " " + op.rule().deviceId())));
                outcome.complete("error " + failed);
            }
        }));
        return outcome;
    }

    private static String await(CompletableFuture<String> outcome) throws Exception {
        return outcome.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private List<String> eventTypes() {
        return events.stream().map(e -> e.type() + " " + e.subject().deviceId()).collect(Collectors.toList());
    }

    /**
     * One batch over two switches: each gets its FLOW_MOD with a barrier; the batch succeeds only when both
     * barriers are answered, and the rules are ADDED.
     */
    @Test
    public void batchSucceedsOnlyAfterEveryBarrier() throws Exception {
        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        SwitchDouble s2 = new SwitchDouble(controller).connect(2);
        s1.clear();
        s2.clear();
        FlowRule r1 = rule(S1, 1, APP);
        FlowRule r2 = rule(S2, 1, APP);

        CompletableFuture<String> outcome = apply(FlowRuleOperations.builder().add(r1).add(r2));

        assertEquals(List.of("FLOW_MOD", "BARRIER_REQUEST"), s1.types());
        assertEquals(List.of("FLOW_MOD", "BARRIER_REQUEST"), s2.types());
        assertEquals(U64.of(r1.id().value()), s1.last(OFFlowAdd.class).getCookie());
        assertEquals(FlowEntryState.PENDING_ADD, flows.getFlowEntry(r1).state());
        s1.answerBarriers();
        Thread.sleep(QUIET_MILLIS);
        assertFalse("done before the second switch answered", outcome.isDone());

        s2.answerBarriers();

        assertEquals("success", await(outcome));
        assertEquals(FlowEntryState.ADDED, flows.getFlowEntry(r1).state());
        assertEquals(FlowEntryState.ADDED, flows.getFlowEntry(r2).state());
        assertEquals(List.of("RULE_ADD_REQUESTED " + S1, "RULE_ADD_REQUESTED " + S2, "RULE_ADDED " + S1,
                             "RULE_ADDED " + S2), eventTypes());
        assertEquals(2, flows.getFlowRuleCount());
    }

    /**
     * A FLOW_MOD the switch refuses fails the batch with that rule, which is forgotten; the rest stays.
     */
    @Test
    public void refusedRuleFailsTheBatch() throws Exception {
        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        SwitchDouble s2 = new SwitchDouble(controller).connect(2);
        FlowRule r1 = rule(S1, 1, APP);
        FlowRule r2 = rule(S2, 1, APP);

        CompletableFuture<String> outcome = apply(FlowRuleOperations.builder().add(r1).add(r2));
        s1.refuse(s1.last(OFFlowAdd.class));
        s1.answerBarriers();
        s2.answerBarriers();

        assertEquals("error [ADD " + S1 + "]", await(outcome));
        assertNull("refused rule forgotten", flows.getFlowEntry(r1));
        assertEquals(FlowEntryState.ADDED, flows.getFlowEntry(r2).state());
    }

    /**
     * A rule for a switch that is not connected fails its batch, but waits and is pushed when the switch
     * connects.
     */
    @Test
    public void absentSwitchGetsItsRulesWhenItConnects() throws Exception {
        FlowRule r1 = rule(S1, 1, APP);

        assertEquals("error [ADD " + S1 + "]", await(apply(FlowRuleOperations.builder().add(r1))));
        assertEquals(FlowEntryState.PENDING_ADD, flows.getFlowEntry(r1).state());

        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        s1.answerBarriers();
        assertEventually(() -> flows.getFlowEntry(r1).state() == FlowEntryState.ADDED);
        assertEquals("the wipe of the handshake, then the rule", 1, s1.sent(OFFlowAdd.class).size());
        assertEquals(U64.of(r1.id().value()), s1.last(OFFlowAdd.class).getCookie());
    }

    /**
     * A switch that goes before it answers the barrier fails the batch; when it connects again, its rules go
     * out again.
     */
    @Test
    public void switchGoneBeforeBarrierFailsAndRulesReturn() throws Exception {
        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        FlowRule r1 = rule(S1, 1, APP);
        CompletableFuture<String> outcome = apply(FlowRuleOperations.builder().add(r1));

        s1.drop();

        assertEquals("error [ADD " + S1 + "]", await(outcome));
        SwitchDouble again = new SwitchDouble(controller).connect(1);
        again.answerBarriers();
        assertEventually(() -> flows.getFlowEntry(r1).state() == FlowEntryState.ADDED);
        assertEquals(U64.of(r1.id().value()), again.last(OFFlowAdd.class).getCookie());
    }

    /**
     * A stage goes out only when every device answered the barrier of the stage before.
     */
    @Test
    public void stagesRunInOrder() throws Exception {
        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        s1.clear();
        FlowRule first = rule(S1, 1, APP);
        FlowRule second = rule(S1, 2, APP);

        CompletableFuture<String> outcome = apply(FlowRuleOperations.builder().add(first).newStage().add(second));

        assertEquals(List.of("FLOW_MOD", "BARRIER_REQUEST"), s1.types());
        s1.answerBarriers();
        assertEventually(() -> s1.sent(OFFlowAdd.class).size() == 2);
        assertEquals(U64.of(second.id().value()), s1.last(OFFlowAdd.class).getCookie());
        assertFalse(outcome.isDone());
        s1.answerBarriers();
        assertEquals("success", await(outcome));
    }

    /**
     * FLOW_REMOVED (an idle timeout) removes the rule and reports it with its age and counters.
     */
    @Test
    public void flowRemovedReportsRuleRemoved() throws Exception {
        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        FlowRule r1 = rule(S1, 1, APP);
        CompletableFuture<String> outcome = apply(FlowRuleOperations.builder().add(r1));
        s1.answerBarriers();
        await(outcome);
        events.clear();

        s1.receive(SwitchDouble.OF.buildFlowRemoved().setCookie(U64.of(r1.id().value())).setPriority(40000)
                           .setReason(OFFlowRemovedReason.IDLE_TIMEOUT).setDurationSec(12).setDurationNsec(500_000_000)
                           .setPacketCount(U64.of(3)).setByteCount(U64.of(294))
                           .setMatch(s1.last(OFFlowAdd.class).getMatch()).build());

        assertEquals(List.of("RULE_REMOVED " + S1), eventTypes());
        FlowEntry removed = (FlowEntry) events.get(0).subject();
        assertEquals(r1.id(), removed.id());
        assertEquals(12_500, removed.life(TimeUnit.MILLISECONDS));
        assertEquals(3, removed.packets());
        assertEquals(294, removed.bytes());
        assertNull(flows.getFlowEntry(r1));
    }

    /**
     * A removal is a strict delete; the rule is gone once the switch confirms it.
     */
    @Test
    public void removalIsConfirmedByTheBarrier() throws Exception {
        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        FlowRule r1 = rule(S1, 1, APP);
        CompletableFuture<String> added = apply(FlowRuleOperations.builder().add(r1));
        s1.answerBarriers();
        await(added);

        CompletableFuture<String> removed = apply(FlowRuleOperations.builder().remove(r1));
        OFFlowDeleteStrict delete = s1.last(OFFlowDeleteStrict.class);
        assertEquals(40000, delete.getPriority());
        assertEquals(FlowEntryState.PENDING_REMOVE, flows.getFlowEntry(r1).state());
        s1.answerBarriers();

        assertEquals("success", await(removed));
        assertNull(flows.getFlowEntry(r1));
        assertTrue(eventTypes().contains("RULE_REMOVED " + S1));
    }

    /**
     * Removing an application's rules deletes by its cookie prefix and leaves other applications' rules.
     */
    @Test
    public void removeByApplicationUsesTheCookieMask() throws Exception {
        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        FlowRule mine = rule(S1, 1, APP);
        FlowRule theirs = rule(S1, 2, OTHER);
        CompletableFuture<String> added = apply(FlowRuleOperations.builder().add(mine).add(theirs));
        s1.answerBarriers();
        await(added);

        flows.removeFlowRulesById(APP);
        OFFlowDelete delete = s1.last(OFFlowDelete.class);
        assertEquals(U64.of(7L << 48), delete.getCookie());
        assertEquals(U64.of(0xffffL << 48), delete.getCookieMask());
        s1.answerBarriers();

        assertNull(flows.getFlowEntry(mine));
        assertEquals(FlowEntryState.ADDED, flows.getFlowEntry(theirs).state());
        assertEquals(Set.of(theirs.id()), ids(flows.getFlowEntries(S1)));
    }

    /**
     * Flow statistics give a rule its counters and age; a confirmed rule the switch no longer reports is gone.
     */
    @Test
    public void statisticsUpdateAndReconcile() throws Exception {
        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        FlowRule counted = rule(S1, 1, APP);
        FlowRule vanished = rule(S1, 2, APP);
        CompletableFuture<String> added = apply(FlowRuleOperations.builder().add(counted).add(vanished));
        s1.answerBarriers();
        await(added);
        events.clear();

        OFStatsReply reply = SwitchDouble.OF.buildFlowStatsReply().setEntries(List.of(
                SwitchDouble.OF.buildFlowStatsEntry().setCookie(U64.of(counted.id().value())).setPriority(40000)
                        .setDurationSec(3).setPacketCount(U64.of(10)).setByteCount(U64.of(980))
                        .setMatch(SwitchDouble.OF.buildMatch().build()).build())).build();
        flows.statistics(s1.session(), System.nanoTime(), List.of(reply));

        FlowEntry e = flows.getFlowEntry(counted);
        assertEquals(10, e.packets());
        assertEquals(980, e.bytes());
        assertThat(e.life(TimeUnit.MILLISECONDS), greaterThanOrEqualTo(3000L));
        assertNull("not reported, so gone", flows.getFlowEntry(vanished));
        assertEquals(List.of("RULE_UPDATED " + S1, "RULE_REMOVED " + S1), eventTypes());
    }

    /**
     * A rule that cannot be expressed in OpenFlow fails its batch and is not kept.
     */
    @Test
    public void untranslatableRuleFails() throws Exception {
        SwitchDouble s1 = new SwitchDouble(controller).connect(1);
        FlowRule vlan = DefaultFlowRule.builder().forDevice(S1)
                .withSelector(DefaultTrafficSelector.builder().matchVlanId(VlanId.vlanId((short) 3))
                                      .build())
                .withTreatment(DefaultTrafficTreatment.builder().drop().build())
                .withPriority(10).fromApp(APP).makePermanent().build();
        s1.clear();

        assertEquals("error [ADD " + S1 + "]", await(apply(FlowRuleOperations.builder().add(vlan))));
        assertEquals("nothing sent", List.of(), s1.types());
        assertNull(flows.getFlowEntry(vlan));
    }

    private static Set<Object> ids(Iterable<FlowEntry> entries) {
        Set<Object> ids = new HashSet<>();
        entries.forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static void assertEventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            assertTrue("condition not met in time", System.currentTimeMillis() < deadline);
            Thread.sleep(10);
        }
    }
}
