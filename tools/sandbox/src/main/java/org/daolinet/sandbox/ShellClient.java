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
package org.daolinet.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one Karaf command in a running sandbox controller:
 * {@code java -cp CLASSPATH org.daolinet.sandbox.ShellClient DIR COMMAND [ARG...]}. Prints what the command
 * printed and exits with the command's status (0 ok, 1 failed, 2 usage, 3 no controller).
 */
public final class ShellClient {

    private static final String EXIT = "exit=";

    private ShellClient() {
    }

    /**
     * Runs the command.
     *
     * @param args state directory, then the command and its arguments
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ShellClient DIR COMMAND [ARG...]");
            System.exit(2);
            return;
        }
        Path socket = Path.of(args[0]).resolve(Sandbox.SHELL_SOCKET);
        try {
            Answer a = run(socket, String.join(" ", Arrays.copyOfRange(args, 1, args.length)));
            a.lines.forEach(System.out::println);
            System.exit(a.exit);
        } catch (IOException e) {
            System.err.println("no sandbox controller at " + socket + ": " + e.getMessage());
            System.exit(3);
        }
    }

    /**
     * Sends a command line and reads the answer.
     *
     * @param socket      the controller's shell socket
     * @param commandLine command line
     * @return printed lines and exit status
     * @throws IOException if the controller cannot be reached or ends the answer early
     */
    public static Answer run(Path socket, String commandLine) throws IOException {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            OutputStream out = Channels.newOutputStream(ch);
            out.write((commandLine.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(ch),
                                                                         StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
            if (lines.isEmpty() || !lines.get(lines.size() - 1).startsWith(EXIT)) {
                throw new IOException("answer without exit status: " + lines);
            }
            int exit = Integer.parseInt(lines.remove(lines.size() - 1).substring(EXIT.length()));
            return new Answer(lines, exit);
        }
    }

    /**
     * What a command printed and its exit status.
     */
    public static final class Answer {
        private final List<String> lines;
        private final int exit;

        Answer(List<String> lines, int exit) {
            this.lines = List.copyOf(lines);
            this.exit = exit;
        }

        /**
         * Returns the printed lines (standard output, then standard error).
         *
         * @return lines
         */
        public List<String> lines() {
            return lines;
        }

        /**
         * Returns the exit status.
         *
         * @return 0 if the command succeeded
         */
        public int exit() {
            return exit;
        }

        /**
         * Returns the printed text.
         *
         * @return lines joined by newlines
         */
        public String text() {
            return String.join("\n", lines);
        }
    }
}
