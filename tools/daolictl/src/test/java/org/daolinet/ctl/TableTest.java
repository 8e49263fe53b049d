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

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

/**
 * Tests of the text tables.
 */
public class TableTest {

    @Test
    public void alignsColumnsToTheirWidestCellWithoutTrailingSpaces() {
        Table table = new Table("NAME", "IP", "SERVER")
                .row("web1", "10.1.0.5", "s1")
                .row("a-much-longer-name", "10.1.0.10", "server-two");
        assertEquals(List.of("NAME                IP         SERVER",
                             "web1                10.1.0.5   s1",
                             "a-much-longer-name  10.1.0.10  server-two"), table.lines());
    }

    @Test
    public void showsEmptyCellsAsADash() {
        assertEquals(List.of("A  B  C", "x  -  -"), new Table("A", "B", "C").row("x", "", null).lines());
    }

    @Test
    public void aTableWithoutHeaderHasOnlyItsRows() {
        assertEquals(List.of("CIDR     10.1.0.0/24", "GATEWAY  10.1.0.1"),
                     new Table().row("CIDR", "10.1.0.0/24").row("GATEWAY", "10.1.0.1").lines());
        assertEquals(List.of("NAME"), new Table("NAME").lines());
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsRowsOfAnotherWidth() {
        new Table("A", "B").row("x");
    }
}
