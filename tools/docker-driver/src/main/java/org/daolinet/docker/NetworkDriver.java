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
package org.daolinet.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.client.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The libnetwork remote driver protocol of {@code daolinet}: one method per call of
 * {@code /NetworkDriver.*}, each taking and returning libnetwork's JSON. Calls are serialized
 * (Docker may start several containers at once); every call can be retried and leaves nothing half
 * done when it fails.
 *
 * <p>Networks are registered with DaoliNet under their Docker name, which libnetwork does not pass
 * to drivers: the option {@code -o daolinet.name=NAME} gives it, else the local Docker daemon tells
 * it ({@code GET /networks/{id}}) as soon as Docker has stored the network (the driver asks again
 * shortly after CreateNetwork), at the latest when the first endpoint is created. Containers are
 * registered at Join, under their Docker name (the daemon lists it with the endpoint) and with the
 * endpoint id as DaoliNet id; a container re-created here from another server (same name, network, IP
 * and MAC) takes its registration over with DaoliNet's move, keeping its id and VIP, and the old
 * server's driver then leaves that registration alone.
 */
public class NetworkDriver {

    /** Option (-o) naming the DaoliNet tenant of a network. */
    public static final String TENANT_OPTION = "daolinet.tenant";
    /** Option (-o) naming the DaoliNet network, if not the Docker network's name. */
    public static final String NAME_OPTION = "daolinet.name";
    /** Where libnetwork passes a network's -o options. */
    static final String GENERIC_OPTIONS = "com.docker.network.generic";
    private static final String OPTION_PREFIX = "daolinet.";
    private static final Set<String> OPTIONS = Set.of(TENANT_OPTION, NAME_OPTION);
    /** Prefixes of the veth pair's names; + 11 characters of the endpoint id fit in 15. */
    static final String HOST_SIDE_PREFIX = "dl";
    static final String CONTAINER_SIDE_PREFIX = "dc";
    private static final int ID_CHARS_IN_NAME = 11;
    private static final int CONFLICT = 409;
    /** How often and how long the driver asks the daemon for the name of a network it has just created. */
    static final long NAME_POLL_MILLIS = 100;
    static final int NAME_POLLS = 100;

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String server;
    private final Registry registry;
    private final DockerDaemon docker;
    private final HostNetwork host;
    private final DriverState state;
    private final ScheduledExecutorService scheduler;
    /** This server's device id, once asked. */
    private String deviceId;

    /**
     * Creates the driver.
     *
     * @param server    the DaoliNet name of this server
     * @param registry  the DaoliNet application
     * @param docker    the local Docker daemon
     * @param host      this server's bridge and interfaces
     * @param state     the driver's records
     * @param scheduler where the driver asks for the names of new networks after CreateNetwork; null: it
     *                  waits for their first endpoint
     */
    public NetworkDriver(String server, Registry registry, DockerDaemon docker, HostNetwork host,
                         DriverState state, ScheduledExecutorService scheduler) {
        this.server = server;
        this.registry = registry;
        this.docker = docker;
        this.host = host;
        this.state = state;
        this.scheduler = scheduler;
    }

    /**
     * {@code /Plugin.Activate}: this plugin is a network driver.
     *
     * @return {"Implements": ["NetworkDriver"]}
     */
    public ObjectNode activate() {
        ObjectNode answer = object();
        answer.putArray("Implements").add("NetworkDriver");
        return answer;
    }

    /**
     * {@code /NetworkDriver.GetCapabilities}: a network of this driver is local to each daemon;
     * DaoliNet, not Docker, joins the servers' networks of the same name.
     *
     * @return {"Scope": "local", "ConnectivityScope": "local"}
     */
    public ObjectNode capabilities() {
        return object().put("Scope", "local").put("ConnectivityScope", "local");
    }

