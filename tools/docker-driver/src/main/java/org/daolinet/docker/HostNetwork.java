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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The driver's changes to its server: container veth pairs on the Open vSwitch bridge, and the
 * networks' gateway ports with the NAT rule for their egress. Every step is a command through a
 * {@link CommandRunner}; every method can be repeated (a retried Docker request) and undoes its own
 * partial work when a step fails.
 */
public class HostNetwork {

    /** OVS's datapath of a bridge that runs in user space (a test bed without the kernel module). */
    static final String USERSPACE_DATAPATH = "netdev";

    private final CommandRunner runner;
    private final String bridge;
    private final boolean nat;
    private Boolean userspace;

    /**
     * Creates the host side.
     *
     * @param runner runs the commands
     * @param bridge the server's OVS bridge
     * @param nat    whether the gateway ports get a MASQUERADE rule for their network's egress
     */
    public HostNetwork(CommandRunner runner, String bridge, boolean nat) {
        this.runner = runner;
        this.bridge = bridge;
        this.nat = nat;
    }

    /**
     * Returns the bridge.
     *
     * @return bridge name
     */
    public String bridge() {
        return bridge;
    }

    /**
     * Tells whether the bridge exists, so that a misconfigured driver says so at once.
     *
     * @throws DriverException if it does not
     */
    public void checkBridge() {
        CommandRunner.Result r = run("ovs-vsctl", "br-exists", bridge);
        if (!r.ok()) {
            throw new DriverException("the Open vSwitch bridge " + bridge + " does not exist"
                    + (r.exitCode() == 2 ? "" : ": " + message(r)));
        }
    }

    /**
     * Plugs a container's veth pair into the bridge: the host side becomes a bridge port that names
     * the endpoint (external_ids iface-id and attached-mac), the other side waits for Docker to move
     * it into the container. A pair or port left by an earlier attempt is replaced.
     *
     * @param hostSide      name of the host side (the bridge port)
     * @param containerSide name of the side Docker moves into the container
     * @param endpointId    Docker endpoint id
     * @param mac           the container's MAC
     * @throws DriverException if a step fails (nothing is left behind then)
     */
    public void plug(String hostSide, String containerSide, String endpointId, String mac) {
        unplug(hostSide);
        check(run("ip", "link", "add", hostSide, "type", "veth", "peer", "name", containerSide),
              "creating the veth pair " + hostSide + "/" + containerSide);
        try {
            if (userspaceDatapath()) {
                // OVS's userspace datapath reads the port through a packet socket: it cannot complete
                // checksums left to the NIC, and the host's IP stack must not answer on the port itself
                check(run("ethtool", "-K", containerSide, "tx", "off"), "turning off checksum offload");
                check(run("sysctl", "-qw", "net.ipv4.conf." + hostSide + ".arp_ignore=8",
                          "net.ipv4.conf." + hostSide + ".forwarding=0"), "closing " + hostSide + " to the host");
            }
            check(run("ip", "link", "set", hostSide, "up"), "bringing up " + hostSide);
            check(run("ovs-vsctl", "--timeout=10", "add-port", bridge, hostSide, "--", "set", "Interface", hostSide,
                      "external_ids:iface-id=" + endpointId, "external_ids:attached-mac=" + mac,
                      "external_ids:iface-status=active"), "adding port " + hostSide + " to bridge " + bridge);
            // ovs-vsctl succeeds even when OVS could not open the port
            if (!portUp(hostSide)) {
                throw new DriverException("Open vSwitch could not open port " + hostSide + " on bridge " + bridge);
            }
        } catch (DriverException e) {
            unplug(hostSide);
            throw e;
        }
    }

    /**
     * Removes a container's port and its veth pair (the container's side goes with it); nothing
     * happens if they are gone already.
     *
     * @param hostSide host side of the pair
     * @throws DriverException if OVS refuses
     */
    public void unplug(String hostSide) {
        check(run("ovs-vsctl", "--timeout=10", "--if-exists", "del-port", bridge, hostSide),
              "removing port " + hostSide + " from bridge " + bridge);
        if (run("ip", "link", "show", hostSide).ok()) {
            check(run("ip", "link", "del", hostSide), "deleting the veth pair of " + hostSide);
        }
    }

