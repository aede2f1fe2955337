package org.onetrip.disclosure.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.disclosure.api.BulletinFigures;
import org.onetrip.disclosure.api.BulletinResponse;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.shared.api.SpreadsheetCells;

/** The bulletin as CSV for Excel and as a printable page whose bar charts are SVG drawn here. */
public final class BulletinDocuments {

    /** The columns' text keys: the department's code and name, then the figures in {@link #cells}' order. */
    static final List<String> COLUMNS = List.of(
            "public.bulletin.department-code",
            "public.bulletin.department",
            "public.bulletin.received",
            "public.bulletin.answered",
            "public.bulletin.answered-on-time",
            "public.bulletin.on-time-rate-percent",
            "public.bulletin.average-days",
            "public.bulletin.returns",
            "public.bulletin.transfers",
            "public.bulletin.ping-pongs",
            "public.bulletin.rated",
            "public.bulletin.good-ratings",
            "public.bulletin.satisfaction-rate-percent",
            "public.bulletin.supervisions",
            "public.bulletin.accountabilities",
            "public.bulletin.overdue-open",
            "public.bulletin.appointments-served",
            "public.bulletin.appointments-more-than-one-trip",
            "public.bulletin.agency-handed-back",
            "public.bulletin.agency-overdue-open");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(WorkingDays.ZONE);

    private BulletinDocuments() {}

    /** UTF-8 with a byte-order mark, CRLF lines, RFC 4180 quoting; cells that look like formulas are defused. */
    public static byte[] csv(BulletinResponse bulletin, BulletinLabels labels, Locale locale) {
        var text = new StringBuilder();
        line(text, COLUMNS.stream().map(key -> labels.text(key, locale)).toList());
        for (var row : bulletin.figures().departments()) {
            line(text, cells(row, labels.departmentName(row, locale)));
        }
        line(text, cells(bulletin.figures().totals(), labels.text("public.bulletin.total", locale)));
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static List<String> cells(DepartmentFigures f, String name) {
        return List.of(
                f.departmentCode() == null ? "" : f.departmentCode(),
                name,
                String.valueOf(f.received()),
                String.valueOf(f.answered()),
                String.valueOf(f.answeredOnTime()),
                BulletinFigures.number(f.onTimeRate()),
                BulletinFigures.number(f.averageWorkingDaysToAnswer()),
                String.valueOf(f.returns()),
                String.valueOf(f.transfers()),
                String.valueOf(f.pingPongs()),
                String.valueOf(f.rated()),
                String.valueOf(f.goodRatings()),
                BulletinFigures.number(f.satisfactionRate()),
                String.valueOf(f.supervisions()),
                String.valueOf(f.accountabilities()),
                String.valueOf(f.overdueOpen()),
                String.valueOf(f.appointmentsServed()),
                String.valueOf(f.appointmentsMoreThanOneTrip()),
                String.valueOf(f.agencyHandedBack()),
                String.valueOf(f.agencyOverdueOpen()));
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(csvCell(cells.get(i)));
        }
        text.append("\r\n");
    }

