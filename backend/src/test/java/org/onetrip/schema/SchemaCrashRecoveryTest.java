package org.onetrip.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.shared.api.Role;

/**
 * Why the first start after a kill -9 once read {@code No enum constant CaseKind.1} from {@code case_registry}: H2
 * rolls back the transaction the crash cut off from its undo log, and restores the rows of an ENUM column as bare
 * ordinals. The schema of the release before Flyway had such columns (Hibernate's ddl-auto made them); V2 turns them
 * into text, which a crash leaves alone.
 */
class SchemaCrashRecoveryTest {

    @TempDir
    Path folder;

    @Test
    void after_a_crash_in_the_middle_of_a_write_every_registry_row_reads_back_as_it_was_committed() throws Exception {
        var db = crashWhileWriting("latest");

        assertThat(rows(db)).containsExactly("c1 REPORT ASSIGNED 3", "c2 SUGGESTION FILED 0");
        assertThat(roles(db)).containsExactly("AUDITOR");
        assertThat(CaseKind.valueOf("REPORT")).isNotNull();
    }

    @Test
    void the_previous_releases_enum_columns_come_back_as_numbers_after_the_same_crash() throws Exception {
        var db = crashWhileWriting("1");

        var rows = rows(db);
        assertThat(rows).hasSize(2);
        assertThat(rows)
                .as("the ENUM values H2 restored from its undo log are ordinals, not names")
                .anySatisfy(row -> assertThat(row.split(" ")[1]).matches("\\d+"));
    }

    private Path crashWhileWriting(String target) throws Exception {
        var db = folder.resolve("h2-" + target).resolve("onetrip");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashDuringWrite.class.getName(),
                        db.toString(),
                        target)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("child-" + target + ".log").toFile())
                .start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue())
                .as("the child died in the middle of its transaction")
                .isEqualTo(9);
        return db;
    }

    /** As the application reads them: each enum value must name a constant. */
    private static List<String> rows(Path db) throws Exception {
        var rows = new ArrayList<String>();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "");
                var result = connection
                        .createStatement()
                        .executeQuery("select case_id, kind, status, version from case_registry order by case_id")) {
            while (result.next()) {
                var kind = result.getString(2);
                var status = result.getString(3);
                rows.add(result.getString(1) + " " + kind + " " + status + " " + result.getLong(4));
                if (!kind.matches("\\d+")) {
                    assertThat(CaseKind.valueOf(kind)).isNotNull();
                    assertThat(CaseStatus.valueOf(status)).isNotNull();
                }
            }
        }
        return rows;
    }

    private static List<String> roles(Path db) throws Exception {
        var roles = new ArrayList<String>();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "");
                var result = connection.createStatement().executeQuery("select role from staff_account")) {
            while (result.next()) {
                roles.add(Role.valueOf(result.getString(1)).name());
            }
        }
        return roles;
    }
}
