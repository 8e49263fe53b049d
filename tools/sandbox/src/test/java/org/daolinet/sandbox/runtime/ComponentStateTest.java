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
package org.daolinet.sandbox.runtime;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Component states as SCR's DTO codes name them.
 */
public class ComponentStateTest {

    @Test
    public void mapsTheDeclarativeServicesCodes() {
        assertEquals(ComponentState.State.UNSATISFIED_CONFIGURATION, ComponentState.State.of(1));
        assertEquals(ComponentState.State.UNSATISFIED_REFERENCE, ComponentState.State.of(2));
        assertEquals(ComponentState.State.SATISFIED, ComponentState.State.of(4));
        assertEquals(ComponentState.State.ACTIVE, ComponentState.State.of(8));
        assertEquals(ComponentState.State.FAILED_ACTIVATION, ComponentState.State.of(16));
        for (int code : new int[]{0, 3, 32}) {
            try {
                ComponentState.State.of(code);
                fail("accepted state code " + code);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().contains(String.valueOf(code)));
            }
        }
    }

    @Test
    public void describesWhatIsMissing() {
        ComponentState waiting = new ComponentState("org.example.Manager", "org.example.app",
                                                    ComponentState.State.UNSATISFIED_REFERENCE,
                                                    List.of("store (org.example.Store)"), null);
        assertFalse(waiting.isActive());
        assertEquals("org.example.Manager [org.example.app] UNSATISFIED_REFERENCE unsatisfied: "
                             + "store (org.example.Store)", waiting.toString());
        ComponentState active = new ComponentState("org.example.Manager", "org.example.app",
                                                   ComponentState.State.ACTIVE, List.of(), null);
        assertTrue(active.isActive());
        assertEquals("org.example.Manager [org.example.app] ACTIVE", active.toString());
    }
}
