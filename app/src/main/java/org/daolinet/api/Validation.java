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

import org.onlab.packet.IpAddress;
import org.onlab.packet.IpPrefix;
import org.onlab.packet.MacAddress;
import org.onosproject.net.DeviceId;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.daolinet.api.DaoliNetException.invalid;

/**
 * Syntax checks shared by the value types, codecs and commands. Every failure is a
 * {@link DaoliNetException} of reason {@code INVALID} naming the field.
 */
public final class Validation {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern OF_DEVICE = Pattern.compile("of:[0-9a-f]{16}");

    /** Smallest prefix length of a container network. */
    public static final int MIN_PREFIX = 8;
    /** Largest prefix length of a container network: a gateway and two containers. */
    public static final int MAX_PREFIX = 29;

    /** Largest TCP/UDP port. */
    public static final int MAX_L4_PORT = 65535;

    private Validation() {
    }

    /**
     * Checks a name: 1 to 64 of letters, digits, underscore, dot and dash.
     *
     * @param field field name for the error message
     * @param value value to check
     * @return the value
     */
    public static String name(String field, String value) {
        present(field, value);
        if (!NAME.matcher(value).matches()) {
            throw invalid(field, "'%s' is not a valid name (1-64 of A-Z a-z 0-9 _ . -)", value);
        }
        return value;
    }

    /**
     * Checks that a value is present.
     *
     * @param field field name for the error message
     * @param value value to check
     * @param <T>   value type
     * @return the value
     */
    public static <T> T present(String field, T value) {
        if (value == null || (value instanceof String && ((String) value).isEmpty())) {
            throw invalid(field, "is required");
        }
        return value;
    }

