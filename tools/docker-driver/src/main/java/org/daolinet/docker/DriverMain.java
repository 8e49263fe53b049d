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

import org.daolinet.client.ApiClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * {@code daolinet-docker-driver}: runs the {@code daolinet} network driver of one server until
 * SIGTERM. Docker finds it through its socket ({@code /run/docker/plugins/daolinet.sock} by default).
 */
@Command(name = "daolinet-docker-driver", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The daolinet Docker network driver of one server (a libnetwork remote driver).",
        footer = {"", "Environment: DAOLI_HOST, DAOLI_USER, DAOLI_PASSWORD (the options win)."})
public final class DriverMain implements Callable<Integer> {

    @Option(names = "--server", required = true, paramLabel = "NAME",
            description = "This server's name in DaoliNet (as the agent registered it)")
    private String server;

    @Option(names = "--bridge", required = true, paramLabel = "BRIDGE", description = "This server's OVS bridge")
    private String bridge;

    @Option(names = "--socket", paramLabel = "PATH", defaultValue = "/run/docker/plugins/daolinet.sock",
            description = "The plugin socket Docker calls (default: ${DEFAULT-VALUE})")
    private Path socket;

    @Option(names = "--docker", paramLabel = "PATH", defaultValue = "/var/run/docker.sock",
            description = "The local Docker daemon's socket (default: ${DEFAULT-VALUE})")
    private Path docker;

    @Option(names = "--state", paramLabel = "DIR", defaultValue = "/var/lib/daolinet/docker-driver",
            description = "Where the driver keeps its networks and endpoints (default: ${DEFAULT-VALUE})")
    private Path stateDir;

    @Option(names = "--api", paramLabel = "URL", description = "The DaoliNet REST API's server "
            + "(default: $DAOLI_HOST or http://127.0.0.1:8181)")
    private String api;

    @Option(names = "--user", paramLabel = "USER", description = "ONOS user (default: $DAOLI_USER or onos)")
    private String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "The user's password (default: $DAOLI_PASSWORD or rocks)")
    private String password;

    @Option(names = "--no-nat", description = "No MASQUERADE rule for the networks' egress")
    private boolean noNat;

    /**
     * Runs the driver.
     *
     * @param args command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new DriverMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ApiClient client = new ApiClient(ApiClient.serverUri(setting(api, "DAOLI_HOST", "http://127.0.0.1:8181")),
                                         setting(user, "DAOLI_USER", "onos"),
                                         setting(password, "DAOLI_PASSWORD", "rocks"));
        HostNetwork host = new HostNetwork(new ProcessRunner(), bridge, !noNat);
        host.checkBridge();
        CountDownLatch stopped = new CountDownLatch(1);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "daolinet-names");
            thread.setDaemon(true);
            return thread;
        });
        try (DockerApi daemon = new DockerApi(docker)) {
            NetworkDriver driver = new NetworkDriver(server, new RestRegistry(client), daemon, host,
                                                     new DriverState(stateDir), scheduler);
            PluginServer plugin = new PluginServer(socket, driver);
            plugin.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    plugin.close();
                } catch (Exception e) {
                    System.err.println("daolinet-docker-driver: stopping: " + e);
                }
                stopped.countDown();
            }, "daolinet-stop"));
            plugin.join();
            stopped.await();
        } finally {
            scheduler.shutdownNow();
        }
        return 0;
    }

    private static String setting(String option, String variable, String fallback) {
        if (option != null) {
            return option;
        }
        String value = System.getenv(variable);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
