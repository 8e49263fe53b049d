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

import org.junit.Test;
import org.onosproject.event.AbstractEvent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Events are queued by the poster and delivered in order on the dispatcher's own thread.
 */
public class AsyncEventDispatcherTest {

    /** An event of the test. */
    private static final class Ping extends AbstractEvent<Ping.Type, Integer> {
        enum Type { PING }

        Ping(int n) {
            super(Type.PING, n);
        }
    }

    @Test
    public void deliversInOrderOnItsThreadAndDrainsOnStop() {
        AsyncEventDispatcher dispatcher = new AsyncEventDispatcher();
        List<String> seen = new CopyOnWriteArrayList<>();
        dispatcher.addSink(Ping.class, event -> {
            seen.add(event.subject() + " on " + Thread.currentThread().getName());
            if (event.subject() == 2) {
                throw new IllegalStateException("a listener's bug");
            }
        });
        dispatcher.start();

        for (int i = 1; i <= 3; i++) {
            dispatcher.post(new Ping(i));
        }
        dispatcher.stop();

        assertEquals("all delivered before the stop returned, past a failing sink",
                     List.of("1 on sandbox-event-dispatch", "2 on sandbox-event-dispatch",
                             "3 on sandbox-event-dispatch"), seen);
        dispatcher.post(new Ping(4));
        assertEquals("nothing after the stop", 3, seen.size());
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                           .noneMatch(t -> t.getName().equals("sandbox-event-dispatch")));
    }
}
