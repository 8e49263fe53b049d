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

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Command line entry of the sandbox controller (see {@link SandboxOptions} for the options):
 * {@code java -cp CLASSPATH org.daolinet.sandbox.SandboxMain --dir DIR [--http 127.0.0.1:8181]}.
 * <p>
 * Everything the controller and its bundles print goes to {@code DIR/controller.log}. It runs until SIGTERM
 * (or SIGINT), then stops cleanly and removes its files from DIR. Exit status 2 means bad options, 1 that it
 * did not start (the reason is also printed on the original standard error).
 */
public final class SandboxMain {

    /** The controller's log, in the state directory. */
    public static final String LOG_FILE = "controller.log";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final Map<String, String> LOGGING = Map.of(
            // bundles log through slf4j-simple: with time stamps, and to the log file rather than to the
            // standard error of whichever shell command runs at the time (Karaf swaps System.err per session)
            "org.slf4j.simpleLogger.showDateTime", "true",
            "org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS",
            "org.slf4j.simpleLogger.cacheOutputStream", "true",
            "org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn",
            "org.slf4j.simpleLogger.log.org.ops4j.pax.web", "warn");

    private SandboxMain() {
    }

    /**
     * Runs the controller.
     *
     * @param args options
     */
    public static void main(String[] args) {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("sandbox: " + e.getMessage());
            System.err.println("usage: SandboxMain --dir DIR [--http HOST:PORT] [--user NAME] [--password SECRET]"
                                       + " [--bundles DIR] [--oar FILE] [--onos-api-tests FILE]");
            System.exit(2);
            return;
        }
        PrintStream console = System.err;
        try {
            Files.createDirectories(options.dir());
            PrintStream logFile = new PrintStream(new FileOutputStream(options.dir().resolve(LOG_FILE).toFile(), true),
                                                  true, StandardCharsets.UTF_8);
            System.setOut(logFile);
            System.setErr(logFile);
        } catch (IOException e) {
            console.println("sandbox: cannot write " + options.dir().resolve(LOG_FILE) + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        LOGGING.forEach((k, v) -> {
            if (System.getProperty(k) == null) {
                System.setProperty(k, v);
            }
        });
        log("starting in " + options.dir() + " (pid " + ProcessHandle.current().pid() + ")");
        Sandbox sandbox = Sandbox.create(options, SandboxMain::log);
        CountDownLatch stopped = new CountDownLatch(1);
        // also a SIGTERM during the start stops everything started so far and removes the files
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("stopping");
            sandbox.close();
            log("stopped");
            stopped.countDown();
        }, "sandbox-stop"));
        try {
            sandbox.start();
        } catch (Exception e) {
            // during a SIGTERM, exit() waits for the shutdown hook, and the status is the signal's
            log("did not start: " + e);
            e.printStackTrace();
            console.println("sandbox: did not start: " + e.getMessage() + " (see " + options.dir().resolve(LOG_FILE)
                                    + ")");
            System.exit(1);
            return;
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void log(String message) {
        System.out.println(LocalTime.now().format(TIME) + " [sandbox] " + message);
    }
}
