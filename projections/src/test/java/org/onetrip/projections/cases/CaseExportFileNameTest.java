package org.onetrip.projections.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CaseExportFileNameTest {

    @Test
    void the_export_is_named_for_the_day_in_the_township_not_the_servers_day() {
        var evening = Clock.fixed(Instant.parse("2026-12-06T17:30:00Z"), ZoneOffset.UTC);

        assertThat(CaseExportCsv.fileName(evening)).isEqualTo("cases-2026-12-07.csv");
    }
}
