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

import org.onlab.packet.ChassisId;
import org.onosproject.event.AbstractListenerManager;
import org.onosproject.event.EventDeliveryService;
import org.onosproject.net.AnnotationKeys;
import org.onosproject.net.DefaultAnnotations;
import org.onosproject.net.DefaultDevice;
import org.onosproject.net.DefaultPort;
import org.onosproject.net.Device;
import org.onosproject.net.DeviceId;
import org.onosproject.net.MastershipRole;
import org.onosproject.net.Port;
import org.onosproject.net.PortNumber;
import org.onosproject.net.device.DeviceEvent;
import org.onosproject.net.device.DeviceListener;
import org.onosproject.net.device.DeviceService;
import org.onosproject.net.device.PortStatistics;
import org.onosproject.net.provider.ProviderId;
import org.projectfloodlight.openflow.protocol.OFDescStatsReply;
import org.projectfloodlight.openflow.protocol.OFPortConfig;
import org.projectfloodlight.openflow.protocol.OFPortDesc;
import org.projectfloodlight.openflow.protocol.OFPortReason;
import org.projectfloodlight.openflow.protocol.OFPortState;
import org.projectfloodlight.openflow.protocol.OFPortStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * ONOS's device service on OpenFlow switches: a device per datapath that ever connected, available while
 * connected, with the ports of its PORT_DESC and PORT_STATUS messages (each annotated with its name and MAC,
 * as ONOS's OpenFlow provider does). Events as ONOS posts them: DEVICE_ADDED and a PORT_ADDED per port on the
 * first connection; DEVICE_AVAILABILITY_CHANGED when it disconnects or comes back, with PORT_ADDED,
 * PORT_UPDATED and PORT_REMOVED for what changed meanwhile; PORT_* on PORT_STATUS.
 * This node masters every device. No port statistics are collected.
 */
public final class SandboxDeviceService extends AbstractListenerManager<DeviceEvent, DeviceListener>
        implements DeviceService, SwitchListener {

    /** Provider of the devices, as ONOS's OpenFlow provider names itself. */
    public static final ProviderId PROVIDER = new ProviderId("of", "org.daolinet.sandbox.southbound");

    private static final String PROTOCOL = "OF_13";
    private static final long KBPS_PER_MBPS = 1000;
    private static final long MILLIS_PER_SECOND = 1000;
    private static final long UNSIGNED = 0xffffffffL;

    private final Map<DeviceId, Record> devices = new ConcurrentHashMap<>();

    /**
     * Creates the service.
     *
     * @param dispatcher delivers the device events
     */
    public SandboxDeviceService(EventDeliveryService dispatcher) {
        this.eventDispatcher = dispatcher;
    }

    /**
     * Starts delivering events.
     */
    public void start() {
        eventDispatcher.addSink(DeviceEvent.class, listenerRegistry);
    }

    /**
     * Stops delivering events.
     */
    public void stop() {
        eventDispatcher.removeSink(DeviceEvent.class);
    }

    @Override
    public int getDeviceCount() {
        return devices.size();
    }

    @Override
    public Iterable<Device> getDevices() {
        return devices.values().stream().map(r -> r.device).collect(Collectors.toList());
    }

    @Override
    public Iterable<Device> getDevices(Device.Type type) {
        return devices.values().stream().map(r -> r.device).filter(d -> d.type() == type)
                .collect(Collectors.toList());
    }

    @Override
    public Iterable<Device> getAvailableDevices() {
        return devices.values().stream().filter(r -> r.available).map(r -> r.device).collect(Collectors.toList());
    }

    @Override
    public Iterable<Device> getAvailableDevices(Device.Type type) {
        return devices.values().stream().filter(r -> r.available).map(r -> r.device).filter(d -> d.type() == type)
                .collect(Collectors.toList());
    }

    @Override
    public Device getDevice(DeviceId deviceId) {
        Record r = devices.get(deviceId);
        return r == null ? null : r.device;
    }

    @Override
    public MastershipRole getRole(DeviceId deviceId) {
        return devices.containsKey(deviceId) ? MastershipRole.MASTER : MastershipRole.NONE;
    }

    @Override
    public List<Port> getPorts(DeviceId deviceId) {
        Record r = devices.get(deviceId);
        if (r == null) {
            return List.of();
        }
        List<Port> ports = new ArrayList<>(r.ports.values());
        ports.sort(Comparator.comparingLong(p -> p.number().toLong() & UNSIGNED));
        return ports;
    }

    /**
     * Returns no statistics: the sandbox does not collect port statistics.
     *
     * @param deviceId device
     * @return an empty list
     */
    @Override
    public List<PortStatistics> getPortStatistics(DeviceId deviceId) {
        return List.of();
    }

    /**
     * Returns no statistics: the sandbox does not collect port statistics.
     *
     * @param deviceId device
     * @return an empty list
     */
    @Override
    public List<PortStatistics> getPortDeltaStatistics(DeviceId deviceId) {
        return List.of();
    }

    @Override
    public Port getPort(DeviceId deviceId, PortNumber portNumber) {
        Record r = devices.get(deviceId);
        return r == null ? null : r.ports.get(portNumber);
    }

    @Override
    public boolean isAvailable(DeviceId deviceId) {
        Record r = devices.get(deviceId);
        return r != null && r.available;
    }

    @Override
    public String localStatus(DeviceId deviceId) {
        Record r = devices.get(deviceId);
        if (r == null) {
            return null;
        }
        long seconds = (System.currentTimeMillis() - r.updatedMillis) / MILLIS_PER_SECOND;
        return (r.available ? "connected " : "disconnected ") + seconds + "s ago";
    }

    @Override
    public long getLastUpdatedInstant(DeviceId deviceId) {
        Record r = devices.get(deviceId);
        return r == null ? 0 : r.updatedMillis;
    }

    @Override
    public void switchReady(SwitchSession session) {
        Device device = device(session);
        Map<PortNumber, Port> ports = new LinkedHashMap<>();
        for (OFPortDesc p : session.ports()) {
            Port port = port(device, p);
            ports.put(port.number(), port);
        }
        Record previous = devices.get(device.id());
        Record next = new Record(device, ports, true);
        devices.put(device.id(), next);
        if (previous == null) {
            post(new DeviceEvent(DeviceEvent.Type.DEVICE_ADDED, device));
            ports.values().forEach(p -> post(new DeviceEvent(DeviceEvent.Type.PORT_ADDED, device, p)));
            return;
        }
        post(new DeviceEvent(DeviceEvent.Type.DEVICE_AVAILABILITY_CHANGED, device));
        for (Port p : ports.values()) {
            Port old = previous.ports.get(p.number());
            if (old == null) {
                post(new DeviceEvent(DeviceEvent.Type.PORT_ADDED, device, p));
            } else if (!same(old, p)) {
                post(new DeviceEvent(DeviceEvent.Type.PORT_UPDATED, device, p));
            }
        }
        for (Port old : previous.ports.values()) {
            if (!ports.containsKey(old.number())) {
                post(new DeviceEvent(DeviceEvent.Type.PORT_REMOVED, device, old));
            }
        }
    }

    @Override
    public void switchGone(SwitchSession session) {
        Record r = devices.get(session.deviceId());
        if (r != null) {
            Record offline = new Record(r.device, r.ports, false);
            devices.put(r.device.id(), offline);
            post(new DeviceEvent(DeviceEvent.Type.DEVICE_AVAILABILITY_CHANGED, r.device));
        }
    }

    @Override
    public void portChanged(SwitchSession session, OFPortStatus status) {
        Record r = devices.get(session.deviceId());
        if (r == null) {
            return;
        }
        Port port = port(r.device, status.getDesc());
        r.updatedMillis = System.currentTimeMillis();
        if (status.getReason() == OFPortReason.DELETE) {
            r.ports.remove(port.number());
            post(new DeviceEvent(DeviceEvent.Type.PORT_REMOVED, r.device, port));
        } else {
            Port old = r.ports.put(port.number(), port);
            post(new DeviceEvent(old == null ? DeviceEvent.Type.PORT_ADDED : DeviceEvent.Type.PORT_UPDATED,
                                 r.device, port));
        }
    }

    private static Device device(SwitchSession session) {
        OFDescStatsReply d = session.description();
        DefaultAnnotations annotations = DefaultAnnotations.builder()
                .set(AnnotationKeys.PROTOCOL, PROTOCOL)
                .set(AnnotationKeys.CHANNEL_ID, session.remote())
                .set(AnnotationKeys.DATAPATH_DESCRIPTION, d == null ? "" : d.getDpDesc())
                .build();
        return new DefaultDevice(PROVIDER, session.deviceId(), Device.Type.SWITCH,
                                 d == null ? "" : d.getMfrDesc(), d == null ? "" : d.getHwDesc(),
                                 d == null ? "" : d.getSwDesc(), d == null ? "" : d.getSerialNum(),
                                 new ChassisId(session.dpid().getLong()), annotations);
    }

    /**
     * Builds the ONOS port of an OpenFlow port description, enabled when neither administratively down nor
     * without link, as ONOS's OpenFlow provider does.
     *
     * @param device device
     * @param p      port description
     * @return port
     */
    static Port port(Device device, OFPortDesc p) {
        boolean enabled = !p.getConfig().contains(OFPortConfig.PORT_DOWN)
                && !p.getState().contains(OFPortState.LINK_DOWN);
        DefaultAnnotations annotations = DefaultAnnotations.builder()
                .set(AnnotationKeys.PORT_NAME, p.getName())
                .set(AnnotationKeys.PORT_MAC, p.getHwAddr().toString())
                .build();
        return new DefaultPort(device, FlowRuleTranslator.port(p.getPortNo()), enabled, Port.Type.COPPER,
                               p.getCurrSpeed() / KBPS_PER_MBPS, annotations);
    }

    private static boolean same(Port a, Port b) {
        return a.isEnabled() == b.isEnabled() && a.annotations().equals(b.annotations())
                && a.portSpeed() == b.portSpeed();
    }

    /**
     * A device with its ports.
     */
    private static final class Record {
        private final Device device;
        private final Map<PortNumber, Port> ports;
        private final boolean available;
        private volatile long updatedMillis = System.currentTimeMillis();

        Record(Device device, Map<PortNumber, Port> ports, boolean available) {
            this.device = device;
            this.ports = new ConcurrentHashMap<>(ports);
            this.available = available;
        }
    }
}
