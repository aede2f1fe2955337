package org.onetrip.eventstore.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What H2's separate large-object store costs an event table: rows shaped like Axon's {@code domain_event_entry}
 * (a payload of a typical event's size and a small metadata value, both BLOBs) written one commit each, as commands
 * append, and read back in pages, as a tracking processor does; once with H2's default (values over 256 bytes stored
 * apart from their row) and once with {@code MAX_LENGTH_INPLACE_LOB=4096} as the embedded default runs
 * (docs/benchmarks.md, round 6). {@code mvn -B -pl backend test -Pbenchmark -Dtest=H2InPlaceLobBenchmark}.
 */
@Tag("benchmark")
class H2InPlaceLobBenchmark {

    private static final int ROWS = 40_000;
    private static final int PAGE = 2_000;
    private static final int PAYLOAD_BYTES = 600;

    @TempDir
    Path dir;

    @Test
    void events_kept_in_their_rows_are_written_and_read_faster() throws SQLException {
        var apart = run("apart", "");
        var inRow = run("in-row", ";MAX_LENGTH_INPLACE_LOB=4096");
        System.out.printf(
                Locale.ROOT,
                "%nH2 event rows (%d rows of %d bytes): write apart %.2f s, in row %.2f s (ratio %.2f);"
                        + " fastest read apart %.3f s, in row %.3f s (ratio %.2f)%n",
                ROWS,
                PAYLOAD_BYTES,
                apart.write,
                inRow.write,
                inRow.write / apart.write,
                apart.read,
                inRow.read,
                inRow.read / apart.read);
        assertThat(apart.write).isPositive();
        assertThat(inRow.read).isPositive();
    }

    private Timing run(String name, String settings) throws SQLException {
        var url = "jdbc:h2:file:" + dir.resolve(name) + ";WRITE_DELAY=0" + settings;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection
                    .createStatement()
                    .execute("create table event_row(global_index bigint primary key,"
                            + " payload binary large object not null, meta_data binary large object)");
            var payload = new byte[PAYLOAD_BYTES];
            Arrays.fill(payload, (byte) 'x');
            var metaData = new byte[150];
            long start = System.nanoTime();
            try (var insert = connection.prepareStatement("insert into event_row values (?, ?, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    insert.setLong(1, i);
                    insert.setBytes(2, payload);
                    insert.setBytes(3, metaData);
                    insert.executeUpdate();
                }
            }
            double write = (System.nanoTime() - start) / 1e9;
            double read = Double.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long readStart = System.nanoTime();
                long bytes = 0;
                for (int from = 0; from < ROWS; from += PAGE) {
                    try (var page = connection.prepareStatement("select global_index, payload, meta_data from event_row"
                            + " where global_index >= ? and global_index < ? order by global_index")) {
                        page.setLong(1, from);
                        page.setLong(2, from + PAGE);
                        try (var rows = page.executeQuery()) {
                            while (rows.next()) {
                                bytes += rows.getBytes(2).length + rows.getBytes(3).length;
                            }
                        }
                    }
                }
                assertThat(bytes).isEqualTo((long) ROWS * (PAYLOAD_BYTES + 150));
                read = Math.min(read, (System.nanoTime() - readStart) / 1e9);
            }
            return new Timing(write, read);
        }
    }

    private record Timing(double write, double read) {}
}
