package org.onetrip.integrity.chain;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 keeps a LOB value inside its row only up to {@code MAX_LENGTH_INPLACE_LOB} bytes (256 by
 * default). Axon's metadata column is a LOB; {@code traceId} and {@code correlationId} take 105 bytes,
 * the two hex hashes bring it to 257, so without this every chained event would write a separate LOB
 * (measured with JFR: docs/benchmarks.md, "Integrity overhead"). The setting is persistent in the
 * database file and is only ever raised here. Other databases store the column in the row anyway.
 */
final class H2InplaceMetaData {

    static final int INPLACE_BYTES = 512;
    private static final Logger log = LoggerFactory.getLogger(H2InplaceMetaData.class);

    private H2InplaceMetaData() {}

    static void ensure(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (var statement = connection.createStatement()) {
                // H2 lists the setting only once it was set; unlisted means its default of 256.
                int current = 256;
                try (var rows = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'MAX_LENGTH_INPLACE_LOB'")) {
                    if (rows.next()) {
                        current = Integer.parseInt(rows.getString(1));
                    }
                }
                if (current < INPLACE_BYTES) {
                    statement.execute("SET MAX_LENGTH_INPLACE_LOB " + INPLACE_BYTES);
                    log.info(
                            "H2 keeps LOBs up to {} bytes in the row (was {}), so chained event metadata stays inline",
                            INPLACE_BYTES,
                            current);
                }
            }
        } catch (SQLException | NumberFormatException e) {
            log.warn(
                    "could not raise H2's in-place LOB size; chained events will store their metadata as a separate LOB",
                    e);
        }
    }
}
