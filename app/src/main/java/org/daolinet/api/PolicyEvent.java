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
package org.daolinet.api;

import com.google.common.collect.ImmutableSet;
import org.onosproject.event.AbstractEvent;

import java.util.Optional;
import java.util.Set;

/**
 * Describes a change of the access policy: a group, a pair policy or a firewall rule. The subject is
 * the key of what changed ({@code tenant/name} of a group or rule, {@code idA|idB} of a pair).
 */
public class PolicyEvent extends AbstractEvent<PolicyEvent.Type, String> {

    /**
     * Kinds of policy changes.
     */
    public enum Type {
        /** A group was created. */
        GROUP_CREATED,
        /** A group's members changed. */
        GROUP_UPDATED,
        /** A group was deleted. */
        GROUP_REMOVED,
        /** A pair policy was set (connect or disconnect). */
        PAIR_SET,
        /** A pair policy was cleared. */
        PAIR_CLEARED,
        /** A firewall rule was added. */
        RULE_ADDED,
        /** A firewall rule was removed. */
        RULE_REMOVED
    }

    /** The only containers whose decisions the change may have altered, or null if not known. */
    private final Set<String> concerned;

    /**
     * Creates an event.
     *
     * @param type kind of change
     * @param key  key of what changed
     */
    public PolicyEvent(Type type, String key) {
        super(type, key);
        this.concerned = null;
    }

    /**
     * Creates an event that says whose decisions the change may have altered.
     *
     * @param type      kind of change
     * @param key       key of what changed
     * @param concerned ids of the only containers whose decisions (with any peer, external address
     *                  or client) the change may have altered
     */
    public PolicyEvent(Type type, String key, Set<String> concerned) {
        super(type, key);
        this.concerned = ImmutableSet.copyOf(concerned);
    }

    /**
     * Returns the ids of the only containers whose decisions the change may have altered, if known.
     *
     * @return container ids; empty if not known (any container's may have changed)
     */
    public Optional<Set<String>> concerned() {
        return Optional.ofNullable(concerned);
    }
}
