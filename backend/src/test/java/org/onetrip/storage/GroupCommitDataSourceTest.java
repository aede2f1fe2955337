package org.onetrip.storage;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A real H2 file database whose background writer waits a minute ({@code WRITE_DELAY=60000}), so that only the
 * group commit stores anything while a test runs.
 */
class GroupCommitDataSourceTest {

    @TempDir
    Path folder;

    JdbcDataSource h2;
    DataSource grouped;
    Connection keepOpen;
    MVStore store;

    @BeforeEach
    void openDatabase() throws SQLException {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("db") + ";WRITE_DELAY=60000");
        h2.setUser("sa");
        grouped = new GroupCommitDataSource(h2);
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
        assertThat(store.getCurrentVersion() - before)
                .as("stores for 800 commits from 8 threads")
                .isPositive()
                .isLessThan(800);
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
