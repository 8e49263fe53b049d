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

import org.onosproject.event.AbstractEvent;

/**
 * Describes the creation or removal of a port mapping.
 */
public class PortMappingEvent extends AbstractEvent<PortMappingEvent.Type, PortMapping> {

    /**
     * Kinds of port mapping events.
     */
    public enum Type {
        /** A port was published. */
        MAPPING_ADDED,
        /** A publication was withdrawn. */
        MAPPING_REMOVED
    }

    /**
     * Creates an event.
     *
     * @param type    kind
     * @param mapping the mapping
     */
    public PortMappingEvent(Type type, PortMapping mapping) {
        super(type, mapping);
    }
}
