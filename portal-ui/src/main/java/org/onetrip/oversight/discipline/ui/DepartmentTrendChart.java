package org.onetrip.oversight.discipline.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.onetrip.layout.Phrases;
import org.onetrip.projections.discipline.DepartmentSummary;

/**
 * The department summary drawn beside its table: each department's total as bars, and its month-by-month
 * trend as lines (the departments with the most, at most {@value #LINES}). Server-side SVG with a
 * {@code viewBox} and a width of 100%, like the bulletin charts, because Vaadin's chart component is paid;
 * it shrinks to a 390 px phone screen. Names are escaped; the legend is HTML so it wraps on a phone.
 */
public class DepartmentTrendChart extends Div {

    static final int LINES = 5;
    /** Each at least 3:1 against the white page, as WCAG asks of the parts of a chart one must see. */
    static final List<String> COLOURS = List.of("#1f6fd1", "#d1451f", "#2e9e5b", "#9a4fd1", "#a67c00");

    static final String AXIS = "#8a8a8a";

    public DepartmentTrendChart(
            String title,
            List<DepartmentSummary> totals,
            SortedMap<YearMonth, List<DepartmentSummary>> months,
            ToIntFunction<DepartmentSummary> value,
            Function<String, String> departmentName,
            Function<YearMonth, String> monthLabel,
            String noneText) {
        setId("department-trend");
        getStyle().set("flex", "1 1 320px").set("min-width", "0").set("max-width", "640px");
        var heading = new Span(title);
        heading.getStyle().set("font-weight", "bold").set("display", "block");
        add(heading);
        var top = totals.stream()
                .filter(s -> value.applyAsInt(s) > 0)
                .sorted(Comparator.comparingInt(value).reversed())
                .limit(LINES)
                .toList();
        if (top.isEmpty()) {
            add(new Span(noneText));
            return;
        }
        var bars = new Svg(bars(top, value, departmentName));
        bars.setId("department-trend-bars");
        describe(
                bars,
                Phrases.labelled(
                        this,
                        title,
                        Phrases.listed(
                                this,
                                top.stream()
                                        .map(s -> Phrases.qualified(
                                                this,
                                                departmentName.apply(s.departmentCode()),
                                                String.valueOf(value.applyAsInt(s))))
                                        .toList())));
        bars.getElement().getStyle().set("width", "100%");
        add(bars);
        var series = new LinkedHashMap<String, List<Integer>>();
        for (var summary : top) {
            var points = new ArrayList<Integer>();
            for (var month : months.values()) {
                points.add(month.stream()
                        .filter(s -> s.departmentCode().equals(summary.departmentCode()))
                        .mapToInt(value)
                        .sum());
            }
            series.put(summary.departmentCode(), points);
        }
        var lines = new Svg(lines(series, new ArrayList<>(months.keySet()), monthLabel));
        lines.setId("department-trend-lines");
        describe(
                lines,
                describeLines(
                        series,
                        new ArrayList<>(months.keySet()),
                        monthLabel,
                        departmentName,
                        (name, figures) -> Phrases.qualified(this, name, figures),
                        items -> Phrases.listed(this, items)));
        lines.getElement().getStyle().set("width", "100%");
        add(lines);
        var legend = new Div();
        legend.setId("department-trend-legend");
        legend.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.25em 1em");
        int i = 0;
        for (var code : series.keySet()) {
            var swatch = new Span("■ ");
            swatch.getStyle().set("color", COLOURS.get(i++ % COLOURS.size()));
            var entry = new Span(swatch, new Span(departmentName.apply(code)));
            entry.getStyle().set("font-size", "var(--lumo-font-size-s)");
            legend.add(entry);
        }
        add(legend);
    }

    /** A picture a screen reader cannot see: the figures it draws, as words, are its name. */
    private static void describe(Svg chart, String figures) {
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", figures);
    }

