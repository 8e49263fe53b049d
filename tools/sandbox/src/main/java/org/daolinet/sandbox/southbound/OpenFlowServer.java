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

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.projectfloodlight.openflow.exceptions.OFParseError;
import org.projectfloodlight.openflow.protocol.OFFactories;
import org.projectfloodlight.openflow.protocol.OFMessage;
import org.projectfloodlight.openflow.protocol.OFMessageReader;
import org.slf4j.Logger;

import java.io.Closeable;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Listens for Open vSwitch bridges on a path-based unix domain socket ({@code ovs-vsctl set-controller BR
 * unix:PATH}) and runs their connections on one I/O thread: it reads whole OpenFlow messages, decodes them
 * with openflowj and hands them to each connection's {@link SwitchSession}; writes never block the sender
 * (what the socket does not take at once waits for the I/O thread).
 */
public final class OpenFlowServer implements Closeable {

    /** OpenFlow header: version (1), type (1), length (2, the whole message), xid (4). */
    private static final int HEADER = 8;
    /** Room for the largest OpenFlow message (64 KiB) plus the start of the next. */
    private static final int READ_BUFFER = 128 * 1024;
    private static final long CLOSE_WAIT_MILLIS = 2000;

    private final Logger log = getLogger(getClass());
    private final OFMessageReader<OFMessage> reader = OFFactories.getGenericReader();

    private final Path path;
    private final SwitchListener listener;
    private final AtomicInteger connections = new AtomicInteger();
    private Selector selector;
    private ServerSocketChannel server;
    private Thread thread;
    private volatile boolean running;

    /**
     * Creates a server.
     *
     * @param path     socket file; a file left there by an earlier run is replaced
     * @param listener told about every switch connection's events
     */
    public OpenFlowServer(Path path, SwitchListener listener) {
        this.path = path;
        this.listener = listener;
    }

    /**
     * Binds the socket and starts the I/O thread.
     *
     * @throws IOException if the socket cannot be bound
     */
    public void start() throws IOException {
        Files.deleteIfExists(path);
        selector = Selector.open();
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        running = true;
        thread = new Thread(this::run, "sandbox-openflow-io");
        thread.setDaemon(true);
        thread.start();
        log.info("Waiting for OpenFlow switches on unix:{}", path);
    }

    /**
     * Returns the socket file.
     *
     * @return path
     */
    public Path path() {
        return path;
    }

    private void run() {
        while (running) {
            try {
                selector.select();
            } catch (IOException e) {
                log.error("OpenFlow I/O loop failed", e);
                return;
            }
            for (SelectionKey key : selector.selectedKeys()) {
                handle(key);
            }
            selector.selectedKeys().clear();
        }
    }

    // a failure ends the connection it happened on, never the loop
    private void handle(SelectionKey key) {
        if (!key.isValid()) {
            return;
        }
        if (key.isAcceptable()) {
            try {
                accept();
            } catch (IOException e) {
                log.warn("Cannot accept a connection on unix:{}: {}", path, e.getMessage());
            }
            return;
        }
        Connection c = (Connection) key.attachment();
        try {
            if (key.isWritable()) {
                c.flush();
            }
            if (key.isValid() && key.isReadable()) {
                c.read();
            }
        } catch (IOException | RuntimeException e) {
            log.info("Connection {} failed: {}", c.describe(), e.toString());
            c.close();
        }
    }

    private void accept() throws IOException {
        SocketChannel ch = server.accept();
        if (ch == null) {
            return;
        }
        ch.configureBlocking(false);
        Connection c = new Connection(ch, "unix:" + path + "#" + connections.incrementAndGet());
        c.key = ch.register(selector, SelectionKey.OP_READ, c);
        c.session = new SwitchSession(c, listener);
        log.info("OpenFlow connection {}", c.describe());
        c.session.start();
    }

