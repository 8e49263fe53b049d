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

import org.onosproject.core.ApplicationId;
import org.onosproject.event.AbstractListenerManager;
import org.onosproject.event.EventDeliveryService;
import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.DefaultFlowEntry;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.FlowEntry.FlowEntryState;
import org.onosproject.net.flow.FlowId;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleEvent;
import org.onosproject.net.flow.FlowRuleListener;
import org.onosproject.net.flow.FlowRuleOperation;
import org.onosproject.net.flow.FlowRuleOperations;
import org.onosproject.net.flow.FlowRuleOperationsContext;
import org.onosproject.net.flow.FlowRuleService;
import org.onosproject.net.flow.TableStatisticsEntry;
import org.projectfloodlight.openflow.protocol.OFErrorMsg;
import org.projectfloodlight.openflow.protocol.OFFlowMod;
import org.projectfloodlight.openflow.protocol.OFFlowRemoved;
import org.projectfloodlight.openflow.protocol.OFFlowStatsEntry;
import org.projectfloodlight.openflow.protocol.OFFlowStatsReply;
import org.projectfloodlight.openflow.protocol.OFStatsReply;
import org.projectfloodlight.openflow.types.OFGroup;
import org.projectfloodlight.openflow.types.OFPort;
import org.projectfloodlight.openflow.types.TableId;
import org.projectfloodlight.openflow.types.U64;
import org.slf4j.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * ONOS's flow rule service on OpenFlow switches: it keeps the rules applications asked for, per device, and
 * pushes them as FLOW_MODs.
 * <ul>
 * <li>A batch ({@link #apply(FlowRuleOperations)}) runs its stages in order; a stage sends each device's
 *     FLOW_MODs followed by one BARRIER. The batch's {@code onSuccess} runs once every device of every stage
 *     answered its barrier without an ERROR for one of the batch's messages; otherwise {@code onError} runs
 *     once, with the operations that failed (refused by the switch, not translatable, or for a switch that is
 *     not connected or went before it answered).</li>
 * <li>Rules of a switch that is not connected stay PENDING_ADD and are pushed when it connects; a switch that
 *     connects again gets all its rules again (its flow table was emptied by the handshake).</li>
 * <li>RULE_ADDED when the barrier confirms a rule; RULE_REMOVED when the switch reports the rule gone
 *     (FLOW_REMOVED: idle or hard timeout, delete), when a requested delete is confirmed, or when a confirmed
 *     rule is missing from the flow statistics; RULE_UPDATED when statistics show new packets.</li>
 * <li>Statistics (packets, bytes, age) come from OFPMP_FLOW requests every poll interval.</li>
 * </ul>
 * Nothing here blocks: callers on a switch's I/O thread (packet processors) may apply rules. A batch's callback
 * runs on the I/O thread of the switch that answered last (or on the caller's thread if no switch is involved),
 * so it must not block either.
 */
public final class SandboxFlowRuleService extends AbstractListenerManager<FlowRuleEvent, FlowRuleListener>
        implements FlowRuleService, SwitchListener {

    /** ONOS puts the application id in the top 16 bits of a flow id, which is the cookie. */
    private static final int APP_SHIFT = 48;
    private static final long APP_MASK = 0xffffL << APP_SHIFT;
    private static final long MILLIS_PER_SECOND = 1000;
    private static final long NANOS_PER_MILLI = 1_000_000;

    private final Logger log = getLogger(getClass());

    private final OpenFlowController controller;
    private final FlowRuleTranslator translator = new FlowRuleTranslator();
    private final Map<DeviceId, Map<FlowId, TrackedRule>> tables = new ConcurrentHashMap<>();
    private final long pollMillis;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "sandbox-flow-stats"));

    /**
     * Creates the service.
     *
     * @param controller the connected switches
     * @param dispatcher delivers the flow rule events
     * @param pollMillis interval of flow statistics requests
     */
    public SandboxFlowRuleService(OpenFlowController controller, EventDeliveryService dispatcher, long pollMillis) {
        this.controller = controller;
        this.eventDispatcher = dispatcher;
        this.pollMillis = pollMillis;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Starts delivering events and polling statistics.
     */
    public void start() {
        eventDispatcher.addSink(FlowRuleEvent.class, listenerRegistry);
        poller.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops polling and delivering events.
     */
    public void stop() {
        poller.shutdownNow();
        eventDispatcher.removeSink(FlowRuleEvent.class);
    }

    @Override
    public int getFlowRuleCount() {
        return tables.values().stream().mapToInt(Map::size).sum();
    }

    @Override
    public FlowEntry getFlowEntry(FlowRule rule) {
        TrackedRule t = table(rule.deviceId()).get(rule.id());
        return t == null ? null : t.entry();
    }

    @Override
    public Iterable<FlowEntry> getFlowEntries(DeviceId deviceId) {
        return entries(table(deviceId).values(), t -> true);
    }

    @Override
    public void applyFlowRules(FlowRule... flowRules) {
        FlowRuleOperations.Builder ops = FlowRuleOperations.builder();
        for (FlowRule r : flowRules) {
            ops.add(r);
        }
        apply(ops.build());
    }

    @Override
    public void purgeFlowRules(DeviceId deviceId) {
        // as in ONOS: forgets the device's rules without touching the switch
        tables.remove(deviceId);
    }

    @Override
    public void removeFlowRules(FlowRule... flowRules) {
        FlowRuleOperations.Builder ops = FlowRuleOperations.builder();
        for (FlowRule r : flowRules) {
            ops.remove(r);
        }
        apply(ops.build());
    }

    /**
     * Removes every rule of an application from every switch, by the application id in the cookie (so also
     * rules this service does not know of), and forgets them.
     *
     * @param appId application
     */
    @Override
    public void removeFlowRulesById(ApplicationId appId) {
        Predicate<TrackedRule> ofApp = t -> t.rule.appId() == appId.id();
        Set<DeviceId> devices = new HashSet<>(tables.keySet());
        controller.sessions().forEach(s -> devices.add(s.deviceId()));
        for (DeviceId d : devices) {
            Map<FlowId, TrackedRule> table = table(d);
            List<TrackedRule> doomed = table.values().stream().filter(ofApp).collect(Collectors.toList());
            doomed.forEach(t -> {
                t.state = FlowEntryState.PENDING_REMOVE;
                post(new FlowRuleEvent(FlowRuleEvent.Type.RULE_REMOVE_REQUESTED, t.entry()));
            });
            SwitchSession s = controller.session(d);
            if (s == null) {
                // an absent switch loses all its rules when it connects
                doomed.forEach(t -> forget(table, t));
                continue;
            }
            long cookie = ((long) appId.id()) << APP_SHIFT;
            s.sendWithBarrier(List.of(translator.deleteByCookie(cookie, APP_MASK, s.nextXid())), (errors, ok) -> {
                if (ok && errors.isEmpty()) {
                    doomed.stream().filter(t -> t.state == FlowEntryState.PENDING_REMOVE)
                            .forEach(t -> forget(table, t));
                } else {
                    log.warn("{} did not delete the rules of {}: {}", s, appId.name(), errors.values());
                }
            });
        }
    }

    @Override
    public Iterable<FlowEntry> getFlowEntriesById(ApplicationId id) {
        List<FlowEntry> all = new ArrayList<>();
        tables.values().forEach(t -> all.addAll(entries(t.values(), r -> r.rule.appId() == id.id())));
        return all;
    }

    @Override
    public Iterable<FlowRule> getFlowRulesByGroupId(ApplicationId appId, short groupId) {
        List<FlowRule> all = new ArrayList<>();
        for (Map<FlowId, TrackedRule> t : tables.values()) {
            for (TrackedRule r : t.values()) {
                if (r.rule.appId() == appId.id() && r.rule.groupId().id() == groupId) {
                    all.add(r.rule);
                }
            }
        }
        return all;
    }

    @Override
    public void apply(FlowRuleOperations ops) {
        new Batch(ops).next();
    }

    /**
     * Returns no table statistics: the sandbox does not collect them.
     *
     * @param deviceId device
     * @return an empty list
     */
    @Override
    public Iterable<TableStatisticsEntry> getFlowTableStatistics(DeviceId deviceId) {
        return List.of();
    }

    @Override
    public void switchReady(SwitchSession session) {
        // the handshake emptied the switch's flow table: what was to be deleted is gone, the rest goes back
        Map<FlowId, TrackedRule> table = table(session.deviceId());
        table.values().stream().filter(t -> t.state == FlowEntryState.PENDING_REMOVE)
                .collect(Collectors.toList()).forEach(t -> forget(table, t));
        if (!table.isEmpty()) {
            FlowRuleOperations.Builder ops = FlowRuleOperations.builder();
            table.values().forEach(t -> ops.add(t.rule));
            log.info("Pushing {} rules to {}", table.size(), session);
            apply(ops.build());
        }
    }

    @Override
    public void flowRemoved(SwitchSession session, OFFlowRemoved removed) {
        Map<FlowId, TrackedRule> table = table(session.deviceId());
        TrackedRule t = table.get(FlowId.valueOf(removed.getCookie().getValue()));
        // a rule being added again (same match and priority) survives the report of its predecessor's end
        if (t == null || t.state == FlowEntryState.PENDING_ADD || t.rule.priority() != removed.getPriority()) {
            return;
        }
        t.packets = removed.getPacketCount().getValue();
        t.bytes = removed.getByteCount().getValue();
        long life = removed.getDurationSec() * MILLIS_PER_SECOND + removed.getDurationNsec() / NANOS_PER_MILLI;
        if (table.remove(t.rule.id(), t)) {
            t.state = FlowEntryState.REMOVED;
            post(new FlowRuleEvent(FlowRuleEvent.Type.RULE_REMOVED, new DefaultFlowEntry(
                    t.rule, FlowEntryState.REMOVED, life, TimeUnit.MILLISECONDS, t.packets, t.bytes)));
        }
    }

    private void poll() {
        for (SwitchSession s : controller.sessions()) {
            long sent = System.nanoTime();
            s.request(FlowRuleTranslator.OF13.buildFlowStatsRequest().setTableId(TableId.ALL).setOutPort(OFPort.ANY)
                              .setOutGroup(OFGroup.ANY).setCookie(U64.ZERO).setCookieMask(U64.ZERO)
                              .setMatch(FlowRuleTranslator.OF13.buildMatch().build()).build(),
                      replies -> statistics(s, sent, replies));
        }
    }

    /**
     * Takes in the flow statistics of a switch.
     *
     * @param session   the switch
     * @param sentNanos when the request was sent: rules confirmed before and not reported are gone
     * @param replies   the switch's replies
     */
    void statistics(SwitchSession session, long sentNanos, List<OFStatsReply> replies) {
        Map<FlowId, TrackedRule> table = table(session.deviceId());
        Set<FlowId> seen = new HashSet<>();
        long now = System.currentTimeMillis();
        for (OFStatsReply r : replies) {
            for (OFFlowStatsEntry e : ((OFFlowStatsReply) r).getEntries()) {
                FlowId id = FlowId.valueOf(e.getCookie().getValue());
                TrackedRule t = table.get(id);
                if (t == null || t.rule.priority() != e.getPriority()) {
                    continue;
                }
                seen.add(id);
                long packets = e.getPacketCount().getValue();
                boolean moved = packets != t.packets;
                t.packets = packets;
                t.bytes = e.getByteCount().getValue();
                t.installedMillis = now - e.getDurationSec() * MILLIS_PER_SECOND
                        - e.getDurationNsec() / NANOS_PER_MILLI;
                if (moved && t.state == FlowEntryState.ADDED) {
                    post(new FlowRuleEvent(FlowRuleEvent.Type.RULE_UPDATED, t.entry()));
                }
            }
        }
        for (TrackedRule t : List.copyOf(table.values())) {
            if (t.state == FlowEntryState.ADDED && t.confirmedNanos - sentNanos < 0 && !seen.contains(t.rule.id())) {
                log.debug("{} no longer holds {}", session, t.rule);
                forget(table, t);
            }
        }
    }

    private Map<FlowId, TrackedRule> table(DeviceId deviceId) {
        return tables.computeIfAbsent(deviceId, d -> new ConcurrentHashMap<>());
    }

    private static List<FlowEntry> entries(Collection<TrackedRule> rules, Predicate<TrackedRule> which) {
        return rules.stream().filter(which).map(TrackedRule::entry).collect(Collectors.toList());
    }

    // removes a rule from the table if it is still this very rule, and reports it removed
    private void forget(Map<FlowId, TrackedRule> table, TrackedRule t) {
        if (table.remove(t.rule.id(), t)) {
            t.state = FlowEntryState.REMOVED;
            post(new FlowRuleEvent(FlowRuleEvent.Type.RULE_REMOVED, t.entry()));
        }
    }

    /**
     * A rule as the service knows it: its state on the switch and its last statistics.
     */
    private static final class TrackedRule {
        private final FlowRule rule;
        private volatile FlowEntryState state;
        /** When the switch installed the rule, in milliseconds since the epoch; 0 while unknown. */
        private volatile long installedMillis;
        /** {@link System#nanoTime()} when a barrier confirmed the rule. */
        private volatile long confirmedNanos;
        private volatile long packets;
        private volatile long bytes;

        TrackedRule(FlowRule rule, FlowEntryState state) {
            this.rule = rule;
            this.state = state;
        }

        FlowEntry entry() {
            long life = installedMillis == 0 ? 0 : System.currentTimeMillis() - installedMillis;
            return new DefaultFlowEntry(rule, state, life, TimeUnit.MILLISECONDS, packets, bytes);
        }
    }

    /**
     * One application request: its stages one after the other, each device's part of a stage with one barrier.
     */
    private final class Batch {
        private final FlowRuleOperations ops;
        private final List<Set<FlowRuleOperation>> stages;
        private final List<FlowRuleOperation> failed = new ArrayList<>();
        private int stage;

        Batch(FlowRuleOperations ops) {
            this.ops = ops;
            this.stages = ops.stages();
        }

        void next() {
            if (stage == stages.size()) {
                finish();
                return;
            }
            Map<DeviceId, List<FlowRuleOperation>> perDevice = new LinkedHashMap<>();
            for (FlowRuleOperation op : stages.get(stage++)) {
                perDevice.computeIfAbsent(op.rule().deviceId(), d -> new ArrayList<>()).add(op);
            }
            if (perDevice.isEmpty()) {
                next();
                return;
            }
            AtomicInteger pending = new AtomicInteger(perDevice.size());
            perDevice.forEach((d, list) -> send(d, list, pending));
        }

        private void send(DeviceId d, List<FlowRuleOperation> list, AtomicInteger pending) {
            Map<FlowId, TrackedRule> table = table(d);
            SwitchSession s = controller.session(d);
            Map<Long, FlowRuleOperation> byXid = new LinkedHashMap<>();
            Map<FlowRuleOperation, TrackedRule> tracked = new LinkedHashMap<>();
            List<OFFlowMod> mods = new ArrayList<>();
            for (FlowRuleOperation op : list) {
                TrackedRule t = record(table, op);
                tracked.put(op, t);
                if (s == null) {
                    continue;
                }
                try {
                    long xid = s.nextXid();
                    mods.add(op.type() == FlowRuleOperation.Type.REMOVE ? translator.flowDelete(op.rule(), xid)
                                     : translator.flowAdd(op.rule(), xid));
                    byXid.put(xid, op);
                } catch (IllegalArgumentException e) {
                    log.warn("Cannot send {} to {}: {}", op, d, e.getMessage());
                    fail(op);
                    if (t != null && op.type() != FlowRuleOperation.Type.REMOVE) {
                        table.remove(op.rule().id(), t);
                    }
                }
            }
            if (s == null) {
                // adds wait for the switch; deletes are done, since the switch loses all rules when it connects
                for (FlowRuleOperation op : list) {
                    if (op.type() == FlowRuleOperation.Type.REMOVE) {
                        confirmRemove(table, tracked.get(op));
                    } else {
                        fail(op);
                    }
                }
                done(pending);
                return;
            }
            if (mods.isEmpty()) {
                done(pending);
                return;
            }
            s.sendWithBarrier(mods, (errors, confirmed) -> {
                byXid.forEach((xid, op) -> outcome(s, table, op, tracked.get(op), errors.get(xid), confirmed));
                done(pending);
            });
        }

        private void outcome(SwitchSession s, Map<FlowId, TrackedRule> table, FlowRuleOperation op, TrackedRule t,
                             OFErrorMsg error, boolean confirmed) {
            boolean remove = op.type() == FlowRuleOperation.Type.REMOVE;
            if (error != null) {
                log.warn("{} refused {}: {}", s, op, error);
                fail(op);
                if (!remove && t != null) {
                    table.remove(op.rule().id(), t);
                }
            } else if (!confirmed) {
                // an add stays PENDING_ADD and goes out again when the switch is back
                fail(op);
            } else if (remove) {
                confirmRemove(table, t);
            } else if (t != null && table.get(op.rule().id()) == t && t.state == FlowEntryState.PENDING_ADD) {
                t.state = FlowEntryState.ADDED;
                t.installedMillis = System.currentTimeMillis();
                t.confirmedNanos = System.nanoTime();
                post(new FlowRuleEvent(FlowRuleEvent.Type.RULE_ADDED, t.entry()));
            }
        }

        private void confirmRemove(Map<FlowId, TrackedRule> table, TrackedRule t) {
            // a FLOW_REMOVED ahead of the barrier reply may have reported it already
            if (t != null && t.state == FlowEntryState.PENDING_REMOVE) {
                forget(table, t);
            }
        }

        private TrackedRule record(Map<FlowId, TrackedRule> table, FlowRuleOperation op) {
            if (op.type() == FlowRuleOperation.Type.REMOVE) {
                TrackedRule t = table.get(op.rule().id());
                if (t != null) {
                    t.state = FlowEntryState.PENDING_REMOVE;
                    post(new FlowRuleEvent(FlowRuleEvent.Type.RULE_REMOVE_REQUESTED, t.entry()));
                }
                return t;
            }
            TrackedRule t = new TrackedRule(op.rule(), FlowEntryState.PENDING_ADD);
            table.put(op.rule().id(), t);
            post(new FlowRuleEvent(FlowRuleEvent.Type.RULE_ADD_REQUESTED, t.entry()));
            return t;
        }

        private void fail(FlowRuleOperation op) {
            synchronized (failed) {
                failed.add(op);
            }
        }

        // the last device's barrier reply moves the batch on, on that switch's I/O thread: a hand-over to
        // another thread would add its wake-up to every first packet's delay
        private void done(AtomicInteger pending) {
            if (pending.decrementAndGet() == 0) {
                next();
            }
        }

        private void finish() {
            FlowRuleOperationsContext context = ops.callback();
            if (context == null) {
                return;
            }
            List<FlowRuleOperation> failures;
            synchronized (failed) {
                failures = List.copyOf(failed);
            }
            try {
                if (failures.isEmpty()) {
                    context.onSuccess(ops);
                } else {
                    FlowRuleOperations.Builder b = FlowRuleOperations.builder();
                    failures.forEach(b::operation);
                    context.onError(b.build());
                }
            } catch (RuntimeException e) {
                log.error("Callback of a flow rule batch failed", e);
            }
        }
    }
}
