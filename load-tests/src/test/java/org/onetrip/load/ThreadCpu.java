package org.onetrip.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Where the application's CPU went during each measured journey phase, by what its threads do: each thread's
 * time on a CPU ({@code /proc/<pid>/task/<tid>/schedstat}, nanoseconds) read when a phase starts and when it ends.
 * Gatling says what a client waited; this says what the server spent per journey, a figure that spreads far less
 * between runs than a rate does (docs/benchmarks.md, rounds 17–21, read it by hand). A thread that ended within a
 * phase is counted up to its last reading; a database server's own processes are not counted at all. Read by hand:
 * Java's thread management sees only its own JVM's threads, and no library on the class path reads another
 * process's threads.
 */
final class ThreadCpu {

    /** The groups, in the order the report shows them. */
    static final List<String> GROUPS = List.of(
            "request threads",
            "search node",
            "search client",
            "event processors",
            "H2",
            "JIT compilers",
            "collector and VM",
            "other");

    /**
     * {@code nanosByGroup}: the application's {@link #GROUPS} and, read at the same moments, the rest of the machine
     * (all CPUs): the load generator's own process and the machine's busy, idle and stolen time (see {@link
     * #machine(String)}), so that what the application did not get is accounted for.
     */
    record Phase(String label, double seconds, Map<String, Long> nanosByGroup) {

        long totalNanos() {
            return GROUPS.stream()
                    .mapToLong(group -> nanosByGroup.getOrDefault(group, 0L))
                    .sum();
        }

        double cores(String group) {
            return nanosByGroup.getOrDefault(group, 0L) / 1e9 / seconds;
        }
    }

    record Sample(String group, long nanos) {}

    private final LongSupplier pid;
    private final List<Phase> phases = new ArrayList<>();
    private String current;
    private long since;
    private Map<String, Sample> before = Map.of();
    private Map<String, Long> machineBefore = Map.of();

    /** {@code pid}: the application's process, or a negative number when it is not on this machine. */
    ThreadCpu(LongSupplier pid) {
        this.pid = pid;
    }

    /** Ends the phase under way (if any) and starts {@code next}; null starts none. */
    synchronized void mark(String next) {
        long process = pid.getAsLong();
        if (process < 0) {
            return;
        }
        var now = read(process);
        var machineNow = machine();
        long at = System.nanoTime();
        if (current != null) {
            var spent = between(before, now);
            machineNow.forEach((what, nanos) -> spent.put(what, nanos - machineBefore.getOrDefault(what, nanos)));
            phases.add(new Phase(current, (at - since) / 1e9, spent));
        }
        current = next;
        since = at;
        before = now;
        machineBefore = machineNow;
    }

    /** The machine's and the load generator's CPU so far; empty when {@code /proc} cannot be read. */
    static Map<String, Long> machine() {
        try {
            var all = machine(Files.readAllLines(Path.of("/proc/stat")).get(0));
            all.put(
                    "load generator",
                    read(ProcessHandle.current().pid()).values().stream()
                            .mapToLong(Sample::nanos)
                            .sum());
            return all;
        } catch (IOException | RuntimeException e) {
            return new LinkedHashMap<>();
        }
    }

