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

import java.util.Objects;

/**
 * What a shell command printed: its standard output and, apart, its standard error, where commands report
 * rejected requests and where log lines written during the command end up.
 */
public final class ShellOutput {

    private final String out;
    private final String err;

    /**
     * Creates an output.
     *
     * @param out standard output
     * @param err standard error
     */
    public ShellOutput(String out, String err) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * Returns the standard output.
     *
     * @return standard output
     */
    public String out() {
        return out;
    }

    /**
     * Returns the standard error.
     *
     * @return standard error
     */
    public String err() {
        return err;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ShellOutput)) {
            return false;
        }
        ShellOutput that = (ShellOutput) o;
        return out.equals(that.out) && err.equals(that.err);
    }

    @Override
    public int hashCode() {
        return Objects.hash(out, err);
    }

    @Override
    public String toString() {
        return err.isEmpty() ? out : out + "\n[stderr]\n" + err;
    }
}
