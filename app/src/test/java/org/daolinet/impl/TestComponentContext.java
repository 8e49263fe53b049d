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

import org.onlab.osgi.ComponentContextAdapter;

import java.util.Dictionary;
import java.util.Hashtable;

/**
 * Component context carrying configuration properties, as OSGi hands them to a component's
 * {@code @Activate} and {@code @Modified} methods after {@code cfg set}.
 */
// the adapter implements the generic methods of ComponentContext with raw types
@SuppressWarnings("unchecked")
public class TestComponentContext extends ComponentContextAdapter {

    private final Hashtable<String, Object> properties = new Hashtable<>();

    /**
     * Returns a context with one property.
     *
     * @param name  property name
     * @param value property value
     * @return context
     */
    public static TestComponentContext withProperty(String name, Object value) {
        return new TestComponentContext().set(name, value);
    }

    /**
     * Sets a property.
     *
     * @param name  property name
     * @param value property value
     * @return this context
     */
    public TestComponentContext set(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    @Override
    public Dictionary<String, Object> getProperties() {
        return properties;
    }
}
