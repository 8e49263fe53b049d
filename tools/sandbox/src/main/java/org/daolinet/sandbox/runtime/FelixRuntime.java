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

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.dto.BundleDTO;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * An embedded Apache Felix framework that runs bundles as ONOS's Karaf container does: Felix SCR activates
 * their declarative services components and Karaf's shell runs their commands. Bundles come from files,
 * streams (such as the jars inside a .oar) or from packages of the host's class path.
 * <p>
 * The host and the bundles share only the JDK and the OSGi framework API; every other class (ONOS, DaoliNet,
 * SCR, Karaf) exists once per side. The host therefore talks to SCR and Karaf reflectively, through their
 * interfaces as the framework loaded them, and runs code that needs the ONOS or DaoliNet API inside the
 * framework (see {@link #newInstance}).
 */
public final class FelixRuntime implements AutoCloseable {

    private static final String SCR = "org.osgi.service.component.runtime.ServiceComponentRuntime";
    private static final String DESCRIPTION_DTO = "org.osgi.service.component.runtime.dto.ComponentDescriptionDTO";
    private static final String SESSION_FACTORY = "org.apache.karaf.shell.api.console.SessionFactory";
    private static final String SESSION = "org.apache.karaf.shell.api.console.Session";
    private static final long STOP_TIMEOUT_MILLIS = 10_000;

    private final Framework framework;
    private final List<Bundle> installed = new ArrayList<>();

    private FelixRuntime(Framework framework) {
        this.framework = framework;
    }

    /**
     * Starts a framework.
     *
     * @param storage    directory of the framework's bundle cache; emptied first
     * @param properties further framework properties, overriding the defaults
     * @return the running framework
     * @throws BundleException if the framework does not start
     */
    public static FelixRuntime start(File storage, Map<String, String> properties) throws BundleException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.getAbsolutePath());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",",
                // Kryo and Objenesis, under ONOS's serializers, reach for these JDK internals
                "sun.misc", "sun.reflect",
                // StAX at its JSR 173 version, as Karaf exports it; bundles import it as [1.0,2)
                "javax.xml.stream;version=1.0.1", "javax.xml.stream.events;version=1.0.1",
                "javax.xml.stream.util;version=1.0.1"));
        // resolve on the calling thread: Felix's resolver pool outlives a stopped framework by a minute
        config.put("felix.resolver.parallelism", "1");
        config.putAll(properties);
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.start();
        return new FelixRuntime(framework);
    }

    /**
     * Returns the system bundle's context.
     *
     * @return bundle context
     */
    public BundleContext context() {
        return framework.getBundleContext();
    }

    /**
     * Installs a bundle from a file.
     *
     * @param jar bundle jar
     * @return the bundle
     * @throws BundleException if it cannot be installed
     */
    public Bundle install(File jar) throws BundleException {
        return track(context().installBundle(jar.toURI().toString()));
    }

    /**
     * Installs a bundle from a stream.
     *
     * @param location location to record, such as the bundle's Maven URL
     * @param content  bundle jar; closed by the framework
     * @return the bundle
     * @throws BundleException if it cannot be installed
     */
    public Bundle install(String location, InputStream content) throws BundleException {
        return track(context().installBundle(location, content));
    }

    /**
     * Installs a bundle from bytes, such as those {@link BundleArchives} builds.
     *
     * @param location location to record
     * @param content  bundle jar
     * @return the bundle
     * @throws BundleException if it cannot be installed
     */
    public Bundle install(String location, byte[] content) throws BundleException {
        return install(location, new ByteArrayInputStream(content));
    }

    private Bundle track(Bundle bundle) {
        installed.add(bundle);
        return bundle;
    }

    /**
     * Starts every bundle installed through this runtime that is not a fragment, in installation order,
     * and keeps going past failures.
     *
     * @return the bundles that did not start, with why; empty if all started
     */
    public Map<Bundle, BundleException> startAll() {
        Map<Bundle, BundleException> failures = new LinkedHashMap<>();
        for (Bundle b : installed) {
            if (!isFragment(b) && b.getState() != Bundle.ACTIVE) {
                try {
                    b.start();
                } catch (BundleException e) {
                    failures.put(b, e);
                }
            }
        }
        return failures;
    }

    /**
     * Tells whether a bundle is a fragment.
     *
     * @param bundle bundle
     * @return true if it is a fragment
     */
    public static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    /**
     * Returns the bundles installed in the framework, the system bundle included.
     *
     * @return bundles by id
     */
    public List<Bundle> bundles() {
        return Arrays.asList(context().getBundles());
    }

    /**
     * Finds a bundle by symbolic name.
     *
     * @param symbolicName symbolic name
     * @return the bundle, or null if none is installed
     */
    public Bundle bundle(String symbolicName) {
        for (Bundle b : context().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    /**
     * Registers a service on behalf of a bundle.
     *
     * @param owner      bundle the registration belongs to
     * @param iface      name of the service interface
     * @param service    service object, of a class loaded inside the framework
     * @param properties service properties, or null
     * @return the registration
     */
    public ServiceRegistration<?> register(Bundle owner, String iface, Object service,
                                           Dictionary<String, ?> properties) {
        return owner.getBundleContext().registerService(iface, service, properties);
    }

    /**
     * Waits for a service and returns it. Any service of that interface name qualifies, whichever class
     * space it was registered from.
     *
     * @param iface         name of the service interface
     * @param timeoutMillis longest wait
     * @return the service object
     * @throws TimeoutException     if no such service appeared in time
     * @throws InterruptedException if interrupted while waiting
     */
    public Object service(String iface, long timeoutMillis) throws TimeoutException, InterruptedException {
        return context().getService(await(iface, timeoutMillis));
    }

    /**
     * Creates an object of a class as a bundle sees it, with the class's public no-argument constructor.
     * Make the class implement a JDK interface (such as {@code java.util.function.Supplier}) to call it from
     * the host.
     *
     * @param bundle    bundle whose class space to load the class from
     * @param className class name
     * @return the new object
     * @throws ReflectiveOperationException if the class cannot be loaded or instantiated
     */
    public Object newInstance(Bundle bundle, String className) throws ReflectiveOperationException {
        return bundle.loadClass(className).getConstructor().newInstance();
    }

    /**
     * Runs a command line in a new Karaf shell session, as an operator would on ONOS's console.
     *
     * @param commandLine   command line, such as {@code daolinet-containers -j}
     * @param timeoutMillis longest wait for Karaf's session factory
     * @return what the command printed
     * @throws ShellException if the command failed; it carries the output
     * @throws Exception      if no shell is available
     */
    public ShellOutput shell(String commandLine, long timeoutMillis) throws Exception {
        ServiceReference<?> ref = await(SESSION_FACTORY, timeoutMillis);
        Object factory = context().getService(ref);
        Class<?> factoryType = ref.getBundle().loadClass(SESSION_FACTORY);
        Class<?> sessionType = ref.getBundle().loadClass(SESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Object session = factoryType.getMethod("create", InputStream.class, PrintStream.class, PrintStream.class)
                .invoke(factory, new ByteArrayInputStream(new byte[0]), printer(out), printer(err));
        try {
            sessionType.getMethod("execute", CharSequence.class).invoke(session, commandLine);
        } catch (InvocationTargetException e) {
            throw new ShellException(commandLine, new ShellOutput(text(out), text(err)), e.getCause());
        } finally {
            sessionType.getMethod("close").invoke(session);
            context().ungetService(ref);
        }
        return new ShellOutput(text(out), text(err));
    }

    private static PrintStream printer(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /**
     * Returns the state of every configuration of every declarative services component of some bundles,
     * as Felix SCR reports it.
     *
     * @param which selects the bundles
     * @param timeoutMillis longest wait for SCR
     * @return component states; empty if no bundle is selected or none declares components
     * @throws Exception if SCR is not running or cannot be queried
     */
    public List<ComponentState> components(Predicate<Bundle> which, long timeoutMillis) throws Exception {
        Bundle[] selected = bundles().stream().filter(which).toArray(Bundle[]::new);
        if (selected.length == 0) {
            // SCR answers for all bundles when asked for none
            return List.of();
        }
        ServiceReference<?> ref = await(SCR, timeoutMillis);
        Object scr = context().getService(ref);
        try {
            Class<?> scrType = ref.getBundle().loadClass(SCR);
            Class<?> descriptionType = ref.getBundle().loadClass(DESCRIPTION_DTO);
            List<ComponentState> states = new ArrayList<>();
            Collection<?> descriptions = (Collection<?>) scrType.getMethod("getComponentDescriptionDTOs",
                                                                           Bundle[].class)
                    .invoke(scr, (Object) selected);
            for (Object description : descriptions) {
                String name = (String) field(description, "name");
                String bundle = ((BundleDTO) field(description, "bundle")).symbolicName;
                Collection<?> configurations = (Collection<?>) scrType
                        .getMethod("getComponentConfigurationDTOs", descriptionType).invoke(scr, description);
                if (configurations.isEmpty()) {
                    boolean enabled = (Boolean) scrType.getMethod("isComponentEnabled", descriptionType)
                            .invoke(scr, description);
                    states.add(new ComponentState(name, bundle, enabled ? ComponentState.State.NO_CONFIGURATION
                            : ComponentState.State.DISABLED, List.of(), null));
                }
                for (Object configuration : configurations) {
                    states.add(new ComponentState(name, bundle,
                                                  ComponentState.State.of((Integer) field(configuration, "state")),
                                                  unsatisfied(description, configuration),
                                                  (String) field(configuration, "failure")));
                }
            }
            return states;
        } finally {
            context().ungetService(ref);
        }
    }

    /**
     * Returns the properties an active component was last given: its declared ones merged with its
     * configuration, as its activate or modified method received them.
     *
     * @param name          component name (by default its implementation class)
     * @param timeoutMillis longest wait for SCR
     * @return properties of its first active configuration; empty if the component is not active
     * @throws Exception if SCR is not running or cannot be queried
     */
    public Map<String, Object> componentProperties(String name, long timeoutMillis) throws Exception {
        ServiceReference<?> ref = await(SCR, timeoutMillis);
        Object scr = context().getService(ref);
        try {
            Class<?> scrType = ref.getBundle().loadClass(SCR);
            Class<?> descriptionType = ref.getBundle().loadClass(DESCRIPTION_DTO);
            Collection<?> descriptions = (Collection<?>) scrType.getMethod("getComponentDescriptionDTOs",
                                                                           Bundle[].class)
                    .invoke(scr, (Object) new Bundle[0]);
            for (Object description : descriptions) {
                if (!name.equals(field(description, "name"))) {
                    continue;
                }
                for (Object configuration : (Collection<?>) scrType
                        .getMethod("getComponentConfigurationDTOs", descriptionType).invoke(scr, description)) {
                    int state = (Integer) field(configuration, "state");
                    if (ComponentState.State.of(state) == ComponentState.State.ACTIVE) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> properties = (Map<String, Object>) field(configuration, "properties");
                        return new HashMap<>(properties);
                    }
                }
            }
            return Map.of();
        } finally {
            context().ungetService(ref);
        }
    }

    private static List<String> unsatisfied(Object description, Object configuration)
            throws ReflectiveOperationException {
        Map<String, String> interfaces = new HashMap<>();
        for (Object reference : (Object[]) field(description, "references")) {
            interfaces.put((String) field(reference, "name"), (String) field(reference, "interfaceName"));
        }
        List<String> unsatisfied = new ArrayList<>();
        Object[] references = (Object[]) field(configuration, "unsatisfiedReferences");
        for (Object reference : references == null ? new Object[0] : references) {
            String name = (String) field(reference, "name");
            unsatisfied.add(name + " (" + interfaces.get(name) + ")");
        }
        return unsatisfied;
    }

    // DTOs have public fields only
    private static Object field(Object dto, String name) throws ReflectiveOperationException {
        return dto.getClass().getField(name).get(dto);
    }

    // the system bundle sees only services of its own class space unless it asks for all of them: the host's
    // class path may hold other copies of the service interfaces
    private ServiceReference<?> await(String iface, long timeoutMillis) throws TimeoutException, InterruptedException {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context(), iface, null);
        tracker.open(true);
        try {
            if (tracker.waitForService(timeoutMillis) == null) {
                throw new TimeoutException("no " + iface + " service after " + timeoutMillis + " ms");
            }
            return tracker.getServiceReference();
        } finally {
            tracker.close();
        }
    }

    /**
     * Stops the framework and waits for it to stop.
     *
     * @throws Exception if it does not stop in time
     */
    @Override
    public void close() throws Exception {
        framework.stop();
        if (framework.waitForStop(STOP_TIMEOUT_MILLIS).getType() == FrameworkEvent.WAIT_TIMEDOUT) {
            throw new TimeoutException("framework did not stop in " + STOP_TIMEOUT_MILLIS + " ms");
        }
    }
}
