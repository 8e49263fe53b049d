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
package org.daolinet.web;

import org.onlab.rest.AbstractWebApplication;

import java.util.Set;

/**
 * DaoliNet REST application: the registry resources, the routes and routing statistics, the
 * access policy (groups, pair policies, firewall rules) and port mappings, and the mapper that
 * turns DaoliNet's rejections into 400/404/409 responses.
 */
public class DaoliNetWebApplication extends AbstractWebApplication {

    @Override
    public Set<Class<?>> getClasses() {
        return getClasses(ServerWebResource.class,
                          NetworkWebResource.class,
                          ContainerWebResource.class,
                          RouteWebResource.class,
                          StatsWebResource.class,
                          GroupWebResource.class,
                          PolicyWebResource.class,
                          FirewallWebResource.class,
                          PortMappingWebResource.class,
                          DaoliNetExceptionMapper.class);
    }
}
