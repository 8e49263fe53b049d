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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A server's network commands played against an in-memory model of its bridge, links and NAT rules,
 * so that tests can check what the driver leaves behind, also after failures it was made to meet.
 */
final class FakeHost implements CommandRunner {

    /** Every command run, in order. */
    final List<List<String>> commands = new ArrayList<>();
    /** Bridge ports and their ofport ("-1" for a port OVS could not open) and settings. */
    final Map<String, String> ports = new LinkedHashMap<>();
    final Map<String, String> portSettings = new HashMap<>();
    /** Links: name -> veth peer (or "" for other links). */
    final Map<String, String> links = new LinkedHashMap<>();
    final Map<String, String> addresses = new HashMap<>();
    final Set<String> natRules = new HashSet<>();
    private final String bridge;
    private final String datapath;
    private final List<Predicate<List<String>>> failures = new ArrayList<>();
    private final Set<String> brokenPorts = new HashSet<>();
    private int nextOfport = 1;

    FakeHost(String bridge, String datapath) {
        this.bridge = bridge;
        this.datapath = datapath;
    }

    /** Makes every command that the predicate selects fail. */
    FakeHost failWhen(Predicate<List<String>> which) {
        failures.add(which);
        return this;
    }

    /** Makes OVS unable to open a port (it gets ofport -1, as OVS does with a missing device). */
    FakeHost breakPort(String port) {
        brokenPorts.add(port);
        return this;
    }

    void heal() {
        failures.clear();
        brokenPorts.clear();
    }

    static Predicate<List<String>> contains(String... words) {
        return command -> command.containsAll(List.of(words));
    }

    @Override
    public Result run(List<String> command) {
        commands.add(List.copyOf(command));
        for (Predicate<List<String>> failure : failures) {
            if (failure.test(command)) {
                return new Result(1, "", command.get(0) + ": injected failure");
            }
        }
        switch (command.get(0)) {
            case "ovs-vsctl":
                return vsctl(command);
            case "ip":
                return ip(command);
            case "iptables":
                return iptables(command);
            case "ethtool":
            case "sysctl":
                return ok("");
            default:
                return new Result(127, "", "unknown command " + command);
        }
    }

    private Result vsctl(List<String> command) {
        List<String> args = new ArrayList<>(command.subList(1, command.size()));
        args.removeIf(a -> a.startsWith("--timeout"));
        boolean ifExists = args.remove("--if-exists");
        boolean mayExist = args.remove("--may-exist");
        switch (args.get(0)) {
            case "br-exists":
                return args.get(1).equals(bridge) ? ok("") : new Result(2, "", "");
            case "get":
                if (args.get(1).equals("Bridge")) {
                    return ok("\"" + datapath + "\"\n");
                }
                String port = args.get(2);
                if (!ports.containsKey(port)) {
                    return ifExists ? ok("") : new Result(1, "", "no row " + port);
                }
                return ok(ports.get(port) + "\n");
            case "add-port":
                String added = args.get(2);
                if (ports.containsKey(added)) {
                    return mayExist ? ok("") : new Result(1, "", "cannot create a port named " + added
                            + " because a port named " + added + " already exists on bridge " + bridge);
                }
                ports.put(added, brokenPorts.contains(added) ? "-1" : String.valueOf(nextOfport++));
                portSettings.put(added, String.join(" ", args.subList(3, args.size())));
                if (args.contains("type=internal")) {
                    links.put(added, "");
                }
                return ok("");
            case "del-port":
                String removed = args.get(2);
                if (!ports.containsKey(removed)) {
                    return ifExists ? ok("") : new Result(1, "", "no port named " + removed);
                }
                ports.remove(removed);
                portSettings.remove(removed);
                if ("".equals(links.get(removed))) {
                    links.remove(removed);
                    addresses.remove(removed);
                }
                return ok("");
            default:
                return new Result(1, "", "unknown ovs-vsctl command " + args);
        }
    }

    private Result ip(List<String> command) {
        String object = command.get(1);
        String verb = command.get(2);
        if (object.equals("link") && verb.equals("add")) {
            String name = command.get(3);
            String peer = command.get(command.size() - 1);
            if (links.containsKey(name) || links.containsKey(peer)) {
                return new Result(2, "", "RTNETLINK answers: File exists");
            }
            links.put(name, peer);
            links.put(peer, name);
            return ok("");
        }
        if (object.equals("link") && verb.equals("show")) {
            return links.containsKey(command.get(3)) ? ok(command.get(3)) : new Result(1, "", "does not exist");
        }
        if (object.equals("link") && verb.equals("del")) {
            String peer = links.remove(command.get(3));
            if (peer == null) {
                return new Result(1, "", "Cannot find device");
            }
            links.remove(peer);
            return ok("");
        }
        if (object.equals("link") && verb.equals("set")) {
            return links.containsKey(command.get(3)) ? ok("") : new Result(1, "", "Cannot find device");
        }
        if (object.equals("addr") && verb.equals("replace")) {
            String dev = command.get(command.size() - 1);
            if (!links.containsKey(dev)) {
                return new Result(1, "", "Cannot find device");
            }
            addresses.put(dev, command.get(3));
            return ok("");
        }
        return new Result(1, "", "unknown ip command " + command);
    }

    private Result iptables(List<String> command) {
        int action = command.indexOf("-C") >= 0 ? command.indexOf("-C")
                : command.indexOf("-A") >= 0 ? command.indexOf("-A") : command.indexOf("-D");
        String rule = String.join(" ", command.subList(action + 1, command.size()));
        switch (command.get(action)) {
            case "-C":
                return natRules.contains(rule) ? ok("") : new Result(1, "", "Bad rule");
            case "-A":
                natRules.add(rule);
                return ok("");
            default:
                return natRules.remove(rule) ? ok("") : new Result(1, "", "Bad rule");
        }
    }

    private static Result ok(String output) {
        return new Result(0, output, "");
    }
}
