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

/**
 * Outcome of an access decision, with the granularity of the rules it calls for.
 * <p>
 * {@code ALLOW} and {@code DENY} hold for all of the pair's traffic, so routes and drop rules match
 * addresses only. The {@code _L4} variants hold for the packet's protocol and destination port only:
 * some rule about this pair is L4-specific, so the installed rules must match the protocol and port
 * too and leave the pair's other traffic to its own decisions.
 */
public enum AccessDecision {
    /** Allowed, for all traffic of the pair. */
    ALLOW(true, false),
    /** Allowed for this protocol and destination port only. */
    ALLOW_L4(true, true),
    /** Denied, for all traffic of the pair. */
    DENY(false, false),
    /** Denied for this protocol and destination port only. */
    DENY_L4(false, true);

    private final boolean allowed;
    private final boolean l4;

    AccessDecision(boolean allowed, boolean l4) {
        this.allowed = allowed;
        this.l4 = l4;
    }

    /**
     * Tells whether traffic may pass.
     *
     * @return true if allowed
     */
    public boolean allowed() {
        return allowed;
    }

    /**
     * Tells whether the decision holds only for the packet's protocol and destination port.
     *
     * @return true if L4-specific
     */
    public boolean l4Specific() {
        return l4;
    }
}