    /**
     * Parses an IPv4 address.
     *
     * @param field field name for the error message
     * @param text  dotted quad
     * @return address
     */
    public static IpAddress ip4(String field, String text) {
        present(field, text);
        try {
            IpAddress ip = IpAddress.valueOf(text.trim());
            return ip4(field, ip);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "'%s' is not an IPv4 address", text);
        }
    }

    /**
     * Checks that an address is IPv4.
     *
     * @param field field name for the error message
     * @param ip    address
     * @return the address
     */
    public static IpAddress ip4(String field, IpAddress ip) {
        present(field, ip);
        if (!ip.isIp4()) {
            throw invalid(field, "%s is not an IPv4 address (IPv6 is not supported)", ip);
        }
        return ip;
    }

    /**
     * Parses an IPv4 CIDR whose host bits are zero.
     *
     * @param field field name for the error message
     * @param text  CIDR such as 10.1.0.0/24
     * @return prefix
     */
    public static IpPrefix cidr(String field, String text) {
        present(field, text);
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            throw invalid(field, "'%s' is not a CIDR (expected A.B.C.D/N)", text);
        }
        IpAddress address;
        int length;
        try {
            address = IpAddress.valueOf(t.substring(0, slash));
            length = Integer.parseInt(t.substring(slash + 1));
        } catch (IllegalArgumentException e) {
            throw invalid(field, "'%s' is not a CIDR (expected A.B.C.D/N)", text);
        }
        if (!address.isIp4()) {
            throw invalid(field, "'%s' is not IPv4 (IPv6 is not supported)", text);
        }
        if (length < 0 || length > IpAddress.INET_BIT_LENGTH) {
            throw invalid(field, "'%s' has a prefix length outside 0-32", text);
        }
        IpPrefix prefix = IpPrefix.valueOf(address, length);
        if (!prefix.address().equals(address)) {
            throw invalid(field, "'%s' has host bits set (did you mean %s?)", text, prefix);
        }
        return prefix;
    }

    /**
     * Checks that a prefix is usable for a container network.
     *
     * @param field  field name for the error message
     * @param prefix prefix
     * @return the prefix
     */
    public static IpPrefix networkCidr(String field, IpPrefix prefix) {
        present(field, prefix);
        if (!prefix.isIp4()) {
            throw invalid(field, "%s is not IPv4 (IPv6 is not supported)", prefix);
        }
        if (prefix.prefixLength() < MIN_PREFIX || prefix.prefixLength() > MAX_PREFIX) {
            throw invalid(field, "%s: prefix length must be between /%d and /%d",
                          prefix, MIN_PREFIX, MAX_PREFIX);
        }
        if (!IpPrefix.valueOf(prefix.address(), prefix.prefixLength()).equals(prefix)) {
            throw invalid(field, "%s has host bits set", prefix);
        }
        return prefix;
    }

    /**
     * Checks that an address is a usable host address of a prefix: inside it, and neither its
     * network nor its broadcast address.
     *
     * @param field  field name for the error message
     * @param ip     address
     * @param prefix prefix
     * @return the address
     */
    public static IpAddress hostOf(String field, IpAddress ip, IpPrefix prefix) {
        ip4(field, ip);
        if (!prefix.contains(ip)) {
            throw invalid(field, "%s is outside %s", ip, prefix);
        }
        if (ip.equals(prefix.address())) {
            throw invalid(field, "%s is the network address of %s", ip, prefix);
        }
        if (ip.equals(broadcast(prefix))) {
            throw invalid(field, "%s is the broadcast address of %s", ip, prefix);
        }
        return ip;
    }

    /**
     * Returns the broadcast address of an IPv4 prefix.
     *
     * @param prefix prefix
     * @return broadcast address
     */
    public static IpAddress broadcast(IpPrefix prefix) {
        int hostBits = IpAddress.INET_BIT_LENGTH - prefix.prefixLength();
        int mask = hostBits == IpAddress.INET_BIT_LENGTH ? -1 : (1 << hostBits) - 1;
        return IpAddress.valueOf(prefix.address().getIp4Address().toInt() | mask);
    }

    /**
     * Parses a MAC address.
     *
     * @param field field name for the error message
     * @param text  text such as 02:00:00:00:00:01
     * @return address
     */
    public static MacAddress mac(String field, String text) {
        present(field, text);
        MacAddress mac;
        try {
            mac = MacAddress.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(field, "'%s' is not a MAC address", text);
        }
        return unicastMac(field, mac);
    }

    /**
     * Checks that a MAC address is a usable unicast address.
     *
     * @param field field name for the error message
     * @param mac   address
     * @return the address
     */
    public static MacAddress unicastMac(String field, MacAddress mac) {
        present(field, mac);
        if (mac.isMulticast() || mac.isBroadcast()) {
            throw invalid(field, "%s is not a unicast MAC address", mac);
        }
        if (mac.equals(MacAddress.ZERO)) {
            throw invalid(field, "%s is not a usable MAC address", mac);
        }
        return mac;
    }

    /**
     * Parses a TCP/UDP port number.
     *
     * @param field field name for the error message
     * @param text  text
     * @return port in 1-65535
     */
    public static int l4Port(String field, String text) {
        present(field, text);
        try {
            return l4Port(field, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            throw invalid(field, "'%s' is not a port number", text);
        }
    }

    /**
     * Checks a TCP/UDP port number.
     *
     * @param field field name for the error message
     * @param port  port
     * @return the port
     */
    public static int l4Port(String field, int port) {
        if (port < 1 || port > MAX_L4_PORT) {
            throw invalid(field, "%d is outside 1-%d", port, MAX_L4_PORT);
        }
        return port;
    }

    /**
     * Parses the device id of an OpenFlow switch ({@code of:} and 16 hex digits).
     *
     * @param field field name for the error message
     * @param text  device id text
     * @return device id
     */
    public static DeviceId ofDevice(String field, String text) {
        present(field, text);
        if (!OF_DEVICE.matcher(text).matches()) {
            throw invalid(field, "'%s' is not an OpenFlow device id (of: and 16 lower-case hex digits)", text);
        }
        return DeviceId.deviceId(text);
    }

    /**
     * Parses a route kind, in any letter case ({@code container}, {@code EGRESS}, ...).
     *
     * @param field field name for the error message
     * @param text  kind name
     * @return kind
     */
    public static RouteKey.Kind routeKind(String field, String text) {
        present(field, text);
        for (RouteKey.Kind kind : RouteKey.Kind.values()) {
            if (kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        throw invalid(field, "'%s' is not a route kind (one of %s)", text, Arrays.toString(RouteKey.Kind.values()));
    }

    /**
     * Parses the name of a constant of an enumeration, in any letter case: {@code connect} for
     * {@code PairPolicy.Action.CONNECT}, {@code DENY} for {@code FirewallRule.Action.DENY}.
     *
     * @param field field name for the error message
     * @param text  constant name
     * @param type  enumeration
     * @param <E>   enumeration type
     * @return constant
     */
    public static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        present(field, text);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.trim())) {
                return constant;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw invalid(field, "'%s' is not one of %s", text, choices);
    }
}
