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

import com.google.common.collect.ImmutableList;
import org.onosproject.core.ApplicationId;
import org.onosproject.net.DeviceId;
import org.onosproject.net.flow.DefaultFlowEntry;
import org.onosproject.net.flow.FlowEntry;
import org.onosproject.net.flow.FlowRule;
import org.onosproject.net.flow.FlowRuleEvent;
import org.onosproject.net.flow.FlowRuleListener;
import org.onosproject.net.flow.FlowRuleOperation;
import org.onosproject.net.flow.FlowRuleOperations;
import org.onosproject.net.flow.FlowRuleServiceAdapter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A flow rule service that models the servers' flow tables: batches are held until the test
 * completes (or fails) them, as ONOS confirms a batch only once every switch has acknowledged it;
 * with auto-completion on, they are confirmed at once. Rules equal by device, match and priority
 * replace each other, as in an OpenFlow table.
 */
public class RecordingFlowRuleService extends FlowRuleServiceAdapter {

    /** Every batch submitted, in order. */
    public final List<FlowRuleOperations> batches = new CopyOnWriteArrayList<>();
    private final List<FlowRuleOperations> pending = new CopyOnWriteArrayList<>();
    private final Set<FlowRule> table = new LinkedHashSet<>();
    private final List<FlowRuleListener> listeners = new CopyOnWriteArrayList<>();
    private boolean autoComplete;
    /** Application ids whose rules were removed with removeFlowRulesById. */
    public final List<ApplicationId> removedApps = new ArrayList<>();

    /**
     * Sets whether batches are confirmed as soon as they are submitted.
     *
     * @param auto true to confirm at once
     * @return this
     */
    public RecordingFlowRuleService autoComplete(boolean auto) {
        this.autoComplete = auto;
        return this;
    }

    @Override
    public synchronized void apply(FlowRuleOperations ops) {
        batches.add(ops);
        if (autoComplete) {
            confirm(ops);
        } else {
            pending.add(ops);
        }
    }

    /**
     * Confirms every pending batch: applies it to the tables and calls its success callback.
     */
    public synchronized void completeAll() {
        List<FlowRuleOperations> now = ImmutableList.copyOf(pending);
        pending.clear();
        now.forEach(this::confirm);
    }

    /**
     * Fails every pending batch: nothing changes in the tables, the error callback is called.
     */
    public synchronized void failAll() {
        List<FlowRuleOperations> now = ImmutableList.copyOf(pending);
        pending.clear();
        now.forEach(ops -> ops.callback().onError(ops));
    }

    /**
     * Returns the number of batches awaiting confirmation.
     *
     * @return count
     */
    public int pendingBatches() {
        return pending.size();
    }

    private void confirm(FlowRuleOperations ops) {
        for (Set<FlowRuleOperation> stage : ops.stages()) {
            for (FlowRuleOperation op : stage) {
                if (op.type() == FlowRuleOperation.Type.REMOVE) {
                    remove(op.rule());
                } else {
                    install(op.rule());
                }
            }
        }
        if (ops.callback() != null) {
            ops.callback().onSuccess(ops);
        }
    }

    private void install(FlowRule rule) {
        table.remove(rule);
        table.add(rule);
    }

    private void remove(FlowRule rule) {
        table.remove(rule);
    }

    @Override
    public synchronized void applyFlowRules(FlowRule... flowRules) {
        for (FlowRule r : flowRules) {
            install(r);
        }
    }

    @Override
    public synchronized void removeFlowRules(FlowRule... flowRules) {
        for (FlowRule r : flowRules) {
            remove(r);
        }
    }

    @Override
    public synchronized void removeFlowRulesById(ApplicationId appId) {
        removedApps.add(appId);
        table.removeIf(r -> r.appId() == appId.id());
    }

    /**
     * Lets a rule expire as the switch would: it leaves the table and RULE_REMOVED is posted.
     *
     * @param rule rule
     */
    public void expire(FlowRule rule) {
        synchronized (this) {
            remove(rule);
        }
        FlowEntry entry = new DefaultFlowEntry(rule, FlowEntry.FlowEntryState.REMOVED, 0, 0, 0);
        listeners.forEach(l -> l.event(new FlowRuleEvent(FlowRuleEvent.Type.RULE_REMOVED, entry)));
    }

    /**
     * Returns the rules in a device's table.
     *
     * @param deviceId device
     * @return rules
     */
    public synchronized List<FlowRule> rules(DeviceId deviceId) {
        return table.stream().filter(r -> r.deviceId().equals(deviceId)).collect(Collectors.toList());
    }

    /**
     * Returns all rules in all tables.
     *
     * @return rules
     */
    public synchronized List<FlowRule> rules() {
        return ImmutableList.copyOf(table);
    }

    /**
     * Tells whether a rule is in its device's table.
     *
     * @param rule rule
     * @return true if installed
     */
    public synchronized boolean installed(FlowRule rule) {
        return table.contains(rule);
    }

    @Override
    public synchronized FlowEntry getFlowEntry(FlowRule rule) {
        return table.contains(rule) ? new DefaultFlowEntry(rule, FlowEntry.FlowEntryState.ADDED, 1, 7, 700) : null;
    }

    @Override
    public void addListener(FlowRuleListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(FlowRuleListener listener) {
        listeners.remove(listener);
    }
}
