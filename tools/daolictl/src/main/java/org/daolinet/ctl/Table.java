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
package org.daolinet.ctl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of text with left-aligned columns, for people: each column as wide as its widest cell,
 * two spaces between columns, no trailing spaces. An empty cell shows as {@value #NONE}, so that
 * every row splits into the same number of words.
 */
public final class Table {

    /** What an empty or absent cell shows. */
    public static final String NONE = "-";

    private static final String GAP = "  ";

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Creates a table.
     *
     * @param header column titles; none for a table without a header line
     */
    public Table(String... header) {
        this.header = Arrays.asList(header);
    }

    /**
     * Adds a row.
     *
     * @param cells cells, one per column; null or empty shows as {@value #NONE}
     * @return this table
     */
    public Table row(Object... cells) {
        if (!header.isEmpty() && cells.length != header.size()) {
            throw new IllegalArgumentException("a row of " + header.size() + " cells, not " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            String text = cell == null ? "" : cell.toString();
            row.add(text.isEmpty() ? NONE : text);
        }
        rows.add(row);
        return this;
    }

    /**
     * Returns the lines of the table: the header line (if any), then the rows in the order added.
     *
     * @return lines
     */
    public List<String> lines() {
        List<List<String>> all = new ArrayList<>();
        if (!header.isEmpty()) {
            all.add(header);
        }
        all.addAll(rows);
        int columns = all.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    line.append(GAP);
                }
                line.append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - row.get(i).length()));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
