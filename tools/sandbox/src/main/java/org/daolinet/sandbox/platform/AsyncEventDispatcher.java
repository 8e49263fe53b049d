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
package org.daolinet.sandbox.platform;

import org.onosproject.event.DefaultEventSinkRegistry;
import org.onosproject.event.Event;
import org.onosproject.event.EventDeliveryService;
import org.onosproject.event.EventSink;
import org.slf4j.Logger;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.slf4j.LoggerFactory.getLogger;

/**
 * Event delivery as ONOS's core does it: events are queued by whoever posts them and delivered to the sink of
 * their class, one after the other, on one dispatcher thread. Posting never blocks and never runs listener
 * code, so a switch's I/O thread may post. A sink that takes longer than the dispatch time limit is reported.
 */
public final class AsyncEventDispatcher extends DefaultEventSinkRegistry implements EventDeliveryService {

    /** ONOS's default limit for one event's delivery. */
    private static final long DEFAULT_LIMIT_MILLIS = 2000;
    private static final long STOP_WAIT_MILLIS = 5000;

    private final Logger log = getLogger(getClass());
    private final BlockingQueue<Event<?, ?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread = new Thread(this::dispatch, "sandbox-event-dispatch");
    private volatile long dispatchTimeLimit = DEFAULT_LIMIT_MILLIS;
    private volatile boolean running;

    /**
     * Starts the dispatcher thread.
     */
    public void start() {
        running = true;
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Delivers the events already posted, then stops the dispatcher thread; later events are dropped.
     */
    public void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void post(Event event) {
        if (running) {
            queue.add(event);
        }
    }

    @Override
    public void setDispatchTimeLimit(long millis) {
        dispatchTimeLimit = millis;
    }

    @Override
    public long getDispatchTimeLimit() {
        return dispatchTimeLimit;
    }

    private void dispatch() {
        while (running || !queue.isEmpty()) {
            Event<?, ?> event;
            try {
                event = running ? queue.take() : queue.poll();
            } catch (InterruptedException e) {
                // stop() wants the queue drained without waiting for more
                continue;
            }
            if (event != null) {
                deliver(event);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deliver(Event event) {
        EventSink sink = getSink(event.getClass());
        if (sink == null) {
            log.debug("No sink for {}", event);
            return;
        }
        long start = System.nanoTime();
        try {
            sink.process(event);
        } catch (RuntimeException e) {
            log.warn("Sink of {} failed on {}", event.getClass().getSimpleName(), event, e);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (millis > dispatchTimeLimit) {
            log.warn("Delivering {} took {} ms, more than the limit of {} ms", event, millis, dispatchTimeLimit);
        }
    }
}
