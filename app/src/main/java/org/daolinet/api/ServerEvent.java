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
 * Describes a change of a server.
 */
public class ServerEvent extends AbstractEvent<ServerEvent.Type, Server> {

    /**
     * Kinds of server changes.
     */
    public enum Type {
        /** Signifies that a server was registered. */
        SERVER_ADDED,
        /** Signifies that a server's registration changed. */
        SERVER_UPDATED,
        /** Signifies that a server was removed. */
        SERVER_REMOVED,
        /** Signifies that this ONOS node learned or lost the port number of a server's uplink. */
        UPLINK_CHANGED
    }

    private final Server prevSubject;

    /**
     * Creates an event.
     *
     * @param type    kind of change
     * @param subject the server after the change (before it, for removals)
     */
    public ServerEvent(Type type, Server subject) {
        this(type, subject, null);
    }

    /**
     * Creates an event that also carries the server as it was before the change.
     *
     * @param type        kind of change
     * @param subject     the server after the change (before it, for removals)
     * @param prevSubject the server before the change, or null
     */
    public ServerEvent(Type type, Server subject, Server prevSubject) {
        super(type, subject);
        this.prevSubject = prevSubject;
    }

    /**
     * Returns the server as it was before the change, if the event carries it.
     *
     * @return previous server or null
     */
    public Server prevSubject() {
        return prevSubject;
    }

    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("type", type()).add("subject", subject())
                .add("prevSubject", prevSubject).toString();
    }
}
