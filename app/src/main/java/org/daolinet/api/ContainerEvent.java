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
 * Describes a change of a container.
 */
public class ContainerEvent extends AbstractEvent<ContainerEvent.Type, Container> {

    /**
     * Kinds of container changes.
     */
    public enum Type {
        /** Signifies that a container was registered. */
        CONTAINER_ADDED,
        /** Signifies that a container's registration changed in place. */
        CONTAINER_UPDATED,
        /** Signifies that a container was re-bound to another server or port (previous subject: old binding). */
        CONTAINER_MOVED,
        /** Signifies that a container was removed. */
        CONTAINER_REMOVED
    }

    private final Container prevSubject;

    /**
     * Creates an event.
     *
     * @param type    kind of change
     * @param subject the container after the change (before it, for removals)
     */
    public ContainerEvent(Type type, Container subject) {
        this(type, subject, null);
    }

    /**
     * Creates an event that also carries the container as it was before the change.
     *
     * @param type        kind of change
     * @param subject     the container after the change (before it, for removals)
     * @param prevSubject the container before the change, or null
     */
    public ContainerEvent(Type type, Container subject, Container prevSubject) {
        super(type, subject);
        this.prevSubject = prevSubject;
    }

    /**
     * Returns the container as it was before the change, if the event carries it.
     *
     * @return previous container or null
     */
    public Container prevSubject() {
        return prevSubject;
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("type", type()).add("subject", subject())
                .add("prevSubject", prevSubject).toString();
    }
}
