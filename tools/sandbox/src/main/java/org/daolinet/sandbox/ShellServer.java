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

import org.daolinet.sandbox.runtime.FelixRuntime;
import org.daolinet.sandbox.runtime.ShellException;
import org.daolinet.sandbox.runtime.ShellOutput;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs Karaf shell commands for clients of a unix domain socket. A client writes one command line and a
 * newline; the answer is what the command printed on standard output, then on standard error, then a last
 * line {@code exit=N}: 0 if the command ran and printed nothing on standard error, 1 otherwise. Then the
 * server closes the connection.
 */
public final class ShellServer implements Closeable {

    /** Longest command line taken. */
    static final int MAX_LINE = 64 * 1024;
    private static final int WORKERS = 4;
    private static final long SESSION_WAIT_MILLIS = 10_000;
    private static final long STOP_WAIT_MILLIS = 5000;

    private final Path path;
    private final FelixRuntime runtime;
    private final Consumer<String> log;
    private final AtomicInteger workerNumber = new AtomicInteger();
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> {
        Thread t = new Thread(r, "sandbox-shell-" + workerNumber.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private ServerSocketChannel server;
    private Thread acceptor;

    /**
     * Creates a server.
     *
     * @param path    socket file; a file left there by an earlier run is replaced
     * @param runtime the framework whose shell runs the commands
     * @param log     where to report
     */
    public ShellServer(Path path, FelixRuntime runtime, Consumer<String> log) {
        this.path = path;
        this.runtime = runtime;
        this.log = log;
    }

    /**
     * Binds the socket and starts taking commands.
     *
     * @throws IOException if the socket cannot be bound
     */
    public void start() throws IOException {
        Files.deleteIfExists(path);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        acceptor = new Thread(this::accept, "sandbox-shell-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                workers.execute(() -> serve(client));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                log.accept("shell: accept failed: " + e);
            }
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client),
                                                                         StandardCharsets.UTF_8));
            String line = readLine(in);
            OutputStream out = Channels.newOutputStream(client);
            out.write(answer(line).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            log.accept("shell: client failed: " + e.getMessage());
        }
    }

    private static String readLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (line.length() == MAX_LINE) {
                return null;
            }
            line.append((char) c);
        }
        return line.toString();
    }

    /**
     * Runs a command line and returns the answer for the client.
     *
     * @param line command line, or null if it was too long
     * @return printed output and the exit line
     */
    String answer(String line) {
        if (line == null) {
            return "command line longer than " + MAX_LINE + " characters\nexit=1\n";
        }
        String command = line.strip();
        if (command.isEmpty()) {
            return "empty command line\nexit=1\n";
        }
        StringBuilder answer = new StringBuilder();
        int exit;
        try {
            ShellOutput output = runtime.shell(command, SESSION_WAIT_MILLIS);
            append(answer, output.out());
            append(answer, output.err());
            exit = output.err().isEmpty() ? 0 : 1;
        } catch (ShellException e) {
            append(answer, e.output().out());
            append(answer, e.output().err());
            Throwable cause = e.getCause();
            append(answer, "Error executing command: "
                    + (cause.getMessage() != null ? cause.getMessage() : cause.toString()));
            exit = 1;
        } catch (Exception e) {
            append(answer, "Error: the shell is not available: " + e);
            exit = 1;
        }
        log.accept("shell: " + command + " -> exit=" + exit);
        return answer.append("exit=").append(exit).append('\n').toString();
    }

    private static void append(StringBuilder answer, String text) {
        if (!text.isEmpty()) {
            answer.append(text);
            if (!text.endsWith("\n")) {
                answer.append('\n');
            }
        }
    }

    /**
     * Stops taking commands, lets running ones finish for a while, and removes the socket file.
     */
    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
            if (acceptor != null) {
                acceptor.join(STOP_WAIT_MILLIS);
            }
            workers.shutdown();
            if (!workers.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.accept("shell: cannot close " + path + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
