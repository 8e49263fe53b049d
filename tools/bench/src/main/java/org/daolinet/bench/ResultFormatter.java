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

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results into one line per result, {@code name: value unit}. The name is the
 * suite (the benchmark class without {@code Benchmark}, lower case) and the method's words joined by
 * dots, followed by the parameters other than {@code batch}: {@code RegistryBenchmark.lookupPort} with
 * {@code containers=1000} becomes {@code registry.lookup.port[containers=1000]}.
 * <p>
 * A single-shot benchmark with a {@code batch} parameter performs that many operations per shot: it
 * yields a rate line ({@code ops/s}) and a {@code .total} line with the time of the whole batch.
 */
public final class ResultFormatter {

    /** Results named and counted in the project's own terms: name, unit of an operation per second. */
    private static final Map<String, String[]> RENAMED = Map.of(
            "routing.set.up", new String[]{"routing", "setups/s"},
            "routing.arp.reply", new String[]{"routing.arp", "replies/s"},
            "reactive.forwarding.new.flow", new String[]{"routing.reference", "flows/s"},
            "rule.objects.set.up", new String[]{"routing.floor", "setups/s"});

    /** JMH's gc profiler metric: bytes allocated per operation. */
    private static final String ALLOC_NORM = "gc.alloc.rate.norm";
    private static final String BENCHMARK_SUFFIX = "Benchmark";
    private static final String BATCH = "batch";
    private static final String SINGLE_SHOT = "ss";

    private ResultFormatter() {
    }

    /**
     * Prints the results of JMH result files ({@code -rf json}).
     *
     * @param args paths of the JSON files
     * @throws IOException if a file cannot be read or parsed
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ResultFormatter JMH-RESULT.json...");
            System.exit(2);
        }
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (String path : args) {
            lines.addAll(format(mapper.readTree(new File(path))));
        }
        if (lines.isEmpty()) {
            System.err.println("no results in " + String.join(", ", args));
            System.exit(1);
        }
        PrintStream out = System.out;
        lines.forEach(out::println);
    }

    /**
     * Formats the results of one JMH run.
     *
     * @param results JMH's JSON array of results
     * @return lines, in the order of the results
     */
    public static List<String> format(JsonNode results) {
        List<String> lines = new ArrayList<>();
        for (JsonNode result : results) {
            String name = name(result.path("benchmark").asText());
            JsonNode metric = result.path("primaryMetric");
            double score = metric.path("score").asDouble();
            String unit = metric.path("scoreUnit").asText();
            String[] renamed = RENAMED.get(name);
            if (renamed != null && "ops/s".equals(unit)) {
                name = renamed[0];
                unit = renamed[1];
            }
            JsonNode params = result.path("params");
            String batch = params.path(BATCH).asText(null);
            String qualifier = qualifier(params, result.path("threads").asInt(1));
            if (SINGLE_SHOT.equals(result.path("mode").asText()) && batch != null) {
                double seconds = score * secondsPer(unit);
                lines.add(line(name + qualifier, Long.parseLong(batch) / seconds, "ops/s"));
                lines.add(line(name + ".total" + qualifier + "[" + BATCH + "=" + batch + "]", score,
                               unit.replace("/op", "")));
            } else {
                lines.add(line(name + qualifier, score, unit));
            }
            JsonNode alloc = result.path("secondaryMetrics").path(ALLOC_NORM);
            if (!alloc.isMissingNode()) {
                lines.add(line(name + ".alloc" + qualifier, alloc.path("score").asDouble(),
                               alloc.path("scoreUnit").asText()));
            }
        }
        return lines;
    }

    /**
     * Derives the printed name of a benchmark from its fully qualified method name.
     *
     * @param benchmark e.g. {@code org.daolinet.bench.RegistryBenchmark.lookupPort}
     * @return e.g. {@code registry.lookup.port}
     */
    static String name(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        String method = benchmark.substring(dot + 1);
        String type = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
        if (type.endsWith(BENCHMARK_SUFFIX)) {
            type = type.substring(0, type.length() - BENCHMARK_SUFFIX.length());
        }
        return words(type) + '.' + words(method);
    }

    /** Splits a camel-case identifier into lower-case words joined by dots. */
    private static String words(String identifier) {
        StringBuilder sb = new StringBuilder();
        for (char ch : identifier.toCharArray()) {
            if (Character.isUpperCase(ch) && sb.length() > 0) {
                sb.append('.');
            }
            sb.append(Character.toLowerCase(ch));
        }
        return sb.toString();
    }

    private static String qualifier(JsonNode params, int threads) {
        List<String> pairs = new ArrayList<>();
        if (threads > 1) {
            pairs.add("threads=" + threads);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> param = it.next();
            if (!BATCH.equals(param.getKey())) {
                pairs.add(param.getKey() + "=" + param.getValue().asText());
            }
        }
        return pairs.isEmpty() ? "" : "[" + String.join(",", pairs) + "]";
    }

    /** Seconds in one unit of a JMH time unit such as {@code ms/op}. */
    private static double secondsPer(String unit) {
        String time = unit.replace("/op", "");
        switch (time) {
            case "s":
                return 1;
            case "ms":
                return 1e-3;
            case "us":
                return 1e-6;
            case "ns":
                return 1e-9;
            case "min":
                return 60;
            default:
                throw new IllegalArgumentException("unexpected time unit " + unit);
        }
    }

    /** Three significant digits at most for fractions, whole numbers from 100 on. */
    private static String line(String name, double value, String unit) {
        String pattern = value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : value >= 1 ? "%.2f" : "%.3g";
        return name + ": " + String.format(Locale.ROOT, pattern, value) + " " + unit;
    }
}
