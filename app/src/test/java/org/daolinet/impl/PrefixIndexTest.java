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

import org.junit.Test;
import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;

import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * Specification of the longest-prefix index behind NetworkService.networkOf.
 */
public class PrefixIndexTest {

    private final PrefixIndex<String> index = new PrefixIndex<>();

    private String lookup(String ip) {
        return index.lookup(IpAddress.valueOf(ip));
    }

    private void put(String prefix) {
        index.put(IpPrefix.valueOf(prefix), prefix);
    }

    /** An empty index finds nothing. */
    @Test
    public void emptyIndexFindsNothing() {
        assertThat(index.isEmpty(), is(true));
        assertThat(lookup("10.1.0.1"), nullValue());
    }

    /** Every address of a prefix, its network and broadcast address included, finds it; others do not. */
    @Test
    public void findsEveryAddressOfAPrefix() {
        put("10.1.0.0/24");
        assertThat(index.isEmpty(), is(false));
        assertThat(lookup("10.1.0.0"), is("10.1.0.0/24"));
        assertThat(lookup("10.1.0.77"), is("10.1.0.0/24"));
        assertThat(lookup("10.1.0.255"), is("10.1.0.0/24"));
        assertThat(lookup("10.1.1.0"), nullValue());
        assertThat(lookup("10.0.255.255"), nullValue());
    }

    /** Of nested prefixes, the longest holding the address wins. */
    @Test
    public void longestNestedPrefixWins() {
        put("10.0.0.0/8");
        put("10.1.0.0/16");
        put("10.1.2.0/24");
        put("10.1.2.3/32");
        assertThat(lookup("10.1.2.3"), is("10.1.2.3/32"));
        assertThat(lookup("10.1.2.4"), is("10.1.2.0/24"));
        assertThat(lookup("10.1.3.4"), is("10.1.0.0/16"));
        assertThat(lookup("10.2.3.4"), is("10.0.0.0/8"));
        assertThat(lookup("11.0.0.0"), nullValue());
        assertThat(index.toString(), is("PrefixIndex[32, 24, 16, 8]"));
    }

    /** Adjacent prefixes of one length each keep their own addresses, up to the boundary. */
    @Test
    public void adjacentPrefixesSplitAtTheBoundary() {
        put("10.1.0.0/24");
        put("10.1.1.0/24");
        put("10.1.2.0/23");
        assertThat(lookup("10.1.0.255"), is("10.1.0.0/24"));
        assertThat(lookup("10.1.1.0"), is("10.1.1.0/24"));
        assertThat(lookup("10.1.1.255"), is("10.1.1.0/24"));
        assertThat(lookup("10.1.2.0"), is("10.1.2.0/23"));
        assertThat(lookup("10.1.3.255"), is("10.1.2.0/23"));
        assertThat(lookup("10.1.4.0"), nullValue());
    }

    /** A /0 prefix holds every address that no longer prefix holds. */
    @Test
    public void zeroLengthPrefixHoldsEverything() {
        put("0.0.0.0/0");
        put("192.168.1.0/24");
        assertThat(lookup("192.168.1.9"), is("192.168.1.0/24"));
        assertThat(lookup("192.168.2.9"), is("0.0.0.0/0"));
        assertThat(lookup("255.255.255.255"), is("0.0.0.0/0"));
        assertThat(lookup("0.0.0.0"), is("0.0.0.0/0"));
    }

    /** Addresses from 128.0.0.0 up (negative as Java ints) are found like any other. */
    @Test
    public void highAddressesAreFound() {
        put("172.16.0.0/12");
        put("224.0.0.0/4");
        assertThat(lookup("172.31.255.254"), is("172.16.0.0/12"));
        assertThat(lookup("172.32.0.1"), nullValue());
        assertThat(lookup("239.1.1.1"), is("224.0.0.0/4"));
    }

    /** Removing a prefix uncovers the next shorter one; removing the last of a length drops the length. */
    @Test
    public void removeFallsBackToShorterPrefix() {
        put("10.0.0.0/8");
        put("10.1.0.0/16");
        index.remove(IpPrefix.valueOf("10.1.0.0/16"));
        assertThat(lookup("10.1.2.3"), is("10.0.0.0/8"));
        assertThat(index.toString(), is("PrefixIndex[8]"));
        index.remove(IpPrefix.valueOf("10.0.0.0/8"));
        assertThat(lookup("10.1.2.3"), nullValue());
        assertThat(index.isEmpty(), is(true));
        assertThat(index.toString(), is("PrefixIndex[]"));
    }

    /** Removing one prefix of a length keeps the others of that length. */
    @Test
    public void removeKeepsOtherPrefixesOfTheSameLength() {
        put("10.1.0.0/24");
        put("10.1.1.0/24");
        index.remove(IpPrefix.valueOf("10.1.0.0/24"));
        assertThat(lookup("10.1.0.1"), nullValue());
        assertThat(lookup("10.1.1.1"), is("10.1.1.0/24"));
    }

    /** Removing a prefix that is not there changes nothing. */
    @Test
    public void removeOfUnknownPrefixIsHarmless() {
        put("10.1.0.0/24");
        index.remove(IpPrefix.valueOf("10.2.0.0/24"));
        index.remove(IpPrefix.valueOf("10.1.0.0/25"));
        assertThat(lookup("10.1.0.1"), is("10.1.0.0/24"));
    }

    /** Putting a prefix again replaces its value. */
    @Test
    public void putReplacesTheValue() {
        index.put(IpPrefix.valueOf("10.1.0.0/24"), "old");
        index.put(IpPrefix.valueOf("10.1.0.0/24"), "new");
        assertThat(lookup("10.1.0.1"), is("new"));
    }

    /** IPv6 addresses are never found. */
    @Test
    public void ipv6IsNeverFound() {
        put("0.0.0.0/0");
        assertThat(lookup("2001:db8::1"), nullValue());
    }

    /** Every prefix holding an address is given, longest first; an exact prefix is found by get. */
    @Test
    public void allHoldingPrefixesLongestFirstAndExactGet() {
        put("0.0.0.0/0");
        put("10.0.0.0/8");
        put("10.1.2.0/24");
        put("10.1.3.0/24");
        put("10.1.2.3/32");
        List<String> held = new ArrayList<>();
        index.forEachHolding(IpAddress.valueOf("10.1.2.3").getIp4Address().toInt(), held::add);
        assertThat(held, is(List.of("10.1.2.3/32", "10.1.2.0/24", "10.0.0.0/8", "0.0.0.0/0")));
        held.clear();
        index.forEachHolding(IpAddress.valueOf("192.168.0.1").getIp4Address().toInt(), held::add);
        assertThat(held, is(List.of("0.0.0.0/0")));
        assertThat(index.get(IpPrefix.valueOf("10.1.3.0/24")), is("10.1.3.0/24"));
        assertThat(index.get(IpPrefix.valueOf("10.1.4.0/24")), nullValue());
        assertThat(index.get(IpPrefix.valueOf("10.0.0.0/16")), nullValue());
    }
}
