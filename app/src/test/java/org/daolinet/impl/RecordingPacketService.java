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

import org.onosproject.core.ApplicationId;
import org.onosproject.net.flow.TrafficSelector;
import org.onosproject.net.packet.OutboundPacket;
import org.onosproject.net.packet.PacketPriority;
import org.onosproject.net.packet.PacketProcessor;
import org.onosproject.net.packet.PacketServiceAdapter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A packet service that records processors, packet requests and emitted packets.
 */
public class RecordingPacketService extends PacketServiceAdapter {

    /** Registered processors. */
    public final List<PacketProcessor> processors = new CopyOnWriteArrayList<>();
    /** Requested selectors. */
    public final List<TrafficSelector> requested = new CopyOnWriteArrayList<>();
    /** Emitted packets, in order. */
    public final List<OutboundPacket> emitted = new CopyOnWriteArrayList<>();

    @Override
    public void addProcessor(PacketProcessor processor, int priority) {
        processors.add(processor);
    }

    @Override
    public void removeProcessor(PacketProcessor processor) {
        processors.remove(processor);
    }

    @Override
    public void requestPackets(TrafficSelector selector, PacketPriority priority, ApplicationId appId) {
        requested.add(selector);
    }

    @Override
    public void cancelPackets(TrafficSelector selector, PacketPriority priority, ApplicationId appId) {
        requested.remove(selector);
    }

    @Override
    public void emit(OutboundPacket packet) {
        emitted.add(packet);
    }
}
