package org.onetrip.projections.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.SpreadsheetCells;

/**
 * A staff search as a spreadsheet: every case it finds, in words of the reader's language, as UTF-8 CSV
 * with a byte-order mark (without one Excel reads Chinese as GBK and shows garbage). The screen's export
 * button and {@code GET /api/staff/search/cases.csv} both write it; a handler's covers their department only.
 */
public class CaseExportCsv {

    static final List<String> COLUMNS = List.of(
            "title",
            "kind",
            "category",
            "channel",
            "status",
            "department",
            "filed",
            "due",
            "deadline",
            "rating",
            "flag-score");
    private static final DateTimeFormatter FILED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(WorkingDayCalendar.ZONE);

    private final CaseSearch search;
    private final Supplier<CaseExportLabels> labelsSupplier;

    /** {@code labels}: asked when an export is written (the portal provides them; the read side starts without). */
    public CaseExportCsv(CaseSearch search, Supplier<CaseExportLabels> labels) {
        this.search = search;
        this.labelsSupplier = labels;
    }

    /** The file name offered to the browser (ASCII, so no header encoding is needed), dated by the hall's day. */
    public static String fileName(Clock clock) {
        return "cases-" + LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.ZONE) + ".csv";
    }

    public void write(CaseSearchRequest request, Actor reader, Locale locale, OutputStream out) {
        var labels = labelsSupplier.get();
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            var csv = new CSVPrinter(writer, CSVFormat.EXCEL);
            var header = new ArrayList<String>();
            for (var column : COLUMNS) {
                header.add(labels.text("search.export.column." + column, locale));
            }
            csv.printRecord(header);
            search.export(request.readBy(reader), row -> {
                try {
                    csv.printRecord(cells(row, labels, locale));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the case export could not be written", e);
        }
    }

    private List<String> cells(CaseExportRow row, CaseExportLabels labels, Locale locale) {
        return List.of(
                SpreadsheetCells.inert(row.title()),
                word(labels, "workbench.kind.", row.kind(), locale),
                word(labels, "workbench.category.", row.category(), locale),
                word(labels, "workbench.channel.", row.channel(), locale),
                word(labels, "status.", row.status(), locale),
                row.departmentCode() == null ? "" : labels.departmentName(row.departmentCode(), locale),
                row.filedAt() == null ? "" : FILED.format(row.filedAt()),
                row.dueDate() == null ? "" : row.dueDate().toString(),
                word(labels, "workbench.deadline.", row.deadlineStatus(), locale),
                word(labels, "public.rating.", row.rating(), locale),
                Integer.toString(row.flagScore()));
    }

    private static String word(CaseExportLabels labels, String prefix, Enum<?> value, Locale locale) {
        return value == null ? "" : labels.text(prefix + value.name(), locale);
    }
}
