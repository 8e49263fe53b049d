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
package org.daolinet.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.daolinet.api.Server;
import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.MacAddress;
import org.onosproject.codec.impl.MockCodecContext;
import org.onosproject.net.DeviceId;

import static org.daolinet.api.DaoliNetException.Reason.INVALID;
import static org.daolinet.api.RejectionAssert.assertRejected;
import static org.daolinet.codec.JsonText.json;
import static org.daolinet.codec.JsonText.with;
import static org.daolinet.codec.JsonText.without;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Specification of the JSON form of servers.
 */
public class ServerCodecTest {

    private static final ObjectNode S1_JSON = json("{'deviceId': 'of:00000000000000a1', 'name': 's1', "
                                                           + "'uplinkPort': 'eth1', 'ip': '192.168.0.1', "
                                                           + "'mac': '52:54:00:AB:CD:01'}");
    private static final Server S1 = Server.builder().deviceId(DeviceId.deviceId("of:00000000000000a1")).name("s1")
            .uplinkPort("eth1").ip(IpAddress.valueOf("192.168.0.1")).mac(MacAddress.valueOf("52:54:00:ab:cd:01"))
            .build();

    private final MockCodecContext context = new MockCodecContext();
    private final ServerCodec codec = new ServerCodec();

    private Server decode(ObjectNode request) {
        return codec.decode(request, context);
    }

    /** A server is encoded as an object of exactly its five fields, as strings. */
    @Test
    public void encodesEveryField() {
        assertThat(codec.encode(S1, context), is(S1_JSON));
    }

    /** A server is decoded from the same five fields. */
    @Test
    public void decodesEveryField() {
        assertThat(decode(S1_JSON), is(S1));
    }

    /** Decoding what was encoded gives the server back. */
    @Test
    public void roundTrips() {
        assertThat(codec.decode(codec.encode(S1, context), context), is(S1));
    }

    /** Each field is required. */
    @Test
    public void everyFieldIsRequired() {
        for (String field : new String[]{"deviceId", "name", "uplinkPort", "ip", "mac"}) {
            assertRejected(INVALID, field, field + ": is required", () -> decode(without(S1_JSON, field)));
            assertRejected(INVALID, field, field + ": is required", () -> decode(with(S1_JSON, field, "")));
        }
    }

    /** Each field is a JSON string. */
    @Test
    public void everyFieldIsAString() {
        for (String field : new String[]{"deviceId", "name", "uplinkPort", "ip", "mac"}) {
            assertRejected(INVALID, field, field + ": must be a string, not 42",
                           () -> decode(with(S1_JSON, field, 42)));
        }
    }

    /** Malformed values are rejected naming their field. */
    @Test
    public void malformedValuesAreRejected() {
        assertRejected(INVALID, "deviceId",
                       "deviceId: 'of:1' is not an OpenFlow device id (of: and 16 lower-case hex digits)",
                       () -> decode(with(S1_JSON, "deviceId", "of:1")));
        assertRejected(INVALID, "name", () -> decode(with(S1_JSON, "name", "server 1")));
        assertRejected(INVALID, "uplinkPort", () -> decode(with(S1_JSON, "uplinkPort", "eth/1")));
        assertRejected(INVALID, "ip", "ip: '192.168.0.300' is not an IPv4 address",
                       () -> decode(with(S1_JSON, "ip", "192.168.0.300")));
        assertRejected(INVALID, "ip", () -> decode(with(S1_JSON, "ip", "fe80::1")));
        assertRejected(INVALID, "mac", "mac: 'not-a-mac' is not a MAC address",
                       () -> decode(with(S1_JSON, "mac", "not-a-mac")));
        assertRejected(INVALID, "mac", () -> decode(with(S1_JSON, "mac", "01:00:5e:00:00:01")));
    }

    /** A missing body is rejected as such. */
    @Test
    public void missingBodyIsRejected() {
        assertRejected(INVALID, "body", () -> decode(null));
    }
}
