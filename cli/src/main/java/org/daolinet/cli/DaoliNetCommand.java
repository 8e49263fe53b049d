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
package org.daolinet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.daolinet.api.Container;
import org.daolinet.api.ContainerService;
import org.daolinet.api.DaoliNetException;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.Server;
import org.daolinet.api.ServerService;
import org.daolinet.api.Validation;
import org.onlab.osgi.ServiceDirectory;
import org.onosproject.cli.AbstractShellCommand;
import org.onosproject.codec.CodecService;
import org.onosproject.codec.JsonCodec;
import org.onosproject.net.PortNumber;

import java.util.Collection;

/**
 * Base of the DaoliNet commands: service lookup that tests can redirect, one place that turns a
 * rejected request into {@code Error: <message>} on the error stream, JSON printing through the
 * codecs, and the argument conventions shared by several commands (tenant option, network,
 * server and container references).
 */
public abstract class DaoliNetCommand extends AbstractShellCommand {

    private static final String DEVICE_ID_SCHEME = "of:";

    private final ServiceLookup services = new ServiceLookup();

    /**
     * Makes the command find its services in the given directory instead of OSGi (for tests).
     *
     * @param directory service directory
     */
    void redirectServices(ServiceDirectory directory) {
        services.redirect(directory);
    }

    /**
     * Returns a service.
     *
     * @param serviceClass service class
     * @param <T>          service type
     * @return service implementation
     */
    protected <T> T service(Class<T> serviceClass) {
        return services.get(serviceClass);
    }

    @Override
    public <T> T getService(Class<T> serviceClass) {
        return service(serviceClass);
    }

    @Override
    public <T> JsonCodec<T> codec(Class<T> entityClass) {
        return service(CodecService.class).getCodec(entityClass);
    }

    @Override
    protected final void doExecute() {
        try {
            run();
        } catch (DaoliNetException e) {
            // the request was rejected before anything changed: say why, naming the field
            error("Error: %s", e.getMessage());
        }
    }

    /**
     * Body of the command: parses the arguments, calls the service and prints the result.
     *
     * @throws DaoliNetException if the request is rejected
     */
    protected abstract void run();

    /**
     * Prints a JSON value, indented for reading.
     *
     * @param json JSON value
     */
    protected void printJson(JsonNode json) {
        print("%s", json.toPrettyString());
    }

    /**
     * Prints an entity as a JSON object, encoded by its codec.
     *
     * @param entity      entity
     * @param entityClass class selecting the codec
     * @param <T>         entity type
     */
    protected <T> void printJson(T entity, Class<T> entityClass) {
        printJson(jsonForEntity(entity, entityClass));
    }

    /**
     * Prints entities as a JSON array, each encoded by its codec.
     *
     * @param entities    entities in the order to print
     * @param entityClass class selecting the codec
     * @param <T>         entity type
     */
    protected <T> void printJsonArray(Collection<T> entities, Class<T> entityClass) {
        ArrayNode array = mapper().createArrayNode();
        entities.forEach(e -> array.add(jsonForEntity(e, entityClass)));
        printJson(array);
    }

    /**
     * Prints lines of text.
     *
     * @param lines lines
     */
    protected void printLines(Iterable<String> lines) {
        lines.forEach(line -> print("%s", line));
    }

    /**
     * Returns the number of a port for a table: ONOS's {@code [name](number)} form would repeat
     * the port name shown next to it.
     *
     * @param port port number, or null if not known
     * @return the number, or null if not known
     */
    protected static Long portNumber(PortNumber port) {
        return port == null ? null : port.toLong();
    }

    /**
     * Checks the value of a tenant option.
     *
     * @param tenant option value, or null if the option was not given
     * @return the tenant, or null if not given
     * @throws DaoliNetException INVALID if the tenant is not a valid name
     */
    protected static String tenant(String tenant) {
        return tenant == null ? null : Validation.name("tenant", tenant);
    }