    /**
     * {@code /NetworkDriver.CreateNetwork}: checks the IPAM data and options, records the network
     * and registers it with DaoliNet when its name is known (an option, or the daemon).
     *
     * @param request {"NetworkID", "Options", "IPv4Data", "IPv6Data"}
     * @return {}
     */
    public synchronized ObjectNode createNetwork(JsonNode request) {
        String id = required(request, "NetworkID");
        if (request.path("IPv6Data").size() > 0) {
            throw new DriverException("daolinet networks are IPv4 only (drop --ipv6 and IPv6 subnets)");
        }
        JsonNode pools = request.path("IPv4Data");
        if (pools.size() != 1) {
            throw new DriverException(pools.size() == 0 ? "no IPv4 subnet: give one with --subnet"
                    : "a daolinet network has one subnet, not " + pools.size());
        }
        String cidr = pools.get(0).path("Pool").asText();
        String gateway = withoutPrefix(pools.get(0).path("Gateway").asText());
        if (cidr.isEmpty() || gateway.isEmpty()) {
            throw new DriverException("Docker's IPAM gave no subnet or gateway for the network");
        }
        JsonNode options = request.path("Options").path(GENERIC_OPTIONS);
        checkOptions(options);
        NetworkRecord network = NetworkRecord.of(id, textOrNull(options, TENANT_OPTION),
                                                 textOrNull(options, NAME_OPTION), cidr, gateway);
        NetworkRecord known = state.network(id);
        if (known != null && known.isRegistered() && sameSettings(known, network)) {
            return object();
        }
        if (network.name() == null) {
            network = nameFromDaemon(network, false);
        }
        state.put(network.name() == null ? network : register(network));
        log.info("Created network {} ({}, gateway {}) as {}", id, cidr, gateway, network.label());
        if (network.name() == null && scheduler != null) {
            registerLater(id, NAME_POLLS);
        }
        return object();
    }

