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
package org.daolinet.cli;

import com.google.common.base.Strings;

import java.util.ArrayList;
import java.util.List;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Text table whose columns are as wide as their widest cell, so that names of any length up to
 * the 64 characters DaoliNet allows stay aligned.
 */
final class Table {

    /** Shown for a value that is not known (yet), such as a port number not reported. */
    static final String NONE = "-";

    private static final String GAP = "  ";

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    /**
     * Creates a table.
     *
     * @param header column titles
     */
    Table(String... header) {
        this.columns = header.length;
        rows.add(header.clone());
    }

    /**
     * Adds a row; null cells show as {@link #NONE}.
     *
     * @param cells one value per column
     * @return this table
     */
    Table row(Object... cells) {
        checkArgument(cells.length == columns, "expected %s cells, got %s", columns, cells.length);
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = cells[i] == null ? NONE : cells[i].toString();
        }
        rows.add(row);
        return this;
    }

    /**
     * Returns the header line followed by one line per row.
     *
     * @return lines without trailing spaces
     */
    List<String> lines() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i < columns - 1 ? Strings.padEnd(row[i], widths[i], ' ') + GAP : row[i]);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
