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

import com.google.common.base.MoreObjects;
import org.onosproject.event.AbstractEvent;

/**
 * Describes a change of a network.
 */
public class NetworkEvent extends AbstractEvent<NetworkEvent.Type, Network> {

    /**
     * Kinds of network changes.
     */
    public enum Type {
        /** Signifies that a network was created. */
        NETWORK_CREATED,
        /** Signifies that a network was deleted. */
        NETWORK_REMOVED
    }

    private final Network prevSubject;

    /**
     * Creates an event.
     *
     * @param type    kind of change
     * @param subject the network after the change (before it, for removals)
     */
    public NetworkEvent(Type type, Network subject) {
        this(type, subject, null);
    }

    /**
     * Creates an event that also carries the network as it was before the change.
     *
     * @param type        kind of change
     * @param subject     the network after the change (before it, for removals)
     * @param prevSubject the network before the change, or null
     */
    public NetworkEvent(Type type, Network subject, Network prevSubject) {
        super(type, subject);
        this.prevSubject = prevSubject;
    }

    /**
     * Returns the network as it was before the change, if the event carries it.
     *
     * @return previous network or null
     */
    public Network prevSubject() {
        return prevSubject;
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("type", type()).add("subject", subject())
                .add("prevSubject", prevSubject).toString();
    }
}
