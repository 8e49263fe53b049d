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

import java.util.List;
import java.util.Objects;

/**
 * State of one configuration of a declarative services component, as Felix SCR reports it.
 */
public final class ComponentState {

    /**
     * Component configuration states of OSGi Declarative Services 1.4, plus the two cases in which a
     * component has no configuration at all.
     */
    public enum State {
        /** The component is disabled, so SCR made no configuration of it. */
        DISABLED(0),
        /** Enabled, but no configuration exists: its configuration policy requires one that is missing. */
        NO_CONFIGURATION(0),
        /** The configuration the component requires is missing. */
        UNSATISFIED_CONFIGURATION(1),
        /** A mandatory reference has no target service. */
        UNSATISFIED_REFERENCE(2),
        /** Satisfied but not activated (a delayed component nobody asked for yet). */
        SATISFIED(4),
        /** Activated. */
        ACTIVE(8),
        /** Satisfied, but its activate method failed. */
        FAILED_ACTIVATION(16);

        /** The {@code ComponentConfigurationDTO.state} code; 0 for the states without a configuration. */
        private final int code;

        State(int code) {
            this.code = code;
        }

        /**
         * Returns the state of a {@code ComponentConfigurationDTO.state} code.
         *
         * @param code state code
         * @return state
         * @throws IllegalArgumentException if the code is not a DS 1.4 state
         */
        public static State of(int code) {
            for (State s : values()) {
                if (s.code == code && code != 0) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown component state " + code);
        }
    }

    private final String name;
    private final String bundle;
    private final State state;
    private final List<String> unsatisfiedReferences;
    private final String failure;

    /**
     * Creates a component state.
     *
     * @param name                  component name
     * @param bundle                symbolic name of the bundle declaring the component
     * @param state                 state
     * @param unsatisfiedReferences unsatisfied references, each as "name (interface)"
     * @param failure               why activation failed, or null
     */
    public ComponentState(String name, String bundle, State state, List<String> unsatisfiedReferences,
                          String failure) {
        this.name = Objects.requireNonNull(name, "name");
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.state = Objects.requireNonNull(state, "state");
        this.unsatisfiedReferences = List.copyOf(unsatisfiedReferences);
        this.failure = failure;
    }

    /**
     * Returns the component name (by default its implementation class).
     *
     * @return name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the symbolic name of the bundle declaring the component.
     *
     * @return bundle symbolic name
     */
    public String bundle() {
        return bundle;
    }

    /**
     * Returns the state.
     *
     * @return state
     */
    public State state() {
        return state;
    }

    /**
     * Returns the references without a target service, each as "name (interface)".
     *
     * @return unsatisfied references; empty if there are none
     */
    public List<String> unsatisfiedReferences() {
        return unsatisfiedReferences;
    }

    /**
     * Returns why the activation failed, as SCR reports it.
     *
     * @return failure text, or null if there is none
     */
    public String failure() {
        return failure;
    }

    /**
     * Tells whether the component is active.
     *
     * @return true if active
     */
    public boolean isActive() {
        return state == State.ACTIVE;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ComponentState)) {
            return false;
        }
        ComponentState that = (ComponentState) o;
        return name.equals(that.name) && bundle.equals(that.bundle) && state == that.state
                && unsatisfiedReferences.equals(that.unsatisfiedReferences) && Objects.equals(failure, that.failure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, bundle, state, unsatisfiedReferences, failure);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(name).append(" [").append(bundle).append("] ").append(state);
        if (!unsatisfiedReferences.isEmpty()) {
            s.append(" unsatisfied: ").append(String.join(", ", unsatisfiedReferences));
        }
        if (failure != null) {
            s.append(" failure: ").append(failure);
        }
        return s.toString();
    }
}
