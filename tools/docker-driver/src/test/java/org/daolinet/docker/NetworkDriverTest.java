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
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The libnetwork calls of the daolinet driver, each with its failures and retries, against an
 * in-memory DaoliNet, Docker daemon and server (bridge, links, NAT rules).
 */
public class NetworkDriverTest {

    private static final String NET = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static final String EP1 = "e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1";
    private static final String EP2 = "e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2e2";
    private static final String PORT1 = "dle1e1e1e1e1e";
    private static final String PEER1 = "dce1e1e1e1e1e";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private FakeRegistry registry;
    private FakeDocker docker;
    private FakeHost host;
    private NetworkDriver driver;

    @Before
    public void setUp() throws IOException {
        registry = new FakeRegistry();
        docker = new FakeDocker();
        host = new FakeHost("br0", "system");
        driver = driver(null);
    }

    private NetworkDriver driver(ScheduledExecutorService scheduler) throws IOException {
        return new NetworkDriver("s1", registry, docker, new HostNetwork(host, "br0", true),
                                 new DriverState(folder.getRoot().toPath()), scheduler);
    }

    // requests as libnetwork sends them

    private static ObjectNode createNetwork(String id, String pool, String gateway, String... options) {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("NetworkID", id);
        ObjectNode generic = request.putObject("Options").putObject(NetworkDriver.GENERIC_OPTIONS);
        for (int i = 0; i + 1 < options.length; i += 2) {
            generic.put(options[i], options[i + 1]);
        }
        request.putArray("IPv4Data").addObject().put("AddressSpace", "LocalDefault").put("Pool", pool)
                .put("Gateway", gateway);
        request.putArray("IPv6Data");
        return request;
    }

    private static ObjectNode endpoint(String network, String endpoint) {
        return JsonNodeFactory.instance.objectNode().put("NetworkID", network).put("EndpointID", endpoint);
    }

    private static ObjectNode createEndpoint(String network, String endpoint, String address, String mac) {
        ObjectNode request = endpoint(network, endpoint);
        request.putObject("Interface").put("Address", address).put("AddressIPv6", "").put("MacAddress", mac);
        return request;
    }

    private static ObjectNode join(String network, String endpoint) {
        return endpoint(network, endpoint).put("SandboxKey", "/var/run/docker/netns/0123456789ab");
    }

    /** docker network create -d daolinet --subnet 10.5.0.0/24 d1, with the daemon storing it. */
    private void network() {
        driver.createNetwork(createNetwork(NET, "10.5.0.0/24", "10.5.0.1/24"));
        docker.addNetwork(NET, "d1", "10.5.0.0/24", "10.5.0.1");
    }

    /** docker run --network d1 --ip IP --name NAME: CreateEndpoint, the daemon stores it, Join. */
    private JsonNode run(String endpoint, String name, String ip) {
        driver.createEndpoint(createEndpoint(NET, endpoint, ip + "/24", ""));
        docker.addEndpoint(NET, name, endpoint);
        return driver.join(join(NET, endpoint));
    }

    private static void assertRefused(Runnable call, String message) {
        try {
            call.run();
            fail("accepted; expected a refusal saying " + message);
        } catch (DriverException e) {
            assertThat(e.getMessage(), containsString(message));
        }
    }

    // Plugin.Activate, GetCapabilities

    @Test
    public void isALocalNetworkDriver() {
        assertEquals("{\"Implements\":[\"NetworkDriver\"]}", driver.activate().toString());
        assertEquals("local", driver.capabilities().path("Scope").asText());
        assertEquals("local", driver.capabilities().path("ConnectivityScope").asText());
    }

    // CreateNetwork

    @Test
    public void networkNamedByOptionIsRegisteredAtOnce() {
        driver.createNetwork(createNetwork(NET, "10.5.0.0/24", "10.5.0.1/24",
                                           "daolinet.name", "web", "daolinet.tenant", "t1"));
        JsonNode network = registry.networks.get("t1/web");
        assertNotNull(network);
        assertEquals("10.5.0.0/24", network.path("cidr").asText());
        assertEquals("the prefix length is stripped", "10.5.0.1", network.path("gateway").asText());
    }

