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

import org.daolinet.api.Container;
import org.daolinet.api.FirewallRule;
import org.daolinet.api.Network;
import org.daolinet.api.NetworkGroup;
import org.daolinet.api.NetworkKey;
import org.daolinet.api.PairPolicy;
import org.daolinet.api.PortMapping;
import org.daolinet.api.Protocol;
import org.daolinet.api.Selector;
import org.daolinet.api.Server;
import org.onlab.util.KryoNamespace;
import org.onosproject.store.serializers.KryoNamespaces;
import org.onosproject.store.service.Serializer;

/**
 * Serializers of DaoliNet's state in ONOS distributed primitives.
 */
public final class DaoliNetSerializers {

    /** Kryo namespace of the registry types, on top of ONOS's API types. */
    public static final KryoNamespace REGISTRY = KryoNamespace.newBuilder()
            .register(KryoNamespaces.API)
            .register(Server.class, Network.class, NetworkKey.class, Container.class)
            .register(NetworkGroup.class, PairPolicy.class, PairPolicy.Action.class, FirewallRule.class,
                      FirewallRule.Action.class, Selector.class, Selector.Kind.class, Protocol.class,
                      PortMapping.class)
            .build("daolinet-registry");

    /** Serializer of the registry types. */
    public static final Serializer SERIALIZER = Serializer.using(REGISTRY);

    private DaoliNetSerializers() {
    }
}
