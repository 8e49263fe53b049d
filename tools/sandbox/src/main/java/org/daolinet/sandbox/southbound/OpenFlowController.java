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
package org.daolinet.sandbox.southbound;

import org.onosproject.net.DeviceId;
import org.projectfloodlight.openflow.protocol.OFFlowRemoved;
import org.projectfloodlight.openflow.protocol.OFPacketIn;
import org.projectfloodlight.openflow.protocol.OFPortStatus;
import org.slf4j.Logger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * The switches that are connected and ready, by device id, and the services that follow them. A switch
 * that connects again while its old connection lingers replaces it; messages of a replaced or closed session
 * reach no service.
 */
public final class OpenFlowController implements SwitchListener {

    private final Logger log = getLogger(getClass());

    private final List<SwitchListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<DeviceId, SwitchSession> sessions = new ConcurrentHashMap<>();

    /**
     * Adds a listener; listeners are told in the order they were added.
     *
     * @param listener listener
     */
    public void addListener(SwitchListener listener) {
        listeners.add(listener);
    }

    /**
     * Removes a listener.
     *
     * @param listener listener
     */
    public void removeListener(SwitchListener listener) {
        listeners.remove(listener);
    }

    /**
     * Returns the ready session of a device.
     *
     * @param deviceId device
     * @return session, or null if the device is not connected
     */
    public SwitchSession session(DeviceId deviceId) {
        return sessions.get(deviceId);
    }

    /**
     * Returns the ready sessions.
     *
     * @return sessions
     */
    public Collection<SwitchSession> sessions() {
        return List.copyOf(sessions.values());
    }

    @Override
    public void switchReady(SwitchSession session) {
        SwitchSession old = sessions.put(session.deviceId(), session);
        if (old != null && old != session) {
            log.warn("{} connected again from {}; closing its connection from {}", session, session.remote(),
                     old.remote());
            old.close();
        }
        tell(l -> l.switchReady(session));
    }

    @Override
    public void switchGone(SwitchSession session) {
        if (sessions.remove(session.deviceId(), session)) {
            tell(l -> l.switchGone(session));
        }
    }

    @Override
    public void portChanged(SwitchSession session, OFPortStatus status) {
        if (current(session)) {
            tell(l -> l.portChanged(session, status));
        }
    }

    @Override
    public void packetIn(SwitchSession session, OFPacketIn packetIn) {
        if (current(session)) {
            tell(l -> l.packetIn(session, packetIn));
        }
    }

    @Override
    public void flowRemoved(SwitchSession session, OFFlowRemoved removed) {
        if (current(session)) {
            tell(l -> l.flowRemoved(session, removed));
        }
    }

    private boolean current(SwitchSession session) {
        return sessions.get(session.deviceId()) == session;
    }

    // one failing service must neither keep the others uninformed nor end the connection's I/O thread
    private void tell(Consumer<SwitchListener> event) {
        for (SwitchListener l : listeners) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                log.error("{} failed on a switch event", l, e);
            }
        }
    }
}
