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
package org.daolinet.docker;

import java.util.List;

/**
 * Runs the host's network commands (ip, ovs-vsctl, ethtool, sysctl, iptables). The driver changes
 * the host only through this, so that tests can see and script every command.
 */
public interface CommandRunner {

    /**
     * What a command did.
     */
    final class Result {
        private final int exitCode;
        private final String output;
        private final String error;

        /**
         * Creates a result.
         *
         * @param exitCode exit status
         * @param output   standard output
         * @param error    standard error
         */
        public Result(int exitCode, String output, String error) {
            this.exitCode = exitCode;
            this.output = output;
            this.error = error;
        }

        /**
         * Returns the exit status.
         *
         * @return status; 0 is success
         */
        public int exitCode() {
            return exitCode;
        }

        /**
         * Returns the standard output.
         *
         * @return output
         */
        public String output() {
            return output;
        }

        /**
         * Returns the standard error.
         *
         * @return error output
         */
        public String error() {
            return error;
        }

        /**
         * Tells whether the command succeeded.
         *
         * @return whether it exited with 0
         */
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /**
     * Runs a command and waits for it.
     *
     * @param command program and arguments
     * @return what it did; a program that cannot be started is a non-zero result saying so
     */
    Result run(List<String> command);
}