    static String csvCell(String value) {
        var cell = SpreadsheetCells.inert(value);
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            cell = "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    public static String html(BulletinResponse bulletin, BulletinLabels labels, Locale locale) {
        var rows = bulletin.figures().departments().stream()
                .filter(DepartmentFigures::hasActivity)
                .toList();
        Function<DepartmentFigures, String> names = row -> labels.departmentName(row, locale);
        var page = new StringBuilder(8192);
        page.append("<!DOCTYPE html>\n<html lang=\"")
                .append(locale.getLanguage().equals("en") ? "en" : "zh-CN")
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(bulletin.title()))
                .append("</title><style>")
                .append(
                        "body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif;margin:2em;color:#222}")
                .append("h1{font-size:1.5em;text-align:center}p.meta{color:#555;font-size:.9em;text-align:center}")
                .append("div.table{overflow-x:auto}svg{max-width:100%;height:auto}")
                .append("@media (max-width:480px){body{margin:.5em}}")
                .append("table{border-collapse:collapse;width:100%;font-size:.85em;margin-top:1em}")
                .append("th,td{border:1px solid #999;padding:.25em .4em;text-align:right}th{background:#eee}")
                .append("td.name,th.name{text-align:left}tr.total{font-weight:bold;background:#f6f6f6}")
                .append("section.chart{page-break-inside:avoid;margin-top:1.5em}h2{font-size:1.1em}")
                .append("@media print{body{margin:1cm}a{color:inherit;text-decoration:none}}")
                .append("</style></head><body>\n");
        page.append("<h1>")
                .append(escape(bulletin.title()))
                .append("</h1>\n<p class=\"meta\">")
                .append(escape(labels.text(
                        "public.bulletin.print-meta",
                        locale,
                        TIME.format(bulletin.periodStart()),
                        TIME.format(bulletin.cutOff()),
                        TIME.format(bulletin.publishedAt()),
                        String.valueOf(bulletin.eventCount()),
                        String.valueOf(bulletin.lastEventPosition()),
                        String.valueOf(bulletin.calendarVersion()))))
                .append("</p>\n");
        if (rows.isEmpty()) {
            page.append("<p>")
                    .append(escape(labels.text("public.bulletin.no-cases", locale)))
                    .append("</p>\n");
        } else {
            page.append(chart(
                    labels.text("public.bulletin.chart.received", locale),
                    rows,
                    names,
                    f -> (double) f.received(),
                    count -> labels.text("public.bulletin.unit.cases", locale, Math.round(count)),
                    false));
            page.append(chart(
                    labels.text("public.bulletin.chart.on-time", locale),
                    rows,
                    names,
                    DepartmentFigures::onTimeRate,
                    BulletinDocuments::percent,
                    true));
            page.append(chart(
                    labels.text("public.bulletin.chart.satisfaction", locale),
                    rows,
                    names,
                    DepartmentFigures::satisfactionRate,
                    BulletinDocuments::percent,
                    true));
        }
        page.append("<div class=\"table\"><table><thead><tr>");
        for (var column : COLUMNS.subList(1, COLUMNS.size())) {
            page.append("<th")
                    .append(column.equals("public.bulletin.department") ? " class=\"name\"" : "")
                    .append('>')
                    .append(escape(labels.text(column, locale)))
                    .append("</th>");
        }
        page.append("</tr></thead><tbody>\n");
        for (var row : bulletin.figures().departments()) {
            tableRow(page, cells(row, names.apply(row)), false);
        }
        tableRow(page, cells(bulletin.figures().totals(), labels.text("public.bulletin.total", locale)), true);
        page.append("</tbody></table></div>\n<p class=\"meta\">")
                .append(escape(labels.text("public.bulletin.notes", locale)))
                .append(' ')
                .append(escape(labels.text("public.bulletin.service-notes", locale)))
                .append("</p>\n</body></html>\n");
        return page.toString();
    }

    private static void tableRow(StringBuilder page, List<String> cells, boolean total) {
        page.append(total ? "<tr class=\"total\">" : "<tr>");
        for (int i = 1; i < cells.size(); i++) {
            page.append(i == 1 ? "<td class=\"name\">" : "<td>")
                    .append(escape(cells.get(i)))
                    .append("</td>");
        }
        page.append("</tr>\n");
    }

    private static String chart(
            String title,
            List<DepartmentFigures> rows,
            Function<DepartmentFigures, String> names,
            Function<DepartmentFigures, Double> value,
            Function<Double, String> valueText,
            boolean percent) {
        return "<section class=\"chart\"><h2>" + escape(title) + "</h2>\n"
                + barChart(title, rows, names, value, valueText, percent) + "</section>\n";
    }

    /** A rate as the charts write it beside its bar: 66.7%. */
    public static String percent(Double rate) {
        return BulletinFigures.number(rate) + "%";
    }

    /**
     * A horizontal bar chart as one {@code <svg>} element, no script, every text escaped; rows without a
     * value are drawn as "—", a value is written beside its bar by {@code valueText}. The portal's bulletin page
     * embeds the same drawing.
     */
    public static String barChart(
            String label,
            List<DepartmentFigures> rows,
            Function<DepartmentFigures, String> name,
            Function<DepartmentFigures, Double> value,
            Function<Double, String> valueText,
            boolean percent) {
        int labelWidth = labelWidth(rows.stream().map(name).toList());
        int barWidth = 420;
        int rowHeight = 22;
        int height = rows.size() * rowHeight + 10;
        double max = percent ? 100 : 0;
        var values = new ArrayList<Double>();
        for (var row : rows) {
            var v = value.apply(row);
            values.add(v);
            if (v != null) {
                max = Math.max(max, v);
            }
        }
        var svg = new StringBuilder();
        // viewBox and a width of 100% (at most the drawing's own): the chart shrinks to a 390 px phone screen
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
                .append(labelWidth + barWidth + 80)
                .append(' ')
                .append(height)
                .append("\" style=\"max-width:")
                .append(labelWidth + barWidth + 80)
                .append("px;height:auto\" preserveAspectRatio=\"xMinYMin meet\" aria-label=\"")
                .append(escape(label))
                .append("\">\n");
        for (int i = 0; i < rows.size(); i++) {
            int y = i * rowHeight + 5;
            var v = values.get(i);
            svg.append("<text x=\"")
                    .append(labelWidth - 6)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" text-anchor=\"end\" font-size=\"12\">")
                    .append(escape(name.apply(rows.get(i))))
                    .append("</text>");
            if (v != null) {
                long width = max == 0 ? 0 : Math.round(barWidth * v / max);
                svg.append("<rect x=\"")
                        .append(labelWidth)
                        .append("\" y=\"")
                        .append(y + 3)
                        .append("\" width=\"")
                        .append(width)
                        .append("\" height=\"")
                        .append(rowHeight - 8)
                        .append("\" fill=\"#c0392b\"/>");
                svg.append("<text x=\"")
                        .append(labelWidth + width + 4)
                        .append("\" y=\"")
                        .append(y + 15)
                        .append("\" font-size=\"12\">")
                        .append(escape(valueText.apply(v)))
                        .append("</text>");
            } else {
                svg.append("<text x=\"")
                        .append(labelWidth + 4)
                        .append("\" y=\"")
                        .append(y + 15)
                        .append("\" font-size=\"12\" fill=\"#888\">—</text>");
            }
            svg.append('\n');
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Room for the longest department name at the labels' 12 px: a Chinese character takes about 12 px, a Latin
     * letter about 7, so "Land and Resources Office" needs twice what 国土所 does; at most 320, so bars stay long.
     */
    static int labelWidth(List<String> names) {
        double widest = 0;
        for (var text : names) {
            double width = 0;
            for (int i = 0; i < (text == null ? 0 : text.length()); i++) {
                width += text.charAt(i) >= 0x2E80 ? 12 : 7;
            }
            widest = Math.max(widest, width);
        }
        return (int) Math.max(140, Math.min(320, Math.ceil(widest) + 12));
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
