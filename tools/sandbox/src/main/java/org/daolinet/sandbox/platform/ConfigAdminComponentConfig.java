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
package org.daolinet.sandbox.platform;

import org.onosproject.cfg.ComponentConfigService;
import org.onosproject.cfg.ConfigProperty;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Component configuration of a single node, kept where the declarative services runtime reads it: in
 * ConfigAdmin, under the component's name as PID. Setting a property therefore reconfigures the component
 * at once (its {@code @Modified} method runs), as {@code cfg set} does in ONOS.
 * <p>
 * A component registers its properties with the definitions file that ONOS's build generates next to its
 * class ({@code Name.cfgdef}: {@code name|TYPE|default|description} per line). Values are kept as strings,
 * as ONOS keeps them; a value that does not parse as the property's type is refused.
 */
public final class ConfigAdminComponentConfig implements ComponentConfigService {

    private static final String DEFINITIONS = ".cfgdef";
    private static final String COMMENT = "#";
    private static final int FIELDS = 4;

    private final ConfigurationAdmin configAdmin;
    private final Map<String, Map<String, ConfigProperty>> components = new ConcurrentHashMap<>();

    /**
     * Creates the service.
     *
     * @param configAdmin where the configurations live
     */
    public ConfigAdminComponentConfig(ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    @Override
    public Set<String> getComponentNames() {
        return Set.copyOf(components.keySet());
    }

    /**
     * Registers the properties of a component, with the values already configured for it.
     *
     * @param componentClass the component's class, next to which its definitions file lies
     * @throws IllegalArgumentException if the class has no definitions file, or one that does not parse
     */
    @Override
    public void registerProperties(Class<?> componentClass) {
        String component = componentClass.getName();
        Map<String, ConfigProperty> properties = new ConcurrentHashMap<>();
        Dictionary<String, Object> configured = configuration(component).getProperties();
        for (ConfigProperty p : definitions(componentClass)) {
            Object value = configured == null ? null : configured.get(p.name());
            properties.put(p.name(), value == null ? p : ConfigProperty.setProperty(p, value.toString()));
        }
        components.put(component, properties);
    }

    @Override
    public void unregisterProperties(Class<?> componentClass, boolean clear) {
        Map<String, ConfigProperty> removed = components.remove(componentClass.getName());
        if (clear && removed != null) {
            update(componentClass.getName(), d -> removed.keySet().forEach(d::remove));
        }
    }

    @Override
    public Set<ConfigProperty> getProperties(String componentName) {
        Map<String, ConfigProperty> properties = components.get(componentName);
        return properties == null ? null : Set.copyOf(properties.values());
    }

    @Override
    public void setProperty(String componentName, String name, String value) {
        ConfigProperty p = property(componentName, name);
        check(componentName, p, value);
        components.get(componentName).put(name, ConfigProperty.setProperty(p, value));
        update(componentName, d -> d.put(name, value));
    }

    @Override
    public void preSetProperty(String componentName, String name, String value) {
        preSetProperty(componentName, name, value, true);
    }

    @Override
    public void preSetProperty(String componentName, String name, String value, boolean override) {
        Map<String, ConfigProperty> properties = components.get(componentName);
        ConfigProperty p = properties == null ? null : properties.get(name);
        if (p != null) {
            check(componentName, p, value);
        }
        update(componentName, d -> {
            if (override || d.get(name) == null) {
                d.put(name, value);
                if (p != null) {
                    properties.put(name, ConfigProperty.setProperty(p, value));
                }
            }
        });
    }

    @Override
    public void unsetProperty(String componentName, String name) {
        ConfigProperty p = property(componentName, name);
        components.get(componentName).put(name, ConfigProperty.resetProperty(p));
        update(componentName, d -> d.remove(name));
    }

    @Override
    public ConfigProperty getProperty(String componentName, String attribute) {
        Map<String, ConfigProperty> properties = components.get(componentName);
        return properties == null ? null : properties.get(attribute);
    }

    private ConfigProperty property(String componentName, String name) {
        Map<String, ConfigProperty> properties = components.get(componentName);
        if (properties == null) {
            throw new IllegalArgumentException("Component " + componentName + " is not registered");
        }
        ConfigProperty p = properties.get(name);
        if (p == null) {
            throw new IllegalArgumentException("Property " + name + " does not exist for " + componentName);
        }
        return p;
    }

    private static void check(String componentName, ConfigProperty p, String value) {
        boolean valid;
        try {
            switch (p.type()) {
                case INTEGER:
                    Integer.parseInt(value);
                    break;
                case LONG:
                    Long.parseLong(value);
                    break;
                case FLOAT:
                    Float.parseFloat(value);
                    break;
                case DOUBLE:
                    Double.parseDouble(value);
                    break;
                case BYTE:
                    Byte.parseByte(value);
                    break;
                default:
                    break;
            }
            valid = p.type() != ConfigProperty.Type.BOOLEAN
                    || "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value);
        } catch (NumberFormatException | NullPointerException e) {
            valid = false;
        }
        if (!valid) {
            throw new IllegalArgumentException("Invalid " + p.type() + " value '" + value + "' for property "
                                                       + p.name() + " of " + componentName);
        }
    }

    private Configuration configuration(String pid) {
        try {
            return configAdmin.getConfiguration(pid, null);
        } catch (IOException e) {
            throw new UncheckedIOException("configuration " + pid + " cannot be read", e);
        }
    }

    private void update(String pid, Consumer<Dictionary<String, Object>> change) {
        Configuration c = configuration(pid);
        Dictionary<String, Object> properties = c.getProperties();
        if (properties == null) {
            properties = new Hashtable<>();
        }
        change.accept(properties);
        try {
            c.update(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("configuration " + pid + " cannot be written", e);
        }
    }

    private static Set<ConfigProperty> definitions(Class<?> componentClass) {
        String resource = componentClass.getSimpleName() + DEFINITIONS;
        try (InputStream in = componentClass.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Property definitions not found at resource " + resource
                                                           + " of " + componentClass.getName());
            }
            Set<ConfigProperty> definitions = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith(COMMENT)) {
                    continue;
                }
                String[] f = line.split("\\|", FIELDS);
                if (f.length < FIELDS) {
                    throw new IllegalArgumentException(resource + ": not name|type|default|description: " + line);
                }
                definitions.add(ConfigProperty.defineProperty(f[0], ConfigProperty.Type.valueOf(f[1]), f[2], f[3]));
            }
            return definitions;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }
}
