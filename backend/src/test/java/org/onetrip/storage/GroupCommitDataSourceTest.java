package org.onetrip.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real H2 file database whose background writer waits a minute ({@code WRITE_DELAY=60000}), so that only the
 * group commit stores anything while a test runs.
 */
class GroupCommitDataSourceTest {

    @TempDir
    Path folder;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    JdbcDataSource h2;
    DataSource grouped;
    Connection keepOpen;
    MVStore store;

    @BeforeEach
    void openDatabase() throws SQLException {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("db") + ";WRITE_DELAY=60000");
        h2.setUser("sa");
        grouped = new GroupCommitDataSource(h2, meters, "test");
        keepOpen = h2.getConnection();
        try (var statement = keepOpen.createStatement()) {
            statement.execute("CREATE TABLE filed(id INT PRIMARY KEY, title VARCHAR(100))");
        }
        store = ((SessionLocal) keepOpen.unwrap(JdbcConnection.class).getSession())
                .getDatabase()
                .getStore()
                .getMvStore();
        store.commit();
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        keepOpen.close();
    }

    @Test
    void a_commit_that_changed_data_returns_once_the_change_is_in_the_file() throws SQLException {
        insertAndCommit(h2, 1);
        assertThat(store.hasUnsavedChanges())
                .as("without the group commit H2 keeps the commit in memory")
                .isTrue();
        store.commit();

        insertAndCommit(grouped, 2);

        assertThat(store.hasUnsavedChanges()).isFalse();
    }

    @Test
    void a_commit_that_changed_nothing_does_not_store() throws SQLException {
        insertAndCommit(h2, 1);
        long version = store.getCurrentVersion();
        try (var connection = grouped.getConnection()) {
            connection.setAutoCommit(false);
            try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM filed")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
            connection.commit();
        }
        assertThat(store.getCurrentVersion()).isEqualTo(version);
        assertThat(store.hasUnsavedChanges()).isTrue();
        assertThat(meters.get("onetrip.storage.h2.commits_waited").counter().count())
                .isZero();
    }

    @Test
    void commits_from_many_threads_are_all_stored_in_fewer_stores_than_commits() throws Exception {
        long before = store.getCurrentVersion();
        var threads = Executors.newFixedThreadPool(8);
        try {
            var writers = new ArrayList<CompletableFuture<Void>>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                writers.add(CompletableFuture.runAsync(
                        () -> {
                            for (int i = 0; i < 100; i++) {
                                try {
                                    insertAndCommit(grouped, writer * 1000 + i);
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                        },
                        threads));
            }
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        } finally {
            threads.shutdownNow();
        }
        assertThat(store.hasUnsavedChanges()).isFalse();
        try (var rows = keepOpen.createStatement().executeQuery("SELECT COUNT(*) FROM filed")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(800);
        }
        long stores = meters.get("onetrip.storage.h2.stores").timer().count();
        assertThat(meters.get("onetrip.storage.h2.commits_waited").counter().count())
                .isEqualTo(800);
        assertThat(stores)
                .as("stores for 800 commits from 8 threads")
                .isPositive()
                .isLessThan(800);
        assertThat(store.getCurrentVersion() - before).as("versions H2 stored").isLessThanOrEqualTo(stores);
    }

    @Test
    void spring_sees_through_the_grouped_connection_to_h2s() throws SQLException {
        try (var connection = grouped.getConnection()) {
            assertThat(connection.unwrap(JdbcConnection.class)).isInstanceOf(JdbcConnection.class);
            assertThat(((org.springframework.jdbc.datasource.ConnectionProxy) connection).getTargetConnection())
                    .isInstanceOf(JdbcConnection.class);
            assertThat(connection).isEqualTo(connection).isNotEqualTo(keepOpen);
        }
    }

    @Test
    void a_statement_that_changed_data_in_auto_commit_mode_returns_once_the_change_is_in_the_file()
            throws SQLException {
        var jdbc = new JdbcTemplate(grouped);
        jdbc.update("INSERT INTO filed VALUES (?, ?)", 1, "路灯不亮");
        assertThat(store.hasUnsavedChanges()).isFalse();
        new JdbcTemplate(h2).update("INSERT INTO filed VALUES (?, ?)", 2, "井盖缺失");
        long version = store.getCurrentVersion();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filed", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.update("UPDATE filed SET title = ? WHERE id = ?", "无", 99))
                .isZero();

        assertThat(store.getCurrentVersion())
                .as("reads and updates of no row do not store")
                .isEqualTo(version);
        assertThat(store.hasUnsavedChanges()).isTrue();
        jdbc.update("DELETE FROM filed WHERE id = ?", 2);
        assertThat(store.hasUnsavedChanges()).isFalse();
    }

    @Test
    void an_interrupted_thread_still_returns_only_once_its_commit_is_in_the_file() throws Exception {
        var thread = Executors.newSingleThreadExecutor();
        var committer = CompletableFuture.supplyAsync(
                () -> {
                    Thread.currentThread().interrupt();
                    try {
                        insertAndCommit(grouped, 1);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return Thread.currentThread().isInterrupted() && !store.hasUnsavedChanges();
                },
                thread);
        try {
            assertThat(committer.get(30, TimeUnit.SECONDS))
                    .as("stored, and still interrupted")
                    .isTrue();
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void a_data_source_over_a_grouping_one_does_not_group_again() throws SQLException {
        var outer = new SimpleMeterRegistry();
        insertAndCommit(new GroupCommitDataSource(grouped, outer, "outer"), 1);
        assertThat(meters.get("onetrip.storage.h2.commits_waited").counter().count())
                .isEqualTo(1);
        assertThat(outer.get("onetrip.storage.h2.commits_waited").counter().count())
                .isZero();
        assertThat(store.hasUnsavedChanges()).isFalse();
    }

    static void insertAndCommit(DataSource dataSource, int id) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("INSERT INTO filed VALUES (?, ?)")) {
                insert.setInt(1, id);
                insert.setString(2, "路灯不亮 " + id);
                insert.executeUpdate();
            }
            connection.commit();
        }
    }
}
