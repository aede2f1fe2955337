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

    static final List<String> COLUMNS = List.of(
            "部门代码",
            "部门",
            "受理件数",
            "办结件数",
            "按期办结件数",
            "按期办结率(%)",
            "平均办理工作日",
            "退回次数",
            "转办次数",
            "推诿扯皮(A→B→A)",
            "评价件数",
            "满意件数",
            "满意率(%)",
            "督办件数",
            "问责次数",
            "超期未办件数",
            "预约办理件数",
            "预约跑多次件数",
            "帮代办办结件数",
            "帮代办超期未办件数");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(WorkingDays.ZONE);

    private BulletinDocuments() {}

    /** UTF-8 with a byte-order mark, CRLF lines, RFC 4180 quoting; cells that look like formulas are defused. */
    public static byte[] csv(BulletinResponse bulletin) {
        var text = new StringBuilder();
        line(text, COLUMNS);
        for (var row : bulletin.figures().departments()) {
            line(text, cells(row));
        }
        line(text, cells(bulletin.figures().totals()));
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static List<String> cells(DepartmentFigures f) {
        return List.of(
                f.departmentCode() == null ? "" : f.departmentCode(),
                f.departmentName(),
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

    public static String html(BulletinResponse bulletin) {
        var rows = bulletin.figures().departments().stream()
                .filter(DepartmentFigures::hasActivity)
                .toList();
        var page = new StringBuilder(8192);
        page.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
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
                .append("</h1>\n<p class=\"meta\">统计期间 ")
                .append(escape(TIME.format(bulletin.periodStart())))
                .append(" 至 ")
                .append(escape(TIME.format(bulletin.cutOff())))
                .append("（不含）· 发布于 ")
                .append(escape(TIME.format(bulletin.publishedAt())))
                .append(" · 依据事件 ")
                .append(bulletin.eventCount())
                .append(" 条，截至事件位置 ")
                .append(bulletin.lastEventPosition())
                .append("，工作日历版本 ")
                .append(bulletin.calendarVersion())
                .append("</p>\n");
        if (rows.isEmpty()) {
            page.append("<p>本期无办件数据。</p>\n");
        } else {
            page.append(chart("各部门受理件数", rows, f -> (double) f.received(), "件", false));
            page.append(chart("按期办结率", rows, DepartmentFigures::onTimeRate, "%", true));
            page.append(chart("群众满意率", rows, DepartmentFigures::satisfactionRate, "%", true));
        }
        page.append("<div class=\"table\"><table><thead><tr>");
        for (var column : COLUMNS.subList(1, COLUMNS.size())) {
            page.append("<th")
                    .append(column.equals("部门") ? " class=\"name\"" : "")
                    .append('>')
                    .append(escape(column))
                    .append("</th>");
        }
        page.append("</tr></thead><tbody>\n");
        for (var row : bulletin.figures().departments()) {
            tableRow(page, row, false);
        }
        tableRow(page, bulletin.figures().totals(), true);
        page.append("</tbody></table></div>\n<p class=\"meta\">按期办结：在交办（含延期后）期限内答复；推诿扯皮：同一件在两个部门间往返（A→B→A），双方各计一次；"
                + "满意率：评价中非“不满意”“很不满意”的比例；预约跑多次：预约办事未能一次办成（须写明原因），"
                + "与“多次跑腿”投诉同样计入；帮代办超期未办：截至统计时点超过事项承诺时限仍未交还结果。</p>\n</body></html>\n");
        return page.toString();
    }

    private static void tableRow(StringBuilder page, DepartmentFigures f, boolean total) {
        var cells = cells(f);
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
            Function<DepartmentFigures, Double> value,
            String unit,
            boolean percent) {
        return "<section class=\"chart\"><h2>" + escape(title) + "</h2>\n"
                + barChart(title, rows, DepartmentFigures::departmentName, value, unit, percent) + "</section>\n";
    }

    /**
     * A horizontal bar chart as one {@code <svg>} element, no script, every text escaped; rows without a
     * value are drawn as "—". The portal's bulletin page embeds the same drawing.
     */
    public static String barChart(
            String label,
            List<DepartmentFigures> rows,
            Function<DepartmentFigures, String> name,
            Function<DepartmentFigures, Double> value,
            String unit,
            boolean percent) {
        int labelWidth = 140;
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
                        .append(escape(BulletinFigures.number(v)))
                        .append(escape(unit))
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