    /**
     * Parses a network reference: {@code tenant/name}, or a bare name in the tenant option's tenant
     * (the default tenant if the option was not given).
     *
     * @param tenant  tenant option value, or null
     * @param network network argument
     * @return network key
     * @throws DaoliNetException INVALID if malformed or if the option contradicts the argument
     */
    protected static NetworkKey networkKey(String tenant, String network) {
        String checkedTenant = tenant(tenant);
        NetworkKey key = NetworkKey.parse(network, checkedTenant);
        if (checkedTenant != null && !checkedTenant.equals(key.tenant())) {
            throw DaoliNetException.invalid("tenant", "-t %s contradicts network %s", checkedTenant, key);
        }
        return key;
    }

    /**
     * Parses a reference to a network that a group of a tenant holds: a bare name, or
     * {@code tenant/name} of that same tenant (as the network completer offers it).
     *
     * @param tenant  tenant option value (the group's tenant), or null for the default tenant
     * @param network network argument
     * @return the network name
     * @throws DaoliNetException INVALID if malformed or a network of another tenant
     */
    protected static String memberNetwork(String tenant, String network) {
        NetworkKey key = networkKey(tenant, network);
        String groupTenant = tenant == null ? NetworkKey.DEFAULT_TENANT : tenant;
        if (!key.tenant().equals(groupTenant)) {
            throw DaoliNetException.invalid("network", "%s is not a network of tenant %s: a group holds networks "
                    + "of its own tenant", key, groupTenant);
        }
        return key.name();
    }

    /**
     * Resolves the two containers of a pair, each by id or by name in the tenant option's tenant.
     *
     * @param tenant tenant option value, or null
     * @param one    id or name of a container
     * @param other  id or name of the other container
     * @return the two containers, in the order given
     * @throws DaoliNetException INVALID if malformed or both are the same container, NOT_FOUND if a
     *                           container is not registered
     */
    protected Container[] pair(String tenant, String one, String other) {
        Container first = container("container", tenant, one);
        Container second = container("container", tenant, other);
        if (first.id().equals(second.id())) {
            throw DaoliNetException.invalid("container", "a pair needs two different containers, not %s twice",
                                            first.id());
        }
        return new Container[]{first, second};
    }

    /**
     * Resolves a server reference: its name, or the device id of its bridge.
     *
     * @param field          field name for the error message
     * @param nameOrDeviceId server name or device id
     * @return server
     * @throws DaoliNetException INVALID if malformed, NOT_FOUND if no such server is registered
     */
    protected Server server(String field, String nameOrDeviceId) {
        Validation.present(field, nameOrDeviceId);
        if (nameOrDeviceId.startsWith(DEVICE_ID_SCHEME)) {
            Validation.ofDevice(field, nameOrDeviceId);
        } else {
            Validation.name(field, nameOrDeviceId);
        }
        Server server = service(ServerService.class).resolve(nameOrDeviceId);
        if (server == null) {
            throw DaoliNetException.notFound(field, "server %s is not registered", nameOrDeviceId);
        }
        return server;
    }

    /**
     * Resolves a container reference: its id, or its name in the tenant option's tenant (the
     * default tenant if the option was not given). With a tenant option, a container of another
     * tenant is never chosen, even by id: the option must not be silently ignored.
     *
     * @param field    field name for the error message
     * @param tenant   tenant option value, or null
     * @param idOrName container id or name
     * @return container
     * @throws DaoliNetException INVALID if malformed, NOT_FOUND if no such container is registered
     */
    protected Container container(String field, String tenant, String idOrName) {
        String inTenant = tenant(tenant);
        Validation.name(field, idOrName);
        ContainerService containers = service(ContainerService.class);
        Container byId = containers.container(idOrName);
        if (byId != null && (inTenant == null || byId.tenant().equals(inTenant))) {
            return byId;
        }
        String nameTenant = inTenant == null ? NetworkKey.DEFAULT_TENANT : inTenant;
        Container byName = containers.containerByName(nameTenant, idOrName);
        if (byName == null) {
            throw DaoliNetException.notFound(field, "no container has id %s or name %s in tenant %s",
                                             idOrName, idOrName, nameTenant);
        }
        return byName;
    }
}
