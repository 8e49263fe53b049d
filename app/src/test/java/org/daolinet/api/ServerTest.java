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
package org.daolinet.api;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onosproject.net.DeviceId;

import static org.daolinet.api.DaoliNetException.Reason.INVALID;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Specification of servers as built: every field is required and checked.
 */
public class ServerTest {

    private static final DeviceId DEVICE = DeviceId.deviceId("of:0000000000000001");
    private static final IpAddress IP = IpAddress.valueOf("192.168.0.1");
    private static final MacAddress MAC = MacAddress.valueOf("52:54:00:00:00:01");

    private static Server.Builder s1() {
        return Server.builder().deviceId(DEVICE).name("s1").uplinkPort("eth1").ip(IP).mac(MAC);
    }

    /** A server holds the fields it was built with. */
    @Test
    public void buildsServer() {
        Server server = s1().build();
        assertThat(server.deviceId(), is(DEVICE));
        assertThat(server.name(), is("s1"));
        assertThat(server.uplinkPort(), is("eth1"));
        assertThat(server.ip(), is(IP));
        assertThat(server.mac(), is(MAC));
    }

    /** The device id is required and must be that of an OpenFlow switch. */
    @Test
    public void deviceIdIsAnOpenFlowId() {
        assertRejected(INVALID, "deviceId", "deviceId: is required", () -> s1().deviceId(null).build());
        assertRejected(INVALID, "deviceId",
                       "deviceId: 'ovsdb:192.168.0.1' is not an OpenFlow device id (of: and 16 lower-case hex digits)",
                       () -> s1().deviceId(DeviceId.deviceId("ovsdb:192.168.0.1")).build());
        assertRejected(INVALID, "deviceId", () -> s1().deviceId(DeviceId.deviceId("of:1")).build());
    }

    /** ONOS writes device ids in lower case, so an id given in upper case names the same bridge. */
    @Test
    public void deviceIdIsCaseInsensitive() {
        Server server = s1().deviceId(DeviceId.deviceId("of:00000000000000AB")).build();
        assertThat(server.deviceId().toString(), is("of:00000000000000ab"));
    }

    /** The server name follows the name rule. */
    @Test
    public void nameFollowsTheNameRule() {
        assertThat(s1().name(Strings.repeat("s", 64)).build().name(), is(Strings.repeat("s", 64)));
        assertRejected(INVALID, "name", () -> s1().name(Strings.repeat("s", 65)).build());
        assertRejected(INVALID, "name", "name: is required", () -> s1().name("").build());
        assertRejected(INVALID, "name", () -> s1().name("server 1").build());
    }

    /** The uplink port name follows the name rule. */
    @Test
    public void uplinkPortFollowsTheNameRule() {
        assertThat(s1().uplinkPort("enp0s3.100").build().uplinkPort(), is("enp0s3.100"));
        assertRejected(INVALID, "uplinkPort", () -> s1().uplinkPort(Strings.repeat("e", 65)).build());
        assertRejected(INVALID, "uplinkPort", "uplinkPort: is required", () -> s1().uplinkPort(null).build());
        assertRejected(INVALID, "uplinkPort", () -> s1().uplinkPort("eth:1").build());
    }

    /** The server's IP is a required IPv4 address. */
    @Test
    public void ipIsIpv4() {
        assertRejected(INVALID, "ip", "ip: is required", () -> s1().ip(null).build());
        assertRejected(INVALID, "ip", () -> s1().ip(IpAddress.valueOf("2001:db8::1")).build());
    }

    /** The server's MAC is a required unicast address. */
    @Test
    public void macIsUnicast() {
        assertRejected(INVALID, "mac", "mac: is required", () -> s1().mac(null).build());
        assertRejected(INVALID, "mac", () -> s1().mac(MacAddress.valueOf("01:00:5e:00:00:01")).build());
        assertRejected(INVALID, "mac", () -> s1().mac(MacAddress.BROADCAST).build());
        assertRejected(INVALID, "mac", () -> s1().mac(MacAddress.ZERO).build());
    }

    /** Servers are equal when every field is. */
    @Test
    public void equalityIsByEveryField() {
        new EqualsTester()
                .addEqualityGroup(s1().build(), s1().build())
                .addEqualityGroup(s1().deviceId(DeviceId.deviceId("of:0000000000000002")).build())
                .addEqualityGroup(s1().name("s2").build())
                .addEqualityGroup(s1().uplinkPort("eth2").build())
                .addEqualityGroup(s1().ip(IpAddress.valueOf("192.168.0.2")).build())
                .addEqualityGroup(s1().mac(MacAddress.valueOf("52:54:00:00:00:02")).build())
                .testEquals();
    }
}
