package org.onetrip.load;

import static org.assertj.core.api.Assertions.assertThat;
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
        long busyUntil = System.nanoTime() + 200_000_000;
        long spin = 0;
        while (System.nanoTime() < busyUntil) {
            spin++;
        }
        cpu.mark(null);
        var file = dir.resolve("cpu-h2.tsv");
        cpu.write(file);

        var phases = ThreadCpu.readFile(file);

        assertThat(spin).isPositive();
        assertThat(phases).singleElement().satisfies(phase -> {
            assertThat(phase.label()).isEqualTo("citizen [32]");
            assertThat(phase.seconds()).isBetween(0.15, 10.0);
            // this thread spun for 0.2 s, in the group "other"
            assertThat(phase.nanosByGroup().get("other")).isGreaterThan(100_000_000L);
        });
        assertThat(Files.readAllLines(file)).hasSize(ThreadCpu.GROUPS.size());
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