    /**
     * Stops the I/O thread, closes every connection and the socket, and removes the socket file. Messages
     * already queued for a switch are written first, as far as the switch takes them within a short time.
     */
    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        selector.wakeup();
        try {
            thread.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (SelectionKey key : selector.keys()) {
            if (key.attachment() instanceof Connection) {
                Connection c = (Connection) key.attachment();
                c.drain();
                c.close();
            }
        }
        try {
            server.close();
            selector.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Cannot close unix:{} cleanly: {}", path, e.getMessage());
        }
        log.info("Stopped listening on unix:{}", path);
    }

    /**
     * One switch connection: frames the byte stream into OpenFlow messages and queues what the socket does not
     * take at once.
     */
    private final class Connection implements OpenFlowChannel {
        private final SocketChannel ch;
        private final String description;
        private final ByteBuffer in = ByteBuffer.allocate(READ_BUFFER);
        private final Queue<ByteBuffer> out = new ArrayDeque<>();
        private final AtomicBoolean closed = new AtomicBoolean();
        private SelectionKey key;
        private SwitchSession session;

        Connection(SocketChannel ch, String description) {
            this.ch = ch;
            this.description = description;
        }

        void read() throws IOException {
            int n = ch.read(in);
            if (n < 0) {
                close();
                return;
            }
            in.flip();
            while (in.remaining() >= HEADER) {
                int start = in.position();
                int length = in.getShort(start + 2) & 0xffff;
                if (length < HEADER) {
                    throw new IOException("OpenFlow message of length " + length);
                }
                if (in.remaining() < length) {
                    break;
                }
                ByteBuffer frame = in.slice(start, length);
                in.position(start + length);
                dispatch(frame);
            }
            in.compact();
        }

        private void dispatch(ByteBuffer frame) {
            OFMessage m;
            try {
                m = reader.readFrom(Unpooled.wrappedBuffer(frame));
            } catch (OFParseError | RuntimeException e) {
                log.warn("Undecodable message from {}: {}", describe(), e.toString());
                return;
            }
            if (m == null) {
                return;
            }
            try {
                session.receive(m);
            } catch (RuntimeException e) {
                log.error("Failed to handle {} from {}", m.getType(), session, e);
            }
        }

        @Override
        public void send(List<OFMessage> messages) {
            ByteBuf buf = Unpooled.buffer();
            for (OFMessage m : messages) {
                m.writeTo(buf);
            }
            ByteBuffer bytes = buf.nioBuffer();
            synchronized (out) {
                if (closed.get()) {
                    return;
                }
                try {
                    if (out.isEmpty()) {
                        ch.write(bytes);
                    }
                    if (bytes.hasRemaining()) {
                        out.add(bytes);
                        key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                        selector.wakeup();
                    }
                } catch (IOException e) {
                    log.info("Write to {} failed: {}", describe(), e.getMessage());
                    // the I/O thread closes the connection when its next read fails
                    out.clear();
                }
            }
        }

        void flush() throws IOException {
            synchronized (out) {
                while (!out.isEmpty()) {
                    ByteBuffer head = out.peek();
                    ch.write(head);
                    if (head.hasRemaining()) {
                        return;
                    }
                    out.remove();
                }
                key.interestOps(SelectionKey.OP_READ);
            }
        }

        // blocking write of what is left, bounded in time: used when the server stops
        void drain() {
            long deadline = System.currentTimeMillis() + CLOSE_WAIT_MILLIS;
            try {
                synchronized (out) {
                    while (!out.isEmpty() && System.currentTimeMillis() < deadline) {
                        ch.write(out.peek());
                        if (!out.peek().hasRemaining()) {
                            out.remove();
                        } else {
                            Thread.onSpinWait();
                        }
                    }
                }
            } catch (IOException e) {
                log.debug("Cannot flush {}: {}", describe(), e.getMessage());
            }
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            try {
                key.cancel();
                ch.close();
            } catch (IOException e) {
                log.debug("Closing {}: {}", describe(), e.getMessage());
            }
            session.disconnected();
        }

        @Override
        public String describe() {
            return description;
        }
    }
}
