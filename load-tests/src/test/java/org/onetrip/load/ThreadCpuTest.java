package org.onetrip.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadCpuTest {

    @Test
    void threads_are_grouped_by_what_their_cut_names_say_they_do() {
        assertThat(ThreadCpu.group("http-nio-18080-")).isEqualTo("request threads");
        assertThat(ThreadCpu.group("elasticsearch[o")).isEqualTo("search node");
        assertThat(ThreadCpu.group("elasticsearch-r")).isEqualTo("search client");
        assertThat(ThreadCpu.group("EventProcessor[")).isEqualTo("event processors");
        assertThat(ThreadCpu.group("read-ahead[case")).isEqualTo("event processors");
        assertThat(ThreadCpu.group("H2-serializatio")).isEqualTo("H2");
        assertThat(ThreadCpu.group("MVStore backgro")).isEqualTo("H2");
        assertThat(ThreadCpu.group("C2 CompilerThre")).isEqualTo("JIT compilers");
        assertThat(ThreadCpu.group("GC Thread#1")).isEqualTo("collector and VM");
        assertThat(ThreadCpu.group("java")).isEqualTo("other");
    }

    @Test
    void a_phase_counts_what_each_thread_spent_in_it_and_a_thread_started_in_it_from_zero() {
        var before = Map.of(
                "10", new ThreadCpu.Sample("request threads", 5_000_000),
                "11", new ThreadCpu.Sample("H2", 1_000_000),
                "12", new ThreadCpu.Sample("request threads", 9_000_000));
        var after = Map.of(
                "10", new ThreadCpu.Sample("request threads", 8_000_000),
                "11", new ThreadCpu.Sample("H2", 1_500_000),
                "13", new ThreadCpu.Sample("request threads", 2_000_000));

        var spent = ThreadCpu.between(before, after);

        // thread 12 ended: it took nothing away from its group
        assertThat(spent).containsEntry("request threads", 5_000_000L).containsEntry("H2", 500_000L);
        assertThat(spent).containsEntry("search node", 0L);
        assertThat(spent.keySet()).containsExactlyElementsOf(ThreadCpu.GROUPS);
    }

    @Test
    void the_threads_of_a_running_process_are_read_from_proc() {
        assumeThat(Path.of("/proc/self/task")).isDirectory();

        var threads = ThreadCpu.read(ProcessHandle.current().pid());

        assertThat(threads).isNotEmpty();
        assertThat(threads.values())
                .anySatisfy(sample -> assertThat(sample.nanos()).isPositive());
    }

    @Test
    void marks_between_phases_give_each_phase_its_cpu_and_the_report_divides_it_by_the_journeys(@TempDir Path dir)
            throws Exception {
        assumeThat(Path.of("/proc/self/task")).isDirectory();
        var pid = new AtomicLong(ProcessHandle.current().pid());
        var cpu = new ThreadCpu(pid::get);
        cpu.mark("citizen [32]");
        // spins for 0.2 s on a CPU, however long a loaded machine makes that take
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long busyUntil = threads.getCurrentThreadCpuTime() + 200_000_000;
        long spin = 0;
        while (threads.getCurrentThreadCpuTime() < busyUntil) {
            spin++;
        }
        cpu.mark(null);
        var file = dir.resolve("cpu-h2.tsv");
        cpu.write(file);

        var phases = ThreadCpu.readFile(file);

        assertThat(spin).isPositive();
        assertThat(phases).singleElement().satisfies(phase -> {
            assertThat(phase.label()).isEqualTo("citizen [32]");
            assertThat(phase.seconds()).isBetween(0.15, 60.0);
            // this thread spun for 0.2 s, in the group "other"
            assertThat(phase.nanosByGroup().get("other")).isGreaterThan(100_000_000L);
        });
        assertThat(Files.readAllLines(file)).hasSize(ThreadCpu.GROUPS.size() + 4);
        assertThat(phases.get(0).nanosByGroup())
                .as("this process is the load generator here, and it was busy")
                .hasEntrySatisfying("load generator", nanos -> assertThat(nanos).isGreaterThan(100_000_000L))
                .containsKeys("machine busy", "machine idle", "machine stolen");
        assertThat(phases.get(0).totalNanos())
                .as("the application's total leaves the rest of the machine out")
                .isEqualTo(ThreadCpu.GROUPS.stream()
                        .mapToLong(group -> phases.get(0).nanosByGroup().get(group))
                        .sum());
    }

    @Test
    void the_machines_cpu_line_is_read_in_nanoseconds_with_waiting_for_the_disk_as_idle() {
        var line = "cpu  100 5 30 800 40 2 3 20 0 0";

        var machine = ThreadCpu.machine(line);

        // USER_HZ ticks of 10 ms: busy = user + nice + system + irq + softirq
        assertThat(machine)
                .containsEntry("machine busy", 1_400_000_000L)
                .containsEntry("machine idle", 8_400_000_000L)
                .containsEntry("machine stolen", 200_000_000L);
        assertThatThrownBy(() -> ThreadCpu.machine("cpu0 1 2 3 4 5 6 7 8"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_report_says_where_the_cores_the_application_did_not_get_went() {
        var nanos = new java.util.LinkedHashMap<String, Long>();
        ThreadCpu.GROUPS.forEach(group -> nanos.put(group, 0L));
        nanos.put("request threads", 2_000_000_000L);
        nanos.put("search node", 900_000_000L);
        nanos.put("load generator", 700_000_000L);
        nanos.put("machine busy", 3_800_000_000L);
        nanos.put("machine idle", 100_000_000L);
        nanos.put("machine stolen", 100_000_000L);

        var markdown = ThreadCpu.machineMarkdown(List.of(new ThreadCpu.Phase("citizen [32]", 2.0, nanos)));

        // over 2 s: the application 2.9 s, the load generator 0.7 s, 0.2 s busy elsewhere
        assertThat(markdown).contains("| citizen [32] | 1.45 | 0.35 | 0.10 | 0.05 | 0.05 |");
        assertThat(ThreadCpu.machineMarkdown(List.of(new ThreadCpu.Phase("old file", 2.0, Map.of()))))
                .as("a file from before the machine was read gives no table")
                .isEmpty();
    }

    @Test
    void the_report_gives_each_groups_cpu_per_journey() {
        var nanos = new java.util.LinkedHashMap<String, Long>();
        ThreadCpu.GROUPS.forEach(group -> nanos.put(group, 0L));
        nanos.put("request threads", 3_000_000_000L);
        nanos.put("search node", 1_000_000_000L);
        var phase = new ThreadCpu.Phase("citizen [32]", 2.0, nanos);
        var stats = Map.of(
                "citizen files [32]", new Ratios.Stat("citizen files [32]", 1000, 0, 1, 2, 3, 500),
                "citizen tracks [32]", new Ratios.Stat("citizen tracks [32]", 1000, 0, 1, 2, 3, 500));

        var markdown = ThreadCpu.markdown(
                List.of(phase, new ThreadCpu.Phase("open311 [32]", 2.0, nanos)), stats, Journeys.COUNTED_REQUEST);

        // 4 s of CPU in 2 s for 1 000 filings: 2 cores, 4 ms each, 3 of them in the request threads
        assertThat(markdown)
                .contains("| citizen [32] | 500.0 | 2.00 | 4.00 | 3.00 | 1.00 | 0.00 |")
                .doesNotContain("open311 [32]");
    }
}
