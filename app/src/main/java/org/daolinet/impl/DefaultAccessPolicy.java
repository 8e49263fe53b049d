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
package org.daolinet.impl;

import org.daolinet.api.AccessDecision;
import org.daolinet.api.AccessPolicy;
import org.daolinet.api.Container;
import org.onlab.packet.IpAddress;
import org.osgi.service.component.annotations.Component;

/**
 * The base access policy: containers of one network may talk, all other container pairs may not,
 * and every container may reach external destinations through its gateway.
 */
@Component(immediate = true, service = AccessPolicy.class)
public class DefaultAccessPolicy implements AccessPolicy {

    @Override
    public AccessDecision decide(Container src, Container dst, int protocol, int dstPort) {
        return src.network().equals(dst.network()) ? AccessDecision.ALLOW : AccessDecision.DENY;
    }

    @Override
    public AccessDecision decideEgress(Container src, IpAddress dst, int protocol, int dstPort) {
        return AccessDecision.ALLOW;
    }
}
