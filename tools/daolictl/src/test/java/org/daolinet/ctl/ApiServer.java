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
import org.daolinet.impl.RegistryFixture;
import org.daolinet.impl.RoutingFixture;
import org.daolinet.web.DaoliNetWebApplication;
import org.daolinet.web.RestServices;
import org.eclipse.jetty.security.ConstraintMapping;
import org.eclipse.jetty.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.security.Constraint;
import org.eclipse.jetty.util.security.Credential;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.onlab.rest.AuthorizationFilter;

import java.util.List;

/**
 * The real DaoliNet REST API as ONOS serves it, on 127.0.0.1: the web application's resources
 * under {@code /onos/daolinet} behind BASIC authentication (realm {@code karaf}, user
 * {@value #USER}), in front of the real registry, routing, policy and port mapping managers of
 * the app's test fixtures.
 */
final class ApiServer implements AutoCloseable {

    /** The user the server knows. */
    static final String USER = "onos";
    /** The user's password. */
    static final String PASSWORD = "rocks";

    private static final String REALM = "karaf";
    private static final String ROLE = "admin";

    /** Registry behind the resources. */
    final RegistryFixture registry;
    /** Routing, policy and port mappings behind the resources; flow batches confirm at once. */
    final RoutingFixture routing;

    private final Server jetty;

    /**
     * Wires the fixtures and starts serving on a free port.
     *
     * @throws Exception if Jetty does not start
     */
    ApiServer() throws Exception {
        registry = new RegistryFixture();
        routing = new RoutingFixture(registry, null);
        routing.flows.autoComplete(true);
        RestServices.serve(RestServices.policy(RestServices.routing(RestServices.registry(registry), routing),
                                               routing));
        // ONOS checks the user's roles there; authentication is the servlet container's job, done below
        AuthorizationFilter.disableForTests();

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SECURITY);
        context.setContextPath(ApiClient.BASE_PATH.substring(0, ApiClient.BASE_PATH.length() - 1));
        context.addServlet(new ServletHolder(new ServletContainer(
                ResourceConfig.forApplicationClass(DaoliNetWebApplication.class))), "/*");
        context.setSecurityHandler(basicAuthentication());
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        jetty.setHandler(context);
        jetty.start();
    }

    /**
     * Returns the web.xml's security of the DaoliNet bundle: every path needs a user of realm karaf.
     */
    private static ConstraintSecurityHandler basicAuthentication() {
        UserStore users = new UserStore();
        users.addUser(USER, Credential.getCredential(PASSWORD), new String[]{ROLE});
        HashLoginService login = new HashLoginService(REALM);
        login.setUserStore(users);
        Constraint constraint = new Constraint(Constraint.__BASIC_AUTH, ROLE);
        constraint.setAuthenticate(true);
        ConstraintMapping everything = new ConstraintMapping();
        everything.setPathSpec("/*");
        everything.setConstraint(constraint);
        ConstraintSecurityHandler security = new ConstraintSecurityHandler();
        security.setAuthenticator(new BasicAuthenticator());
        security.setRealmName(REALM);
        security.setLoginService(login);
        security.setConstraintMappings(List.of(everything));
        return security;
    }

    /**
     * Returns the server's address, as daolictl takes it.
     *
     * @return http://127.0.0.1:PORT
     */
    String url() {
        return "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
        routing.tearDown();
    }
}
