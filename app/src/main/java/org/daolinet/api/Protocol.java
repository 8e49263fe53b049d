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

import java.util.Locale;

/**
 * Protocols of firewall rules and port mappings.
 */
public enum Protocol {
    /** Any IP protocol. */
    ANY(0),
    /** ICMP. */
    ICMP(1),
    /** TCP. */
    TCP(6),
    /** UDP. */
    UDP(17);

    private final int number;

    Protocol(int number) {
        this.number = number;
    }

    /**
     * Returns the IP protocol number (0 for any).
     *
     * @return number
     */
    public int number() {
        return number;
    }

    /**
     * Tells whether the protocol has ports.
     *
     * @return true for TCP and UDP
     */
    public boolean hasPorts() {
        return this == TCP || this == UDP;
    }

    /**
     * Tells whether a packet's protocol number is this protocol.
     *
     * @param ipProtocol IP protocol number
     * @return true if it matches
     */
    public boolean matches(int ipProtocol) {
        return this == ANY || number == ipProtocol;
    }

    /**
     * Parses {@code tcp}, {@code udp}, {@code icmp} or {@code any} (any case).
     *
     * @param field field name for the error message
     * @param text  text
     * @return protocol
     * @throws DaoliNetException INVALID naming the field
     */
    public static Protocol parse(String field, String text) {
        Validation.present(field, text);
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DaoliNetException.invalid(field, "'%s' is not one of tcp, udp, icmp, any", text);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
