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
package org.daolinet.sandbox.runtime;

/**
 * A Karaf shell command that failed, with what it printed before it failed.
 */
public class ShellException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ShellOutput output;

    /**
     * Creates an exception.
     *
     * @param commandLine command line that failed
     * @param output      what it printed
     * @param cause       why it failed
     */
    public ShellException(String commandLine, ShellOutput output, Throwable cause) {
        super("'" + commandLine + "' failed: " + cause + "\n" + output, cause);
        this.output = output;
    }

    /**
     * Returns what the command printed before it failed.
     *
     * @return output
     */
    public ShellOutput output() {
        return output;
    }
}
