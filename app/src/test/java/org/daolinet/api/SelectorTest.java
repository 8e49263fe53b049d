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

import org.daolinet.impl.DaoliNetSerializers;
import org.junit.Test;
import org.onlab.packet.Ip4Address;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Specification of firewall rule selectors' address tests, which policy decisions make without
 * allocating.
 */
public class SelectorTest {

    private static int ip(String text) {
        return Ip4Address.valueOf(text).toInt();
    }

    /** A CIDR holds exactly the addresses of its prefix, at any length. */
    @Test
    public void cidrHoldsItsAddresses() {
        Selector s24 = Selector.parse("src", "cidr:10.1.2.0/24");
        assertThat(s24.holdsIp4(ip("10.1.2.0")), is(true));
        assertThat(s24.holdsIp4(ip("10.1.2.255")), is(true));
        assertThat(s24.holdsIp4(ip("10.1.3.0")), is(false));
        assertThat(s24.holdsIp4(ip("10.1.1.255")), is(false));
        Selector s32 = Selector.parse("src", "cidr:192.168.0.7/32");
        assertThat(s32.holdsIp4(ip("192.168.0.7")), is(true));
        assertThat(s32.holdsIp4(ip("192.168.0.6")), is(false));
        Selector all = Selector.parse("src", "cidr:0.0.0.0/0");
        assertThat(all.holdsIp4(ip("255.255.255.255")), is(true));
        assertThat(all.holdsIp4(ip("0.0.0.0")), is(true));
        Selector high = Selector.parse("src", "cidr:128.0.0.0/1");
        assertThat(high.holdsIp4(ip("200.1.1.1")), is(true));
        assertThat(high.holdsIp4(ip("127.255.255.255")), is(false));
    }

    /** Selectors other than CIDRs hold no address: they select by name. */
    @Test
    public void otherKindsHoldNoAddress() {
        assertThat(Selector.ANY.holdsIp4(ip("10.0.0.1")), is(false));
        assertThat(Selector.parse("dst", "network:web").holdsIp4(ip("10.0.0.1")), is(false));
        assertThat(Selector.parse("dst", "group:g").holdsIp4(ip("10.0.0.1")), is(false));
        assertThat(Selector.parse("dst", "container:c1").holdsIp4(ip("10.0.0.1")), is(false));
    }

    /** A selector read back from the cluster's store tests addresses as the original does. */
    @Test
    public void storedSelectorKeepsItsAddressTest() {
        Selector s = Selector.parse("src", "cidr:10.4.0.0/16");
        Selector copy = DaoliNetSerializers.SERIALIZER.decode(DaoliNetSerializers.SERIALIZER.encode(s));
        assertThat(copy, is(s));
        assertThat(copy.holdsIp4(ip("10.4.200.1")), is(true));
        assertThat(copy.holdsIp4(ip("10.5.0.1")), is(false));
    }
}
