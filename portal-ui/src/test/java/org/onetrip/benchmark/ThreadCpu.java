package org.onetrip.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of this process between two moments, by kind of thread (the thread's own CPU counters, not samples: a
 * profiler's thread shares are not CPU shares). What no Java thread accounts for is the JVM's own work (collector,
 * compilers).
 */
record ThreadCpu(
        Map<Long, String> names, Map<Long, Long> nanos, long processNanos, long compilerNanos, long wallNanos) {

    static final List<String> KINDS = List.of(
            "search node: indexing (write threads)",
            "search node: other threads",
            "read-ahead thread (reading and deserialising events)",
            "processor thread (folding, bulk requests, token commit)",
            "search client I/O",
            "other Java threads",
            "JVM: compilers",
            "JVM: collector and the rest");

    static ThreadCpu now() {
        var threads = ManagementFactory.getThreadMXBean();
        var names = new HashMap<Long, String>();
        var nanos = new HashMap<Long, Long>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                names.put(info.getThreadId(), info.getThreadName());
                nanos.put(info.getThreadId(), cpu);
            }
        }
        long process =
                ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                        ? os.getProcessCpuTime()
                        : -1;
        return new ThreadCpu(names, nanos, process, compilerThreadNanos(), System.nanoTime());
    }

    /** Seconds of CPU by kind since {@code before}, in the order of {@link #KINDS}, then "wall" and "total". */
    Map<String, Double> since(ThreadCpu before) {
        var seconds = new LinkedHashMap<String, Double>();
        KINDS.forEach(kind -> seconds.put(kind, 0.0));
        double threads = 0;
        for (var entry : nanos.entrySet()) {
            long delta = entry.getValue() - before.nanos.getOrDefault(entry.getKey(), 0L);
            threads += delta / 1e9;
            seconds.merge(kind(names.get(entry.getKey())), delta / 1e9, Double::sum);
        }
        double total = (processNanos - before.processNanos) / 1e9;
        double compilers = (compilerNanos - before.compilerNanos) / 1e9;
        seconds.put(KINDS.get(KINDS.size() - 2), compilers);
        seconds.put(KINDS.get(KINDS.size() - 1), Math.max(0, total - threads - compilers));
        seconds.put("wall", (wallNanos - before.wallNanos) / 1e9);
        seconds.put("total", total);
        return seconds;
    }

    /**
     * The JIT compiler threads' CPU, which no Java API reports: Linux names them in {@code /proc/self/task/<id>/comm}
     * ("C1 CompilerThre", "C2 CompilerThre"), and their counters are in clock ticks (100 a second on Linux). Elsewhere 0, and the compilers
     * count with the collector.
     */
    private static long compilerThreadNanos() {
        var tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return 0;
        }
        long ticks = 0;
        try (var ids = Files.list(tasks)) {
            for (var task : ids.toList()) {
                try {
                    if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        continue;
                    }
                    var stat = Files.readString(task.resolve("stat"));
                    // the fields after the parenthesised name: utime and stime are the 12th and 13th of them
                    var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * 10_000_000L;
    }

    private static String kind(String thread) {
        if (thread.startsWith("elasticsearch[")) {
            return thread.contains("[write]") ? KINDS.get(0) : KINDS.get(1);
        }
        if (thread.startsWith("read-ahead[")) {
            return KINDS.get(2);
        }
        if (thread.contains("EventProcessor[")) {
            return KINDS.get(3);
        }
        if (thread.startsWith("elasticsearch-rest-client")) {
            return KINDS.get(4);
        }
        return KINDS.get(5);
    }
}
