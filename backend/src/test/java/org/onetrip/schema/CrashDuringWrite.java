package org.onetrip.schema;

import java.sql.DriverManager;
import org.flywaydb.core.Flyway;

/**
 * Run in a child JVM by {@link SchemaCrashRecoveryTest}: migrates an H2 file database to the given version, commits
 * a few registry rows, then dies (halt, as kill -9 would) in the middle of a transaction whose changes H2 has already
 * written to disk.
 */
public final class CrashDuringWrite {

    private CrashDuringWrite() {}

    public static void main(String[] args) throws Exception {
        var url = "jdbc:h2:file:" + args[0] + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration/h2")
                .target(args[1])
                .load()
                .migrate();
        // the registry kept receipt codes until version 7, digests of them since
        var code = "latest".equals(args[1]) || Integer.parseInt(args[1]) >= 7 ? "receipt_code_digest" : "receipt_code";
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            var statement = connection.createStatement();
            statement.execute(
                    "insert into case_registry (case_id, " + code + ", kind, status, filed_at, last_changed_at,"
                            + " version) values ('c1', 'AAAAAAAAAAAAAAAA1', 'REPORT', 'ASSIGNED', current_timestamp,"
                            + " current_timestamp, 3)");
            statement.execute(
                    "insert into case_registry (case_id, " + code + ", kind, status, filed_at, last_changed_at,"
                            + " version) values ('c2', 'AAAAAAAAAAAAAAAA2', 'SUGGESTION', 'FILED', current_timestamp,"
                            + " current_timestamp, 0)");
            statement.execute("insert into staff_account (username, password_hash, role, display_name, enabled)"
                    + " values ('auditor', 'x', 'AUDITOR', 'Auditor', true)");
            connection.setAutoCommit(false);
            statement.execute("update case_registry set status = 'IN_PROGRESS', version = 4 where case_id = 'c1'");
            statement.execute("insert into case_registry (case_id, " + code + ", kind, status, filed_at,"
                    + " last_changed_at, version) values ('c3', 'AAAAAAAAAAAAAAAA3', 'ENQUIRY', 'FILED',"
                    + " current_timestamp, current_timestamp, 0)");
            statement.execute("CHECKPOINT");
            Runtime.getRuntime().halt(9);
        }
    }
}
