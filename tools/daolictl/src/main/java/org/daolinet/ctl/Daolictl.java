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
package org.daolinet.ctl;

import org.daolinet.client.ApiClient;
import org.daolinet.client.ApiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * daolictl: the operator's command line over the DaoliNet REST API. This is the root command:
 * the options every verb takes, where the server and credentials come from, and the exit codes
 * (0 done, 1 usage error, 2 the server rejected the request or could not be reached).
 */
@Command(name = "daolictl", scope = ScopeType.INHERIT, sortOptions = false, usageHelpAutoWidth = true,
        description = "Operates a DaoliNet container network through its REST API on ONOS.",
        subcommands = {GroupCommand.class, MemberCommand.class,
                PairCommands.Connect.class, PairCommands.Disconnect.class, PairCommands.Show.class,
                PairCommands.Clear.class, ContainerCommand.class, NetworkCommand.class, ServerCommand.class,
                FirewallCommand.class, PortmapCommand.class, RoutesCommand.class, StatsCommand.class},
        footer = {"", "Environment: DAOLI_HOST, DAOLI_USER, DAOLI_PASSWORD (the options win); DAOLI_DOCKER "
                + "(SERVER=HOST,...: the servers' Docker daemons, for container move).",
                "Exit status: 0 done, 1 usage error, 2 rejected by the server or the server unreachable."})
public final class Daolictl {

    /** Exit status of a usage error. */
    public static final int USAGE = 1;
    /** Exit status of a request the server rejected, or of a server that could not be reached. */
    public static final int API_ERROR = 2;

    /** Environment variable naming the server. */
    static final String HOST_VARIABLE = "DAOLI_HOST";
    /** Environment variable naming the ONOS user. */
    static final String USER_VARIABLE = "DAOLI_USER";
    /** Environment variable holding the user's password. */
    static final String PASSWORD_VARIABLE = "DAOLI_PASSWORD";

    static final String DEFAULT_HOST = "http://127.0.0.1:8181";
    static final String DEFAULT_USER = "onos";
    static final String DEFAULT_PASSWORD = "rocks";

    private static final String PREFIX = "daolictl: ";

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "ONOS server with the DaoliNet application (default: $DAOLI_HOST or " + DEFAULT_HOST + ")")
    private String host;

    @Option(names = {"-u", "--user"}, paramLabel = "USER", scope = ScopeType.INHERIT,
            description = "ONOS user (default: $DAOLI_USER or " + DEFAULT_USER + ")")
    private String user;

    @Option(names = {"-p", "--password"}, paramLabel = "PASSWORD", scope = ScopeType.INHERIT,
            description = "The user's password (default: $DAOLI_PASSWORD or " + DEFAULT_PASSWORD + ")")
    private String password;

    @Option(names = {"-t", "--tenant"}, paramLabel = "TENANT", scope = ScopeType.INHERIT,
            description = "Tenant of the names given (default: the default tenant)")
    private String tenant;

    @Option(names = {"-j", "--json"}, scope = ScopeType.INHERIT,
            description = "Print the server's JSON instead of a table")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help")
    private boolean help;

    private final Map<String, String> environment;
    private ApiClient api;

    private Daolictl(Map<String, String> environment) {
        this.environment = environment;
    }

    /**
     * Runs daolictl and exits with its status.
     *
     * @param args command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(args, out, err, System.getenv()));
    }

    /**
     * Runs daolictl on a command line.
     *
     * @param args        command line
     * @param out         where results go
     * @param err         where errors go
     * @param environment environment variables (DAOLI_HOST, DAOLI_USER, DAOLI_PASSWORD)
     * @return exit status: 0 done, {@value #USAGE} usage error, {@value #API_ERROR} rejected by
     * the server or server unreachable
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new Daolictl(environment))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((e, arguments) -> usageError(e, err))
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    if (e instanceof ApiException) {
                        err.println(PREFIX + ((ApiException) e).describe());
                        return API_ERROR;
                    }
                    throw e;
                });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int usageError(ParameterException e, PrintWriter err) {
        err.println(PREFIX + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
    }

    /**
     * Returns the client of the server given by the options or the environment.
     *
     * @return client
     * @throws ParameterException if the server address is malformed
     */
    ApiClient api() {
        if (api == null) {
            String address = setting(host, HOST_VARIABLE, DEFAULT_HOST);
            URI server;
            try {
                server = ApiClient.serverUri(address);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--host: " + e.getMessage());
            }
            api = new ApiClient(server, setting(user, USER_VARIABLE, DEFAULT_USER),
                                setting(password, PASSWORD_VARIABLE, DEFAULT_PASSWORD));
        }
        return api;
    }

    private String setting(String option, String variable, String fallback) {
        if (option != null) {
            return option;
        }
        String value = environment.get(variable);
        return value == null || value.isEmpty() ? fallback : value;
    }

    /**
     * Returns an environment variable.
     *
     * @param variable name
     * @return value, or null if unset
     */
    String environment(String variable) {
        return environment.get(variable);
    }

    /**
     * Returns the tenant option.
     *
     * @return tenant, or null if not given (the server then takes the default tenant)
     */
    String tenant() {
        return tenant;
    }

    /**
     * Tells whether the server's JSON is wanted rather than a table.
     *
     * @return whether --json was given
     */
    boolean json() {
        return json;
    }
}
