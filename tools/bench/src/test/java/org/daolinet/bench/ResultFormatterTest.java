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
package org.daolinet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;

import java.io.IOException;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

/**
 * Tests the lines printed from JMH's JSON results.
 */
public class ResultFormatterTest {

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    public void namesSuiteAndMethodWords() {
        assertThat(ResultFormatter.name("org.daolinet.bench.RegistryBenchmark.lookupPort"),
                   is("registry.lookup.port"));
        assertThat(ResultFormatter.name("org.daolinet.bench.RoutingBenchmark.crossServerRoute"),
                   is("routing.cross.server.route"));
    }

    @Test
    public void printsAverageTimeWithParameters() throws IOException {
        List<String> lines = ResultFormatter.format(json(
                "[{'benchmark':'org.daolinet.bench.RegistryBenchmark.lookupMac','mode':'avgt',"
                        + "'params':{'containers':'100000'},"
                        + "'primaryMetric':{'score':45.612,'scoreError':1.2,'scoreUnit':'ns/op'}},"
                        + "{'benchmark':'org.daolinet.bench.RegistryBenchmark.lookupIp','mode':'avgt',"
                        + "'primaryMetric':{'score':7.3456,'scoreUnit':'ns/op'}}]"));
        assertThat(lines, contains("registry.lookup.mac[containers=100000]: 45.6 ns/op",
                                   "registry.lookup.ip: 7.35 ns/op"));
    }

    @Test
    public void turnsSingleShotBatchIntoRateAndTotal() throws IOException {
        List<String> lines = ResultFormatter.format(json(
                "[{'benchmark':'org.daolinet.bench.RegistryBenchmark.register','mode':'ss',"
                        + "'params':{'batch':'100000'},"
                        + "'primaryMetric':{'score':800.0,'scoreUnit':'ms/op'}}]"));
        assertThat(lines, contains("registry.register: 125000 ops/s",
                                   "registry.register.total[batch=100000]: 800 ms"));
    }

    @Test
    public void printsThroughputAsMeasured() throws IOException {
        List<String> lines = ResultFormatter.format(json(
                "[{'benchmark':'org.daolinet.bench.PolicyBenchmark.decide','mode':'thrpt',"
                        + "'primaryMetric':{'score':0.0123456,'scoreUnit':'ops/us'}}]"));
        assertThat(lines, contains("policy.decide: 0.0123 ops/us"));
    }

    @Test
    public void namesRouteSetUpsWithThreadsAndAllocation() throws IOException {
        List<String> lines = ResultFormatter.format(json(
                "[{'benchmark':'org.daolinet.bench.RoutingBenchmark.setUp','mode':'thrpt','threads':2,"
                        + "'params':{'placement':'cross'},"
                        + "'primaryMetric':{'score':45010.3,'scoreUnit':'ops/s'},"
                        + "'secondaryMetrics':{'gc.alloc.rate.norm':{'score':14745.2,'scoreUnit':'B/op'}}}]"));
        assertThat(lines, contains("routing[threads=2,placement=cross]: 45010 setups/s",
                                   "routing.alloc[threads=2,placement=cross]: 14745 B/op"));
    }
}