    @Test
    public void networkIsRegisteredUnderItsDockerNameByItsFirstEndpoint() {
        driver.createNetwork(createNetwork(NET, "10.5.0.0/24", "10.5.0.1/24"));
        assertTrue("the daemon does not know the name yet", registry.networks.isEmpty());
        docker.addNetwork(NET, "d1", "10.5.0.0/24", "10.5.0.1");
        driver.createEndpoint(createEndpoint(NET, EP1, "10.5.0.11/24", ""));
        assertEquals("10.5.0.0/24", registry.networks.get("default/d1").path("cidr").asText());
    }

    @Test
    public void networkIsRegisteredAsSoonAsTheDaemonTellsItsName() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            driver = driver(scheduler);
            driver.createNetwork(createNetwork(NET, "10.5.0.0/24", "10.5.0.1/24"));
            synchronized (driver) {
                docker.addNetwork(NET, "d1", "10.5.0.0/24", "10.5.0.1");
            }
            for (int i = 0; i < 100 && !registered("default/d1"); i++) {
                Thread.sleep(20);
            }
            assertTrue(registered("default/d1"));
        } finally {
            scheduler.shutdownNow();
        }
    }

    private boolean registered(String key) {
        synchronized (driver) {
            return registry.networks.containsKey(key);
        }
    }

    @Test
    public void sameNetworkOnTwoServersIsOneDaoliNetNetwork() throws IOException {
        network();
        run(EP1, "c1", "10.5.0.11");
        // the other server's driver, its own Docker and state, the same DaoliNet
        FakeDocker otherDocker = new FakeDocker();
        String otherNet = NET.replace('a', 'f');
        NetworkDriver other = new NetworkDriver("s2", registry, otherDocker, new HostNetwork(new FakeHost("br0",
                "system"), "br0", true), new DriverState(folder.newFolder().toPath()), null);
        other.createNetwork(createNetwork(otherNet, "10.5.0.0/24", "10.5.0.1/24"));
        otherDocker.addNetwork(otherNet, "d1", "10.5.0.0/24", "10.5.0.1");
        other.createEndpoint(createEndpoint(otherNet, EP2, "10.5.0.12/24", ""));
        otherDocker.addEndpoint(otherNet, "c2", EP2);
        other.join(join(otherNet, EP2));
        assertEquals(1, registry.networks.size());
        assertEquals(2, registry.containerCount("default", "d1", null));
    }

    @Test
    public void refusesNetworksItCannotServe() {
        ObjectNode noPool = createNetwork(NET, "10.5.0.0/24", "10.5.0.1/24");
        noPool.putArray("IPv4Data");
        assertRefused(() -> driver.createNetwork(noPool), "no IPv4 subnet");
        ObjectNode twoPools = createNetwork(NET, "10.5.0.0/24", "10.5.0.1/24");
        ((com.fasterxml.jackson.databind.node.ArrayNode) twoPools.get("IPv4Data")).addObject()
                .put("Pool", "10.6.0.0/24").put("Gateway", "10.6.0.1/24");
        assertRefused(() -> driver.createNetwork(twoPools), "one subnet, not 2");
        ObjectNode ipv6 = createNetwork(NET, "10.5.0.0/24", "10.5.0.1/24");
        ((com.fasterxml.jackson.databind.node.ArrayNode) ipv6.get("IPv6Data")).addObject().put("Pool", "fd00::/64");
        assertRefused(() -> driver.createNetwork(ipv6), "IPv4 only");
        assertRefused(() -> driver.createNetwork(createNetwork(NET, "10.5.0.0/24", "10.5.0.1/24",
                                                               "daolinet.tennant", "t1")),
                      "unknown option daolinet.tennant");
        assertRefused(() -> driver.createNetwork(createNetwork(NET, "10.5.0.0/24", "10.5.0.1/24",
                                                               "daolinet.name", " ")),
                      "option daolinet.name is empty");
        assertRefused(() -> driver.createNetwork(JsonNodeFactory.instance.objectNode()), "no NetworkID");
        assertTrue(registry.networks.isEmpty());
        assertNull(driver.nothingToDo().get("Err"));
    }

    @Test
    public void networkThatDaoliNetRefusesIsNotRecorded() {
        registry.createNetwork(null, "web", "10.9.0.0/24", "10.9.0.1");
        assertRefused(() -> driver.createNetwork(createNetwork(NET, "10.5.0.0/24", "10.5.0.1/24",
                                                               "daolinet.name", "web")),
                      "DaoliNet refused network default/web (10.5.0.0/24, gateway 10.5.0.1): "
                              + "name: network default/web already exists");
        // the endpoint finds no network, not a half-registered one
        assertRefused(() -> driver.createEndpoint(createEndpoint(NET, EP1, "10.5.0.11/24", "")),
                      "unknown network " + NET);
    }

    @Test
    public void createNetworkCanBeRetried() {
        ObjectNode request = createNetwork(NET, "10.5.0.0/24", "10.5.0.1/24", "daolinet.name", "web");
        driver.createNetwork(request);
        driver.createNetwork(request);
        assertEquals(1, registry.networks.size());
        registry.failOn("createNetwork", FakeRegistry.unreachable());
        driver.createNetwork(request);
        assertEquals("a registered network is not asked for again", List.of("createNetwork"), registry.calls);
    }

    @Test
    public void createNetworkFailsWhenDaoliNetIsUnreachable() {
        registry.failOn("createNetwork", FakeRegistry.unreachable());
        assertRefused(() -> driver.createNetwork(createNetwork(NET, "10.5.0.0/24", "10.5.0.1/24",
                                                               "daolinet.name", "web")),
                      "cannot reach the DaoliNet server");
        registry.heal();
        driver.createNetwork(createNetwork(NET, "10.5.0.0/24", "10.5.0.1/24", "daolinet.name", "web"));
        assertEquals(1, registry.networks.size());
    }

    // CreateEndpoint, EndpointOperInfo

    @Test
    public void endpointGetsAMacWhenDockerProposesNone() {
        network();
        JsonNode answer = driver.createEndpoint(createEndpoint(NET, EP1, "10.5.0.11/24", ""));
        String mac = answer.path("Interface").path("MacAddress").asText();
        assertEquals(NetworkDriver.macFor(EP1), mac);
        assertEquals("a retry answers the same MAC", answer,
                     driver.createEndpoint(createEndpoint(NET, EP1, "10.5.0.11/24", "")));
    }

    @Test
    public void endpointKeepsTheMacDockerProposes() {
        network();
        JsonNode answer = driver.createEndpoint(createEndpoint(NET, EP1, "10.5.0.11/24", "02:42:0A:05:00:0B"));
        assertEquals("libnetwork wants no Interface back when it gave one", "{}", answer.toString());
        docker.addEndpoint(NET, "c1", EP1);
        driver.join(join(NET, EP1));
        assertEquals("02:42:0a:05:00:0b", registry.containers.get(EP1).path("mac").asText());
    }

    @Test
    public void refusesEndpointsItCannotServe() {
        network();
        ObjectNode ipv6 = createEndpoint(NET, EP1, "10.5.0.11/24", "");
        ((ObjectNode) ipv6.get("Interface")).put("AddressIPv6", "fd00::5/64");
        assertRefused(() -> driver.createEndpoint(ipv6), "IPv4 only");
        assertRefused(() -> driver.createEndpoint(createEndpoint(NET, EP1, "", "")), "no IPv4 address");
        assertRefused(() -> driver.createEndpoint(createEndpoint("0badbad0", EP1, "10.5.0.11/24", "")),
                      "unknown network 0badbad0");
        docker.setDown(true);
        driver = new NetworkDriver("s1", registry, docker, new HostNetwork(host, "br0", true),
                                   stateOf(), null);
        assertRefused(() -> driver.createEndpoint(createEndpoint(NET.replace('a', 'b'), EP1, "10.5.0.11/24", "")),
                      "cannot ask the Docker daemon");
    }

    private DriverState stateOf() {
        try {
            return new DriverState(folder.getRoot().toPath());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void endpointOfANetworkThatTheDriverForgotIsServedFromTheDaemon() throws IOException {
        docker.addNetwork(NET, "d1", "10.5.0.0/24", "10.5.0.1").with("Options").put("daolinet.tenant", "t1");
        driver.createEndpoint(createEndpoint(NET, EP1, "10.5.0.11/24", ""));
        JsonNode network = registry.networks.get("t1/d1");
        assertEquals("10.5.0.1", network.path("gateway").asText());
    }

    @Test
    public void operInfoShowsThePortAndContainer() {
        network();
        run(EP1, "c1", "10.5.0.11");
        JsonNode value = driver.endpointInfo(endpoint(NET, EP1)).path("Value");
        assertEquals(PORT1, value.path("daolinet.port").asText());
        assertEquals("c1", value.path("daolinet.container").asText());
        assertEquals("s1", value.path("daolinet.server").asText());
        assertRefused(() -> driver.endpointInfo(endpoint(NET, EP2)), "unknown endpoint " + EP2);
    }

    // Join

    @Test
    public void joinPlugsAndRegistersTheContainer() {
        network();
        JsonNode answer = run(EP1, "c1", "10.5.0.11");
        assertEquals(PEER1, answer.path("InterfaceName").path("SrcName").asText());
        assertEquals("eth", answer.path("InterfaceName").path("DstPrefix").asText());
        assertEquals("10.5.0.1", answer.path("Gateway").asText());

        String mac = NetworkDriver.macFor(EP1);
        assertEquals(PEER1, host.links.get(PORT1));
        assertThat(host.portSettings.get(PORT1), containsString("external_ids:iface-id=" + EP1));
        assertThat(host.portSettings.get(PORT1), containsString("external_ids:attached-mac=" + mac));
        assertThat(host.portSettings.get("dlgw1"), containsString("type=internal"));
        assertThat(host.portSettings.get("dlgw1"), containsString("mac=\"02:DA:01:00:00:01\""));
        assertEquals("10.5.0.1/24", host.addresses.get("dlgw1"));
        assertEquals(1, host.natRules.size());
        assertThat(host.natRules.iterator().next(), containsString("-s 10.5.0.0/24 ! -d 10.5.0.0/24"));

        JsonNode container = registry.containers.get(EP1);
        assertEquals("c1", container.path("name").asText());
        assertEquals("d1", container.path("network").asText());
        assertEquals("10.5.0.11", container.path("ip").asText());
        assertEquals(mac, container.path("mac").asText());
        assertEquals(FakeRegistry.deviceOf("s1"), container.path("server").asText());
        assertEquals(PORT1, container.path("portName").asText());
    }

    @Test
    public void joinOnAUserspaceDatapathClosesThePortToTheHost() throws IOException {
        host = new FakeHost("br0", HostNetwork.USERSPACE_DATAPATH);
        driver = driver(null);
        network();
        run(EP1, "c1", "10.5.0.11");
        assertTrue(host.commands.contains(List.of("ethtool", "-K", PEER1, "tx", "off")));
        assertTrue(host.commands.contains(List.of("sysctl", "-qw", "net.ipv4.conf." + PORT1 + ".arp_ignore=8",
                                                  "net.ipv4.conf." + PORT1 + ".forwarding=0")));
    }

    @Test
    public void joinThatDaoliNetRefusesLeavesNothing() {
        network();
        driver.createEndpoint(createEndpoint(NET, EP1, "10.5.0.11/24", ""));
        docker.addEndpoint(NET, "c1", EP1);
        registry.failOn("registerContainer", new org.daolinet.client.ApiException(400,
                "ip: 10.5.0.11 is not in network default/d1"));
        assertRefused(() -> driver.join(join(NET, EP1)),
                      "DaoliNet refused container c1 (10.5.0.11, " + NetworkDriver.macFor(EP1)
                              + "): ip: 10.5.0.11 is not in network");
        assertNothingOnTheBridge();
        assertTrue(registry.containers.isEmpty());
        // and the retry after the cause is gone works
        registry.heal();
        driver.join(join(NET, EP1));
        assertEquals(1, registry.containers.size());
    }

    @Test
    public void joinWhoseBridgePortFailsLeavesNothing() {
        network();
        driver.createEndpoint(createEndpoint(NET, EP1, "10.5.0.11/24", ""));
        docker.addEndpoint(NET, "c1", EP1);
        host.breakPort(PORT1);
        assertRefused(() -> driver.join(join(NET, EP1)), "Open vSwitch could not open port " + PORT1);
        assertNothingOnTheBridge();
        host.heal();
        host.failWhen(FakeHost.contains("add-port", PORT1));
        assertRefused(() -> driver.join(join(NET, EP1)), "adding port " + PORT1 + " to bridge br0 failed");
        assertNothingOnTheBridge();
        assertTrue(registry.containers.isEmpty());
    }

    @Test
    public void joinWhoseGatewayFailsLeavesNothing() {
        network();
        driver.createEndpoint(createEndpoint(NET, EP1, "10.5.0.11/24", ""));
        docker.addEndpoint(NET, "c1", EP1);
        host.failWhen(FakeHost.contains("iptables", "-A"));
        assertRefused(() -> driver.join(join(NET, EP1)), "adding the NAT rule of 10.5.0.0/24 failed");
        assertNothingOnTheBridge();
        assertTrue(registry.containers.isEmpty());
    }

    @Test
    public void joinNeedsTheContainerName() {
        network();
        driver.createEndpoint(createEndpoint(NET, EP1, "10.5.0.11/24", ""));
        assertRefused(() -> driver.join(join(NET, EP1)), "cannot tell the container's name");
        assertRefused(() -> driver.join(join(NET, EP2)), "unknown endpoint " + EP2);
        assertNothingOnTheBridge();
    }

    @Test
    public void joinCanBeRetried() {
        network();
        run(EP1, "c1", "10.5.0.11");
        driver.join(join(NET, EP1));
        assertEquals(List.of(PORT1, "dlgw1").size(), host.ports.size());
        assertEquals(1, registry.containers.size());
        assertEquals(1, host.natRules.size());
    }

    private void assertNothingOnTheBridge() {
        assertTrue("ports left: " + host.ports, host.ports.isEmpty());
        assertTrue("links left: " + host.links, host.links.isEmpty());
        assertTrue("NAT rules left: " + host.natRules, host.natRules.isEmpty());
    }

    // Leave, DeleteEndpoint

    @Test
    public void leaveDeregistersAndUnplugs() {
        network();
        run(EP1, "c1", "10.5.0.11");
        run(EP2, "c2", "10.5.0.12");
        driver.leave(endpoint(NET, EP1));
        assertFalse(registry.containers.containsKey(EP1));
        assertFalse(host.ports.containsKey(PORT1));
        assertFalse(host.links.containsKey(PEER1));
        assertTrue("c2 still uses the gateway", host.ports.containsKey("dlgw1"));
        driver.deleteEndpoint(endpoint(NET, EP1));
        driver.leave(endpoint(NET, EP2));
        driver.deleteEndpoint(endpoint(NET, EP2));
        assertNothingOnTheBridge();
        assertTrue(registry.containers.isEmpty());
        assertEquals("the network stays until Docker deletes it", 1, registry.networks.size());
    }

    @Test
    public void gatewayStaysWhileDaoliNetHasOtherContainersOfTheNetworkHere() {
        network();
        run(EP1, "c1", "10.5.0.11");
        // a container of the network on this server that another agent registered
        registry.containers.put("other", JsonNodeFactory.instance.objectNode().put("id", "other")
                .put("tenant", "default").put("network", "d1").put("server", FakeRegistry.deviceOf("s1")));
        driver.leave(endpoint(NET, EP1));
        assertTrue(host.ports.containsKey("dlgw1"));
    }

    @Test
    public void leaveWhileDaoliNetIsUnreachableUnplugsAndDeleteEndpointDeregistersLater() {
        network();
        run(EP1, "c1", "10.5.0.11");
        registry.failOn("container", FakeRegistry.unreachable());
        assertRefused(() -> driver.leave(endpoint(NET, EP1)), "deregistering container c1 from DaoliNet");
        assertFalse("the data plane is cut anyway", host.ports.containsKey(PORT1));
        assertRefused(() -> driver.deleteEndpoint(endpoint(NET, EP1)), "cannot reach the DaoliNet server");
        registry.heal();
        driver.deleteEndpoint(endpoint(NET, EP1));
        assertTrue(registry.containers.isEmpty());
        assertNothingOnTheBridge();
        // retries of a finished removal change nothing
        driver.leave(endpoint(NET, EP1));
        driver.deleteEndpoint(endpoint(NET, EP1));
    }

    @Test
    public void deleteEndpointWithoutLeaveDeregistersAndUnplugs() {
        network();
        run(EP1, "c1", "10.5.0.11");
        driver.deleteEndpoint(endpoint(NET, EP1));
        assertTrue(registry.containers.isEmpty());
        assertNothingOnTheBridge();
    }

    @Test
    public void aRestartedDriverKnowsItsEndpoints() throws IOException {
        network();
        run(EP1, "c1", "10.5.0.11");
        driver = driver(null);
        driver.leave(endpoint(NET, EP1));
        driver.deleteEndpoint(endpoint(NET, EP1));
        assertTrue(registry.containers.isEmpty());
        assertNothingOnTheBridge();
    }

    // DeleteNetwork

    @Test
    public void deleteNetworkDeletesTheDaoliNetNetworkWhenNoContainerIsLeft() {
        network();
        run(EP1, "c1", "10.5.0.11");
        driver.leave(endpoint(NET, EP1));
        driver.deleteEndpoint(endpoint(NET, EP1));
        driver.deleteNetwork(endpoint(NET, EP1));
        assertTrue(registry.networks.isEmpty());
        driver.deleteNetwork(endpoint(NET, EP1));
    }

    @Test
    public void deleteNetworkKeepsTheDaoliNetNetworkWhileOtherServersUseIt() {
        network();
        run(EP1, "c1", "10.5.0.11");
        registry.containers.put("remote", JsonNodeFactory.instance.objectNode().put("id", "remote")
                .put("tenant", "default").put("network", "d1").put("server", FakeRegistry.deviceOf("s2")));
        driver.leave(endpoint(NET, EP1));
        driver.deleteEndpoint(endpoint(NET, EP1));
        driver.deleteNetwork(endpoint(NET, EP1));
        assertEquals(1, registry.networks.size());
        assertNothingOnTheBridge();
        assertEquals("the driver forgot the network", 0,
                     folder.getRoot().toPath().resolve("networks").toFile().list().length);
    }

    @Test
    public void deleteNetworkFailsWhileDaoliNetIsUnreachableAndCanBeRetried() {
        network();
        run(EP1, "c1", "10.5.0.11");
        driver.leave(endpoint(NET, EP1));
        driver.deleteEndpoint(endpoint(NET, EP1));
        registry.failOn("containerCount", FakeRegistry.unreachable());
        assertRefused(() -> driver.deleteNetwork(endpoint(NET, EP1)), "deleting DaoliNet network default/d1");
        registry.heal();
        driver.deleteNetwork(endpoint(NET, EP1));
        assertTrue(registry.networks.isEmpty());
    }

    // a container re-created on another server (daolictl container move)

    /** The other server's driver, with its own Docker daemon, bridge and state, on the same DaoliNet. */
    private NetworkDriver otherServer(FakeDocker otherDocker, FakeHost otherHost) throws IOException {
        return new NetworkDriver("s2", registry, otherDocker, new HostNetwork(otherHost, "br0", true),
                                 new DriverState(folder.newFolder().toPath()), null);
    }

    @Test
    public void containerRecreatedOnAnotherServerTakesItsRegistrationOver() throws IOException {
        network();
        driver.createEndpoint(createEndpoint(NET, EP1, "10.5.0.11/24", "02:42:0a:05:00:0b"));
        docker.addEndpoint(NET, "c1", EP1);
        driver.join(join(NET, EP1));
        ObjectNode before = registry.containers.get(EP1).deepCopy();

        FakeDocker otherDocker = new FakeDocker();
        FakeHost otherHost = new FakeHost("br0", "system");
        NetworkDriver other = otherServer(otherDocker, otherHost);
        String otherNet = NET.replace('a', 'f');
        other.createNetwork(createNetwork(otherNet, "10.5.0.0/24", "10.5.0.1/24"));
        otherDocker.addNetwork(otherNet, "d1", "10.5.0.0/24", "10.5.0.1");
        other.createEndpoint(createEndpoint(otherNet, EP2, "10.5.0.11/24", "02:42:0a:05:00:0b"));
        otherDocker.addEndpoint(otherNet, "c1", EP2);
        other.join(join(otherNet, EP2));

        JsonNode moved = registry.containers.get(EP1);
        assertEquals("one registration, the same id (so the same VIP)", 1, registry.containers.size());
        assertEquals(FakeRegistry.deviceOf("s2"), moved.path("server").asText());
        assertEquals("dle2e2e2e2e2e", moved.path("portName").asText());
        assertEquals(before.path("ip"), moved.path("ip"));
        assertTrue(otherHost.ports.containsKey("dle2e2e2e2e2e"));

        // the old container goes: its driver leaves the moved registration alone
        driver.leave(endpoint(NET, EP1));
        driver.deleteEndpoint(endpoint(NET, EP1));
        assertEquals(moved, registry.containers.get(EP1));
        assertNothingOnTheBridge();

        // the re-created container goes: its registration goes with it
        other.leave(endpoint(otherNet, EP2));
        other.deleteEndpoint(endpoint(otherNet, EP2));
        assertTrue(registry.containers.isEmpty());
    }

    @Test
    public void aContainerOfTheSameNameButOtherAddressIsNoMove() throws IOException {
        network();
        run(EP1, "c1", "10.5.0.11");
        FakeDocker otherDocker = new FakeDocker();
        FakeHost otherHost = new FakeHost("br0", "system");
        NetworkDriver other = otherServer(otherDocker, otherHost);
        String otherNet = NET.replace('a', 'f');
        other.createNetwork(createNetwork(otherNet, "10.5.0.0/24", "10.5.0.1/24"));
        otherDocker.addNetwork(otherNet, "d1", "10.5.0.0/24", "10.5.0.1");
        other.createEndpoint(createEndpoint(otherNet, EP2, "10.5.0.12/24", ""));
        otherDocker.addEndpoint(otherNet, "c1", EP2);
        assertRefused(() -> other.join(join(otherNet, EP2)), "name: container c1 exists");
        assertEquals(FakeRegistry.deviceOf("s1"), registry.containers.get(EP1).path("server").asText());
        assertTrue(otherHost.ports.isEmpty());
    }

    @Test
    public void macsAreLocalUnicastAndNeverGatewayMacs() {
        for (int i = 0; i < 2000; i++) {
            String mac = NetworkDriver.macFor("endpoint" + i);
            assertTrue(mac, mac.startsWith("02:"));
            assertFalse(mac, mac.startsWith("02:da:01:"));
        }
        assertEquals(NetworkDriver.macFor(EP1), NetworkDriver.macFor(EP1));
    }
}