    /**
     * The first line of {@code /proc/stat} ({@code cpu  user nice system idle iowait irq softirq steal ...}) in
     * nanoseconds: Linux counts it in USER_HZ, 100 a second on every architecture it exports it for. Waiting for the
     * disk counts as idle: a CPU was free then.
     */
    static Map<String, Long> machine(String cpuLine) {
        var field = cpuLine.trim().split("\\s+");
        if (!field[0].equals("cpu") || field.length < 9) {
            throw new IllegalArgumentException("not the CPUs' line of /proc/stat: " + cpuLine);
        }
        long[] ticks = new long[8];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = Long.parseLong(field[i + 1]);
        }
        long tick = 10_000_000L;
        var all = new LinkedHashMap<String, Long>();
        all.put("machine busy", (ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6]) * tick);
        all.put("machine idle", (ticks[3] + ticks[4]) * tick);
        all.put("machine stolen", ticks[7] * tick);
        return all;
    }

    synchronized List<Phase> phases() {
        return List.copyOf(phases);
    }

    /** Comm names are cut to 15 characters by Linux, so the groups go by how a name starts. */
    static String group(String comm) {
        if (comm.startsWith("http-nio-")) {
            return "request threads";
        }
        if (comm.startsWith("elasticsearch[")) {
            return "search node";
        }
        if (comm.startsWith("elasticsearch-")) {
            return "search client";
        }
        if (comm.startsWith("EventProcessor") || comm.startsWith("read-ahead") || comm.startsWith("EmbeddedEventSt")) {
            return "event processors";
        }
        if (comm.startsWith("H2") || comm.startsWith("h2") || comm.startsWith("MVStore")) {
            return "H2";
        }
        if (comm.contains("CompilerThre")) {
            return "JIT compilers";
        }
        if (comm.startsWith("GC Thread") || comm.startsWith("VM Thread") || comm.startsWith("ParGC")) {
            return "collector and VM";
        }
        return "other";
    }

    /** Every thread of the process now, by thread id; empty when they cannot be read (not Linux). */
    static Map<String, Sample> read(long pid) {
        var threads = new HashMap<String, Sample>();
        try (var tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (var task : tasks) {
                try {
                    var comm = Files.readString(task.resolve("comm")).strip();
                    long onCpu = Long.parseLong(
                            Files.readString(task.resolve("schedstat")).split(" ")[0]);
                    threads.put(task.getFileName().toString(), new Sample(group(comm), onCpu));
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the reading
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return threads;
    }

    /** Each group's CPU between two readings; a thread started in between counts from zero. */
    static Map<String, Long> between(Map<String, Sample> before, Map<String, Sample> after) {
        var byGroup = new LinkedHashMap<String, Long>();
        GROUPS.forEach(group -> byGroup.put(group, 0L));
        after.forEach((thread, sample) -> {
            var earlier = before.get(thread);
            long spent = sample.nanos() - (earlier == null ? 0 : earlier.nanos());
            // a thread id that Linux gave again to a new thread reads less than its predecessor did
            byGroup.merge(sample.group(), Math.max(0, spent), Long::sum);
        });
        return byGroup;
    }

    void write(Path file) {
        var lines = new ArrayList<String>();
        for (var phase : phases()) {
            phase.nanosByGroup()
                    .forEach((group, nanos) -> lines.add(String.join(
                            "\t",
                            phase.label(),
                            String.format(Locale.ROOT, "%.3f", phase.seconds()),
                            group,
                            Long.toString(nanos))));
        }
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Phase> readFile(Path file) throws IOException {
        var phases = new LinkedHashMap<String, Phase>();
        for (var line : Files.readAllLines(file)) {
            var field = line.split("\t");
            if (field.length != 4) {
                continue;
            }
            phases.computeIfAbsent(
                            field[0], label -> new Phase(label, Double.parseDouble(field[1]), new LinkedHashMap<>()))
                    .nanosByGroup()
                    .put(field[2], Long.parseLong(field[3]));
        }
        return List.copyOf(phases.values());
    }

    /**
     * Per journey: a phase's CPU divided by how many journeys it completed, which is the OK count of the request
     * {@code counted} names for the phase's journey ({@code citizen [32]} → {@code citizen files [32]}); the rate is
     * that request's, as in the ratios, and the cores busy are over the phase as the readings timed it.
     */
    static String markdown(List<Phase> phases, Map<String, Ratios.Stat> stats, Map<String, String> counted) {
        var out = new StringBuilder("\n### The application's CPU per journey, ms\n\nIts threads' time on a CPU"
                + " (`/proc/<pid>/task/*/schedstat`) over each measured phase, divided by the journeys completed;"
                + " a database server's processes are not counted.\n\n| phase | journeys/s | cores busy | CPU per"
                + " journey |");
        GROUPS.forEach(group -> out.append(' ').append(group).append(" |"));
        out.append("\n|---|---:|---:|---:|");
        GROUPS.forEach(group -> out.append("---:|"));
        out.append('\n');
        for (var phase : phases) {
            var space = phase.label().lastIndexOf(' ');
            var request = space < 0 ? null : counted.get(phase.label().substring(0, space));
            var stat =
                    request == null ? null : stats.get(request + phase.label().substring(space));
            if (stat == null || stat.ok() == 0 || phase.seconds() <= 0) {
                continue;
            }
            double journeys = stat.ok();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.2f | %.2f |",
                    phase.label(),
                    stat.perSecond(),
                    phase.totalNanos() / 1e9 / phase.seconds(),
                    phase.totalNanos() / 1e6 / journeys));
            GROUPS.forEach(group -> out.append(String.format(
                    Locale.ROOT, " %.2f |", phase.nanosByGroup().getOrDefault(group, 0L) / 1e6 / journeys)));
            out.append('\n');
        }
        return out.append(machineMarkdown(phases)).toString();
    }

    /** Where all the machine's CPUs went in each phase, so that what the application did not get is accounted for. */
    static String machineMarkdown(List<Phase> phases) {
        var out = new StringBuilder("\n### The machine's CPUs during each phase, cores\n\nFrom `/proc/stat` and the"
                + " load generator's own threads; idle includes waiting for the disk.\n\n| phase | application | load"
                + " generator | anything else | idle | stolen by the hypervisor |\n|---|---:|---:|---:|---:|---:|\n");
        boolean any = false;
        for (var phase : phases) {
            if (phase.seconds() <= 0 || !phase.nanosByGroup().containsKey("machine busy")) {
                continue;
            }
            any = true;
            double application = phase.totalNanos() / 1e9 / phase.seconds();
            double generator = phase.cores("load generator");
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                    phase.label(),
                    application,
                    generator,
                    Math.max(0, phase.cores("machine busy") - application - generator),
                    phase.cores("machine idle"),
                    phase.cores("machine stolen")));
        }
        return any ? out.toString() : "";
    }
}