    /** Each department's month-by-month figures, as the lines draw them: 民政所（9月 0、10月 2、11月 5）. */
    static String describeLines(
            Map<String, List<Integer>> series,
            List<YearMonth> months,
            Function<YearMonth, String> monthLabel,
            Function<String, String> departmentName,
            BiFunction<String, String, String> qualified,
            Function<List<String>, String> listed) {
        return listed.apply(series.entrySet().stream()
                .map(line -> qualified.apply(
                        departmentName.apply(line.getKey()),
                        listed.apply(IntStream.range(0, months.size())
                                .mapToObj(i -> monthLabel.apply(months.get(i)) + " "
                                        + line.getValue().get(i))
                                .toList())))
                .toList());
    }

    static String bars(
            List<DepartmentSummary> rows, ToIntFunction<DepartmentSummary> value, Function<String, String> name) {
        int labelWidth = 130;
        int barWidth = 220;
        int rowHeight = 22;
        int width = labelWidth + barWidth + 30;
        int height = rows.size() * rowHeight + 6;
        int max = rows.stream().mapToInt(value).max().orElse(1);
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" style=\"max-width:")
                .append(width * 2)
                .append("px\" font-size=\"12\">");
        int y = 4;
        for (var row : rows) {
            int v = value.applyAsInt(row);
            int w = Math.max(1, (int) Math.round(barWidth * (double) v / max));
            svg.append("<text x=\"")
                    .append(labelWidth - 4)
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\" text-anchor=\"end\">")
                    .append(escape(clip(name.apply(row.departmentCode()))))
                    .append("</text><rect x=\"")
                    .append(labelWidth)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(w)
                    .append("\" height=\"14\" fill=\"#d1451f\"/><text x=\"")
                    .append(labelWidth + w + 4)
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\">")
                    .append(v)
                    .append("</text>");
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    static String lines(Map<String, List<Integer>> series, List<YearMonth> months, Function<YearMonth, String> label) {
        int left = 28;
        int top = 10;
        int plotWidth = 300;
        int plotHeight = 120;
        int width = left + plotWidth + 16;
        int height = top + plotHeight + 24;
        int max = Math.max(
                1,
                series.values().stream()
                        .flatMap(List::stream)
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(1));
        double step = months.size() > 1 ? (double) plotWidth / (months.size() - 1) : 0;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" style=\"max-width:")
                .append(width * 2)
                .append("px\" font-size=\"11\">");
        svg.append("<line x1=\"")
                .append(left)
                .append("\" y1=\"")
                .append(top + plotHeight)
                .append("\" x2=\"")
                .append(left + plotWidth)
                .append("\" y2=\"")
                .append(top + plotHeight)
                .append("\" stroke=\"")
                .append(AXIS)
                .append("\"/>");
        svg.append("<text x=\"")
                .append(left - 4)
                .append("\" y=\"")
                .append(top + 4)
                .append("\" text-anchor=\"end\">")
                .append(max)
                .append("</text><text x=\"")
                .append(left - 4)
                .append("\" y=\"")
                .append(top + plotHeight)
                .append("\" text-anchor=\"end\">0</text>");
        for (int i = 0; i < months.size(); i++) {
            svg.append("<text x=\"")
                    .append(Math.round(left + i * step))
                    .append("\" y=\"")
                    .append(top + plotHeight + 16)
                    .append("\" text-anchor=\"middle\">")
                    .append(escape(label.apply(months.get(i))))
                    .append("</text>");
        }
        int colour = 0;
        for (var points : series.values()) {
            var stroke = COLOURS.get(colour++ % COLOURS.size());
            var path = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                long x = Math.round(left + i * step);
                long y = Math.round(top + plotHeight - (double) plotHeight * points.get(i) / max);
                path.append(i == 0 ? "" : " ").append(x).append(',').append(y);
                svg.append("<circle cx=\"")
                        .append(x)
                        .append("\" cy=\"")
                        .append(y)
                        .append("\" r=\"3\" fill=\"")
                        .append(stroke)
                        .append("\"/>");
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(stroke)
                    .append("\" points=\"")
                    .append(path)
                    .append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** Shortens a name to the label column: a Chinese character is about 12 units wide here, a Latin one 6.5. */
    static String clip(String name) {
        double room = 122;
        double used = 0;
        for (int i = 0; i < name.length(); i++) {
            used += name.charAt(i) < 0x2E80 ? 6.5 : 12;
            if (used > room) {
                return name.substring(0, Math.max(1, i - 1)) + "…";
            }
        }
        return name;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