    /**
     * Makes a network's gateway port on the bridge: an internal port with the network's gateway MAC
     * and IP (the containers' way to everything outside DaoliNet), and the NAT rule for that egress.
     *
     * @param port    gateway port name (dlgw + network number)
     * @param mac     the network's gateway MAC
     * @param gateway gateway IP
     * @param cidr    the network's CIDR
     * @return true if it made the port, false if it was there
     * @throws DriverException if a step fails (what it made is removed again)
     */
    public boolean ensureGateway(String port, String mac, String gateway, String cidr) {
        if (portUp(port)) {
            return false;
        }
        String prefix = cidr.substring(cidr.indexOf('/'));
        check(run("ovs-vsctl", "--timeout=10", "--may-exist", "add-port", bridge, port, "--",
                  "set", "Interface", port, "type=internal", "mac=\"" + mac + "\""),
              "adding gateway port " + port + " to bridge " + bridge);
        try {
            if (!portUp(port)) {
                throw new DriverException("Open vSwitch could not open gateway port " + port);
            }
            check(run("ip", "addr", "replace", gateway + prefix, "dev", port), "addressing gateway port " + port);
            check(run("ip", "link", "set", port, "up"), "bringing up gateway port " + port);
            if (nat && !run(natRule("-C", port, cidr)).ok()) {
                check(run(natRule("-A", port, cidr)), "adding the NAT rule of " + cidr);
            }
        } catch (DriverException e) {
            removeGateway(port, cidr);
            throw e;
        }
        return true;
    }

    /**
     * Removes a network's gateway port and its NAT rule; nothing happens if they are gone.
     *
     * @param port gateway port name
     * @param cidr the network's CIDR
     * @throws DriverException if OVS refuses
     */
    public void removeGateway(String port, String cidr) {
        if (nat) {
            // one rule per gateway port (its comment), so networks with the same CIDR keep theirs
            while (run(natRule("-C", port, cidr)).ok()) {
                check(run(natRule("-D", port, cidr)), "removing the NAT rule of " + cidr);
            }
        }
        check(run("ovs-vsctl", "--timeout=10", "--if-exists", "del-port", bridge, port),
              "removing gateway port " + port + " from bridge " + bridge);
    }

    private List<String> natRule(String action, String port, String cidr) {
        return Arrays.asList("iptables", "-w", "-t", "nat", action, "POSTROUTING", "-s", cidr, "!", "-d", cidr,
                             "-m", "comment", "--comment", "daolinet " + port, "-j", "MASQUERADE");
    }

    /**
     * Tells whether OVS has the port open (an ofport other than -1).
     */
    private boolean portUp(String port) {
        CommandRunner.Result r = run("ovs-vsctl", "--timeout=10", "--if-exists", "get", "Interface", port, "ofport");
        String ofport = r.output().trim();
        return r.ok() && !ofport.isEmpty() && !ofport.equals("-1") && !ofport.equals("[]");
    }

    private boolean userspaceDatapath() {
        if (userspace == null) {
            CommandRunner.Result r = run("ovs-vsctl", "--timeout=10", "get", "Bridge", bridge, "datapath_type");
            userspace = r.ok() && r.output().trim().replace("\"", "").equals(USERSPACE_DATAPATH);
        }
        return userspace;
    }

    private CommandRunner.Result run(String... command) {
        return run(Arrays.asList(command));
    }

    private CommandRunner.Result run(List<String> command) {
        return runner.run(new ArrayList<>(command));
    }

    private static void check(CommandRunner.Result result, String what) {
        if (!result.ok()) {
            throw new DriverException(what + " failed: " + message(result));
        }
    }

    private static String message(CommandRunner.Result result) {
        String text = result.error().isBlank() ? result.output() : result.error();
        text = text.strip();
        return text.isEmpty() ? "exit status " + result.exitCode() : text.lines().findFirst().orElse(text);
    }
}