    /**
     * Registers a network as soon as the daemon tells its name (it stores a network after the
     * driver created it). A refusal is only logged: Docker has the network; its first container
     * will meet the refusal.
     */
    private void registerLater(String id, int polls) {
        scheduler.schedule(() -> {
            synchronized (this) {
                NetworkRecord network = state.network(id);
                if (network == null || network.isRegistered()) {
                    return;
                }
                try {
                    NetworkRecord named = nameFromDaemon(network, false);
                    if (named.name() != null) {
                        state.put(register(named));
                        log.info("Registered network {} as {}", id, named.label());
                    } else if (polls > 1) {
                        registerLater(id, polls - 1);
                    }
                } catch (DriverException e) {
                    log.warn("Network {} is not registered yet: {}", id, e.getMessage());
                }
            }
        }, NAME_POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * {@code /NetworkDriver.DeleteNetwork}: forgets the network and deletes it from DaoliNet when no
     * container is left in it (on any server; other servers' Docker may still have it).
     *
     * @param request {"NetworkID"}
     * @return {}
     */
    public synchronized ObjectNode deleteNetwork(JsonNode request) {
        String id = required(request, "NetworkID");
        NetworkRecord network = state.network(id);
        if (network == null) {
            return object();
        }
        if (network.isRegistered()) {
            boolean shared = state.networks().stream()
                    .anyMatch(n -> !n.dockerId().equals(id) && n.sameNetwork(network));
            try {
                if (!shared && registry.containerCount(network.tenant(), network.name(), server) == 0) {
                    host.removeGateway(network.gatewayPort(), network.cidr());
                }
                int left = registry.containerCount(network.tenant(), network.name(), null);
                if (left == 0 && registry.deleteNetwork(network.tenant(), network.name())) {
                    log.info("Deleted DaoliNet network {}", network.label());
                } else {
                    log.info("Kept DaoliNet network {}: {} container(s) on other servers", network.label(), left);
                }
            } catch (ApiException e) {
                throw new DriverException("deleting DaoliNet network " + network.label() + ": " + e.getMessage(), e);
            }
        }
        state.removeNetwork(id);
        return object();
    }

    /**
     * {@code /NetworkDriver.CreateEndpoint}: records the endpoint's address and MAC (Docker's, or
     * one the driver derives from the endpoint id) and makes sure its network is registered.
     *
     * @param request {"NetworkID", "EndpointID", "Interface": {"Address", "AddressIPv6", "MacAddress"}}
     * @return {"Interface": {"MacAddress"}} if the driver chose the MAC, else {}
     */
    public synchronized ObjectNode createEndpoint(JsonNode request) {
        String networkId = required(request, "NetworkID");
        String endpointId = required(request, "EndpointID");
        JsonNode iface = request.path("Interface");
        if (!iface.path("AddressIPv6").asText("").isEmpty()) {
            throw new DriverException("daolinet networks are IPv4 only: no IPv6 address for the container");
        }
        String address = iface.path("Address").asText("");
        if (address.isEmpty()) {
            throw new DriverException("Docker gave the container no IPv4 address");
        }
        NetworkRecord network = registeredNetwork(networkId);
        String proposed = iface.path("MacAddress").asText("");
        EndpointRecord endpoint = state.endpoint(endpointId);
        if (endpoint == null || !endpoint.ip().equals(withoutPrefix(address))) {
            boolean choose = proposed.isEmpty();
            endpoint = EndpointRecord.of(endpointId, networkId, withoutPrefix(address),
                                         choose ? macFor(endpointId) : proposed.toLowerCase(), choose);
            state.put(endpoint);
            log.info("Created endpoint {} in {}: {} {}", endpointId, network.label(), endpoint.ip(), endpoint.mac());
        }
        ObjectNode answer = object();
        if (proposed.isEmpty()) {
            answer.putObject("Interface").put("MacAddress", endpoint.mac());
        }
        return answer;
    }

    /**
     * {@code /NetworkDriver.EndpointOperInfo}: what {@code docker network inspect} shows of the
     * endpoint beyond Docker's own data.
     *
     * @param request {"NetworkID", "EndpointID"}
     * @return {"Value": {...}}
     */
    public synchronized ObjectNode endpointInfo(JsonNode request) {
        EndpointRecord endpoint = endpoint(request);
        ObjectNode value = object();
        value.put("daolinet.server", server);
        NetworkRecord.putIf(value, "daolinet.port", endpoint.hostSide());
        NetworkRecord.putIf(value, "daolinet.container", endpoint.containerName());
        ObjectNode answer = object();
        answer.set("Value", value);
        return answer;
    }

    /**
     * {@code /NetworkDriver.Join}: plugs the container into the bridge (a veth pair whose host side
     * is a bridge port naming the endpoint), makes the network's gateway port if this is its first
     * container here, and registers the container under its Docker name. On failure everything made
     * is removed again.
     *
     * @param request {"NetworkID", "EndpointID", "SandboxKey", "Options"}
     * @return {"InterfaceName": {"SrcName", "DstPrefix": "eth"}, "Gateway"}
     */
    public synchronized ObjectNode join(JsonNode request) {
        EndpointRecord endpoint = endpoint(request);
        NetworkRecord network = registeredNetwork(endpoint.networkId());
        String name = containerName(endpoint);
        String hostSide = hostSide(endpoint);
        String containerSide = CONTAINER_SIDE_PREFIX + hostSide.substring(HOST_SIDE_PREFIX.length());
        boolean gatewayMade = host.ensureGateway(network.gatewayPort(), network.gatewayMac(), network.gateway(),
                                                 network.cidr());
        String containerId;
        try {
            host.plug(hostSide, containerSide, endpoint.endpointId(), endpoint.mac());
            try {
                containerId = register(endpoint, network, name, hostSide);
            } catch (ApiException e) {
                host.unplug(hostSide);
                throw new DriverException("DaoliNet refused container " + name + " (" + endpoint.ip() + ", "
                        + endpoint.mac() + "): " + e.getMessage(), e);
            }
        } catch (DriverException e) {
            if (gatewayMade) {
                host.removeGateway(network.gatewayPort(), network.cidr());
            }
            throw e;
        }
        state.put(endpoint.joined(name, hostSide, containerId));
        log.info("Joined {} ({} {}) to {} on port {}", name, endpoint.ip(), endpoint.mac(), network.label(), hostSide);
        ObjectNode answer = object();
        answer.putObject("InterfaceName").put("SrcName", containerSide).put("DstPrefix", "eth");
        answer.put("Gateway", network.gateway());
        answer.putArray("StaticRoutes");
        answer.put("DisableGatewayService", false);
        return answer;
    }

    /**
     * {@code /NetworkDriver.Leave}: deregisters the container (DaoliNet revokes its routes on every
     * server at once), then removes its port and veth pair, and the network's gateway port if no
     * container of the network is left on this server.
     *
     * @param request {"NetworkID", "EndpointID"}
     * @return {}
     */
    public synchronized ObjectNode leave(JsonNode request) {
        EndpointRecord endpoint = state.endpoint(required(request, "EndpointID"));
        if (endpoint == null) {
            return object();
        }
        ApiException failure = deregister(endpoint);
        if (endpoint.hostSide() != null) {
            host.unplug(endpoint.hostSide());
        }
        state.put(endpoint.left(failure != null));
        dropGatewayIfUnused(state.network(endpoint.networkId()));
        if (failure != null) {
            throw new DriverException("deregistering container " + endpoint.containerName() + " from DaoliNet: "
                    + failure.getMessage(), failure);
        }
        log.info("{} left on port {}", endpoint.containerName(), endpoint.hostSide());
        return object();
    }

    /**
     * {@code /NetworkDriver.DeleteEndpoint}: makes sure the container is deregistered and
     * unplugged, and forgets the endpoint.
     *
     * @param request {"NetworkID", "EndpointID"}
     * @return {}
     */
    public synchronized ObjectNode deleteEndpoint(JsonNode request) {
        EndpointRecord endpoint = state.endpoint(required(request, "EndpointID"));
        if (endpoint == null) {
            return object();
        }
        ApiException failure = deregister(endpoint);
        if (failure != null) {
            throw new DriverException("deregistering container " + endpoint.containerName() + " from DaoliNet: "
                    + failure.getMessage(), failure);
        }
        if (endpoint.hostSide() != null) {
            host.unplug(endpoint.hostSide());
        }
        state.removeEndpoint(endpoint.endpointId());
        // also when Leave could not ask DaoliNet whether the gateway was still used
        dropGatewayIfUnused(state.network(endpoint.networkId()));
        log.info("Deleted endpoint {}", endpoint.endpointId());
        return object();
    }

    /**
     * Calls that need nothing of this driver (discovery, external connectivity): DaoliNet's
     * egress and port mappings are its own.
     *
     * @return {}
     */
    public ObjectNode nothingToDo() {
        return object();
    }

    /**
     * Registers a container; a container that DaoliNet has on another server under the same name,
     * network, IP and MAC was re-created here (moved): its registration moves to this port and it
     * keeps its id and VIP.
     *
     * @return the DaoliNet id of the container
     */
    private String register(EndpointRecord endpoint, NetworkRecord network, String name, String port) {
        try {
            registry.registerContainer(containerJson(endpoint, network, name, port));
            return endpoint.endpointId();
        } catch (ApiException e) {
            if (e.status() != CONFLICT) {
                throw e;
            }
            JsonNode known = registry.container(name, network.tenant());
            if (known == null || !sameContainer(known, endpoint, network)) {
                throw e;
            }
            String id = known.path("id").asText();
            if (!ours(known, port)) {
                registry.moveContainer(id, server, port);
                log.info("Moved the registration of {} ({}) from {} to port {} here", name, id,
                         known.path("server").asText(), port);
            }
            return id;
        }
    }

    private static boolean sameContainer(JsonNode known, EndpointRecord endpoint, NetworkRecord network) {
        return known.path("tenant").asText().equals(network.tenant())
                && known.path("network").asText().equals(network.name())
                && known.path("ip").asText().equals(endpoint.ip())
                && known.path("mac").asText().equalsIgnoreCase(endpoint.mac());
    }

    /**
     * Tells whether a registration is bound to this server's port, so that removing a container whose
     * registration moved to another server (it was re-created there) leaves the registration alone.
     */
    private boolean ours(JsonNode container, String port) {
        if (deviceId == null) {
            deviceId = registry.serverDeviceId(server);
        }
        return container.path("server").asText().equals(deviceId) && container.path("portName").asText().equals(port);
    }

    private ApiException deregister(EndpointRecord endpoint) {
        if (!endpoint.registered()) {
            return null;
        }
        try {
            JsonNode known = registry.container(endpoint.containerId(), null);
            if (known == null) {
                return null;
            }
            if (!ours(known, hostSide(endpoint))) {
                log.info("Not deregistering {}: its registration moved to {}", endpoint.containerName(),
                         known.path("server").asText());
                return null;
            }
            registry.deregisterContainer(endpoint.containerId());
            return null;
        } catch (ApiException e) {
            return e;
        }
    }

    private static String hostSide(EndpointRecord endpoint) {
        String id = endpoint.endpointId();
        return HOST_SIDE_PREFIX + id.substring(0, Math.min(ID_CHARS_IN_NAME, id.length()));
    }

    /**
     * Removes a network's gateway port when neither this driver nor DaoliNet has a container of it
     * on this server; when DaoliNet cannot be asked, the port stays (it is harmless).
     */
    private void dropGatewayIfUnused(NetworkRecord network) {
        if (network == null || !network.isRegistered()) {
            return;
        }
        boolean local = state.endpoints().stream().anyMatch(e -> e.hostSide() != null
                && state.network(e.networkId()) != null && state.network(e.networkId()).sameNetwork(network));
        if (local) {
            return;
        }
        try {
            if (registry.containerCount(network.tenant(), network.name(), server) == 0) {
                host.removeGateway(network.gatewayPort(), network.cidr());
            }
        } catch (ApiException | DriverException e) {
            log.warn("Keeping gateway port {}: {}", network.gatewayPort(), e.getMessage());
        }
    }

    private NetworkRecord registeredNetwork(String networkId) {
        NetworkRecord network = state.network(networkId);
        if (network == null) {
            network = fromDaemon(networkId);
        }
        if (network.name() == null) {
            network = nameFromDaemon(network, true);
        }
        if (!network.isRegistered()) {
            network = register(network);
            state.put(network);
        }
        return network;
    }

    private NetworkRecord register(NetworkRecord network) {
        try {
            return network.registered(registry.createNetwork(network.tenant(), network.name(), network.cidr(),
                                                             network.gateway()));
        } catch (ApiException e) {
            throw new DriverException("DaoliNet refused network " + network.label() + " (" + network.cidr()
                    + ", gateway " + network.gateway() + "): " + e.getMessage(), e);
        }
    }

    /**
     * Names a network after its Docker name. While Docker creates a network the daemon may not
     * list it yet; then the name waits for the first endpoint (required=false).
     */
    private NetworkRecord nameFromDaemon(NetworkRecord network, boolean required) {
        JsonNode known = docker.network(network.dockerId());
        String name = known == null ? "" : known.path("Name").asText("");
        if (name.isEmpty()) {
            if (required) {
                throw new DriverException("the Docker daemon does not know network " + network.dockerId()
                        + ": cannot tell its name (or create it with -o " + NAME_OPTION + "=NAME)");
            }
            return network;
        }
        return network.named(name);
    }

    /**
     * Rebuilds the record of a network this driver has no record of (its state was lost) from
     * what the daemon knows.
     */
    private NetworkRecord fromDaemon(String networkId) {
        JsonNode known = docker.network(networkId);
        if (known == null) {
            throw new DriverException("unknown network " + networkId);
        }
        JsonNode config = known.path("IPAM").path("Config").path(0);
        JsonNode options = known.path("Options");
        String name = textOrNull(options, NAME_OPTION);
        return NetworkRecord.of(networkId, textOrNull(options, TENANT_OPTION),
                                name == null ? known.path("Name").asText() : name,
                                config.path("Subnet").asText(), withoutPrefix(config.path("Gateway").asText()));
    }

    /**
     * The container's Docker name: the daemon lists it with the endpoint in the network (libnetwork
     * stores the endpoint, named after the container, before it asks the driver to join).
     */
    private String containerName(EndpointRecord endpoint) {
        JsonNode network = docker.network(endpoint.networkId());
        if (network != null) {
            for (JsonNode container : network.path("Containers")) {
                if (endpoint.endpointId().equals(container.path("EndpointID").asText())) {
                    String name = container.path("Name").asText("");
                    if (!name.isEmpty()) {
                        return name;
                    }
                }
            }
        }
        throw new DriverException("the Docker daemon does not list endpoint " + endpoint.endpointId()
                + " in network " + endpoint.networkId() + ": cannot tell the container's name");
    }

    private ObjectNode containerJson(EndpointRecord endpoint, NetworkRecord network, String name, String port) {
        return object().put("id", endpoint.endpointId()).put("name", name).put("tenant", network.tenant())
                .put("network", network.name()).put("ip", endpoint.ip()).put("mac", endpoint.mac())
                .put("server", server).put("portName", port);
    }

    private EndpointRecord endpoint(JsonNode request) {
        String id = required(request, "EndpointID");
        EndpointRecord endpoint = state.endpoint(id);
        if (endpoint == null) {
            throw new DriverException("unknown endpoint " + id);
        }
        return endpoint;
    }

    private static boolean sameSettings(NetworkRecord known, NetworkRecord requested) {
        return known.cidr().equals(requested.cidr()) && known.gateway().equals(requested.gateway())
                && (requested.name() == null || requested.name().equals(known.name()))
                && (requested.tenant() == null || requested.tenant().equals(known.tenant()));
    }

    private static void checkOptions(JsonNode options) {
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            if (option.getKey().startsWith(OPTION_PREFIX) && !OPTIONS.contains(option.getKey())) {
                throw new DriverException("unknown option " + option.getKey() + " (daolinet knows "
                        + TENANT_OPTION + " and " + NAME_OPTION + ")");
            }
            if (OPTIONS.contains(option.getKey()) && option.getValue().asText().isBlank()) {
                throw new DriverException("option " + option.getKey() + " is empty");
            }
        }
    }

    /**
     * A locally administered unicast MAC derived from the endpoint id, so a retried CreateEndpoint
     * proposes the same one; never in DaoliNet's range of gateway MACs (02:da:01:*).
     *
     * @param endpointId Docker endpoint id
     * @return MAC, lower case
     */
    static String macFor(String endpointId) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(endpointId.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        if ((hash[0] & 0xff) == 0xda && hash[1] == 0x01) {
            hash[1] = 0x02;
        }
        return String.format("02:%02x:%02x:%02x:%02x:%02x", hash[0], hash[1], hash[2], hash[3], hash[4]);
    }

    private static String withoutPrefix(String address) {
        int slash = address.indexOf('/');
        return slash < 0 ? address : address.substring(0, slash);
    }

    private static String required(JsonNode request, String field) {
        String value = request.path(field).asText("");
        if (value.isEmpty()) {
            throw new DriverException("the request has no " + field);
        }
        return value;
    }

    private static String textOrNull(JsonNode json, String field) {
        String value = json.path(field).asText("");
        return value.isEmpty() ? null : value;
    }

    private static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
