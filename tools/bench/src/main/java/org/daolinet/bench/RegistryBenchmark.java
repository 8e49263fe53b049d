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
package org.daolinet.bench;

import org.daolinet.api.Container;
import org.daolinet.api.ContainerAdminService;
import org.daolinet.api.ContainerService;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkService;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onosproject.net.ConnectPoint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Suite {@code registry}: registering containers at scale through the real container manager and its
 * distributed stores (on ONOS test primitives, so it measures the application's own work, not
 * consensus), and the lookups that the PacketIn path makes, by bridge port, by tenant and IP, by MAC,
 * and of the network holding an address. The lookups run at two registry sizes to show they do not
 * grow with it.
 */
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RegistryBenchmark {

    /** Servers of every scenario: about a hundred containers each at 100,000. */
    static final int SERVERS = 1000;
    /** Networks of every scenario, of {@value RegistryScenario#TENANTS} tenants. */
    static final int NETWORKS = 1000;

    /**
     * A fresh registry for every shot of {@link #register}: servers, networks and the containers'
     * bridge ports in place, the registration requests built.
     */
    @State(Scope.Thread)
    public static class Registration {

        /** Containers registered by one shot. */
        @Param("100000")
        public int batch;

        RegistryScenario scenario;
        Container[] requests;

        /**
         * Builds the registry and the requests, outside the measured time.
         */
        @Setup(Level.Iteration)
        public void prepare() {
            scenario = new RegistryScenario(SERVERS, NETWORKS);
            requests = new Container[batch];
            for (int i = 0; i < batch; i++) {
                scenario.addPort(i);
                requests[i] = scenario.container(i);
            }
        }

        /**
         * Checks that the shot registered every container, so that a failure cannot pass for speed.
         */
        @TearDown(Level.Iteration)
        public void check() {
            int registered = scenario.fixture.containers.containers().size();
            scenario.fixture.tearDown();
            if (registered != batch) {
                throw new IllegalStateException("registered " + registered + " of " + batch + " containers");
            }
        }
    }

    /**
     * Registers a batch of containers, VIP allocation and port binding included; the score is the
     * time of the whole batch.
     *
     * @param registration fresh registry and requests
     * @param blackhole    sink of the results
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public void register(Registration registration, Blackhole blackhole) {
        ContainerAdminService admin = registration.scenario.fixture.containers;
        for (Container request : registration.requests) {
            blackhole.consume(admin.addContainer(request));
        }
    }

    /**
     * A populated registry and lookup keys for it: fresh key objects of randomly chosen containers,
     * built once so that the measurement holds the lookup alone.
     */
    @State(Scope.Benchmark)
    public static class Lookups {

        /** Containers registered. */
        @Param({"1000", "100000"})
        public int containers;

        /** Keys per kind; a power of two so that the cursor wraps with a mask. */
        static final int KEYS = 1 << 16;
        private static final long SEED = 20_160_401L;

        ContainerService containerService;
        NetworkService networkService;
        final ConnectPoint[] ports = new ConnectPoint[KEYS];
        final String[] tenants = new String[KEYS];
        final IpAddress[] ips = new IpAddress[KEYS];
        final MacAddress[] macs = new MacAddress[KEYS];

        /**
         * Registers the containers and draws the keys; checks that every key finds its container
         * and network, so that no benchmark measures misses.
         */
        @Setup(Level.Trial)
        public void populate() {
            RegistryScenario scenario = new RegistryScenario(SERVERS, NETWORKS);
            scenario.registerContainers(containers);
            containerService = scenario.fixture.containers;
            networkService = scenario.fixture.networks;
            Random random = new Random(SEED);
            for (int k = 0; k < KEYS; k++) {
                int i = random.nextInt(containers);
                Container c = scenario.container(i);
                ports[k] = scenario.port(i);
                tenants[k] = c.tenant();
                ips[k] = c.ip();
                macs[k] = c.mac();
                expect(c, containerService.containerByPort(ports[k]), "port");
                expect(c, containerService.containerByIp(tenants[k], ips[k]), "tenant and IP");
                expect(c, containerService.containerByMac(macs[k]), "MAC");
                Network network = networkService.networkOf(tenants[k], ips[k]);
                if (network == null || !network.key().equals(c.network())) {
                    throw new IllegalStateException("network of " + c.ip() + " in " + c.tenant() + " is " + network);
                }
            }
        }

        private static void expect(Container expected, Container found, String key) {
            if (found == null || !Objects.equals(found.id(), expected.id())) {
                throw new IllegalStateException("lookup by " + key + " of " + expected.id() + " found " + found);
            }
        }
    }

    /**
     * Position in the keys, one per benchmark thread.
     */
    @State(Scope.Thread)
    public static class Cursor {

        private int position;

        /**
         * Returns the next key index.
         *
         * @return index below {@link Lookups#KEYS}
         */
        int next() {
            position = (position + 1) & (Lookups.KEYS - 1);
            return position;
        }
    }

    /**
     * Finds the container bound to a bridge port: the first lookup of every PacketIn.
     *
     * @param lookups   registry and keys
     * @param cursor    key position
     * @param blackhole sink of the result
     */
    @Benchmark
    public void lookupPort(Lookups lookups, Cursor cursor, Blackhole blackhole) {
        blackhole.consume(lookups.containerService.containerByPort(lookups.ports[cursor.next()]));
    }

    /**
     * Finds the container of a tenant holding an IP: the destination of a packet.
     *
     * @param lookups   registry and keys
     * @param cursor    key position
     * @param blackhole sink of the result
     */
    @Benchmark
    public void lookupIp(Lookups lookups, Cursor cursor, Blackhole blackhole) {
        int k = cursor.next();
        blackhole.consume(lookups.containerService.containerByIp(lookups.tenants[k], lookups.ips[k]));
    }

    /**
     * Finds the container holding a MAC address.
     *
     * @param lookups   registry and keys
     * @param cursor    key position
     * @param blackhole sink of the result
     */
    @Benchmark
    public void lookupMac(Lookups lookups, Cursor cursor, Blackhole blackhole) {
        blackhole.consume(lookups.containerService.containerByMac(lookups.macs[cursor.next()]));
    }

    /**
     * Finds the network of a tenant whose subnet holds an address, among {@value #NETWORKS}.
     *
     * @param lookups   registry and keys
     * @param cursor    key position
     * @param blackhole sink of the result
     */
    @Benchmark
    public void lookupNetwork(Lookups lookups, Cursor cursor, Blackhole blackhole) {
        int k = cursor.next();
        blackhole.consume(lookups.networkService.networkOf(lookups.tenants[k], lookups.ips[k]));
    }
}
