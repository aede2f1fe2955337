package org.onetrip.oversight.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.onetrip.calendar.api.Holiday;
import org.onetrip.layout.LocalDatePicker;
import org.onetrip.oversight.ui.CheckedForm;

/**
 * A corrected holiday arrangement for one year: holidays as named date ranges, make-up working days
 * (调休), and the notice it comes from. Publishing replaces the year's earlier arrangement.
 */
public class CalendarYearForm extends CheckedForm {

    public static final int MAX_NAME = 20;
    public static final int MAX_SOURCE = 200;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_RANGE_DAYS = 31;

    private final IntegerField year = new IntegerField();
    private final Div ranges = new Div();
    private final List<HolidayRange> rangeRows = new ArrayList<>();
    private final DatePicker makeUpPicker = new LocalDatePicker();
    private final TreeSet<LocalDate> makeUpDays = new TreeSet<>();
    private final Div makeUpList = new Div();
    private final TextField source = new TextField();
    private final TextArea note = new TextArea();
    private final Button publish = new Button();

    /** One row: festival name, first and last day. */
    public final class HolidayRange extends HorizontalLayout {
        final TextField name = new TextField();
        final DatePicker from = new LocalDatePicker();
        final DatePicker to = new LocalDatePicker();

        HolidayRange(String name, LocalDate from, LocalDate to) {
            this.name.setLabel(getTranslation("oversight.admin.calendar.holiday-name"));
            this.name.setMaxLength(MAX_NAME);
            this.name.setValue(name == null ? "" : name);
            this.from.setLabel(getTranslation("oversight.admin.calendar.from"));
            this.from.setValue(from);
            this.to.setLabel(getTranslation("oversight.admin.calendar.to"));
            this.to.setValue(to);
            var remove = new Button(getTranslation("oversight.admin.calendar.remove"), click -> {
                rangeRows.remove(this);
                ranges.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(this.name, this.from, this.to, remove);
            addClassName("oversight-holiday-range");
        }

        public TextField name() {
            return name;
        }

        public DatePicker from() {
            return from;
        }

        public DatePicker to() {
            return to;
        }
    }

    public CalendarYearForm(Consumer<CalendarDraft> onPublish) {
        year.setLabel(getTranslation("oversight.admin.calendar.year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setId("calendar-year");
        var addRange =
                new Button(getTranslation("oversight.admin.calendar.add-holiday"), click -> addRange(null, null, null));
        addRange.setId("calendar-add-holiday");
        makeUpPicker.setLabel(getTranslation("oversight.admin.calendar.make-up-day"));
        var addMakeUp = new Button(getTranslation("oversight.admin.calendar.add-make-up"), click -> {
            if (makeUpPicker.getValue() != null) {
                addMakeUpDay(makeUpPicker.getValue());
                makeUpPicker.clear();
            }
        });
        addMakeUp.setId("calendar-add-make-up");
        var makeUpRow = new HorizontalLayout(makeUpPicker, addMakeUp);
        makeUpRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        makeUpList.setId("calendar-make-up-days");
        source.setLabel(getTranslation("oversight.admin.calendar.source"));
        source.setHelperText(getTranslation("oversight.admin.calendar.source.help"));
        source.setMaxLength(MAX_SOURCE);
        source.setWidthFull();
        source.setId("calendar-source");
        note.setLabel(getTranslation("oversight.admin.calendar.note"));
        note.setMaxLength(MAX_NOTE);
        note.setWidthFull();
        note.setId("calendar-note");
        publish.setText(getTranslation("oversight.admin.calendar.publish"));
        publish.setId("calendar-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> submit(onPublish));
        add(year, ranges, addRange, makeUpRow, makeUpList, source, note, publish);
    }

    /** Fills the form with a published arrangement, consecutive days of one festival as one range. */
    public void load(int year, List<Holiday> holidays, List<LocalDate> makeUpWorkingDays) {
        this.year.setValue(year);
        rangeRows.clear();
        ranges.removeAll();
        makeUpDays.clear();
        makeUpList.removeAll();
        String name = null;
        LocalDate first = null;
        LocalDate last = null;
        for (var holiday : holidays.stream()
                .sorted(java.util.Comparator.comparing(Holiday::date))
                .toList()) {
            if (last != null
                    && holiday.date().equals(last.plusDays(1))
                    && holiday.name().equals(name)) {
                last = holiday.date();
                continue;
            }
            if (first != null) {
                addRange(name, first, last);
            }
            name = holiday.name();
            first = holiday.date();
            last = holiday.date();
        }
        if (first != null) {
            addRange(name, first, last);
        }
        makeUpWorkingDays.forEach(this::addMakeUpDay);
    }

    public HolidayRange addRange(String name, LocalDate from, LocalDate to) {
        var row = new HolidayRange(name, from, to);
        rangeRows.add(row);
        ranges.add(row);
        return row;
    }

    public void addMakeUpDay(LocalDate day) {
        if (!makeUpDays.add(day)) {
            return;
        }
        var chip = new Span();
        var remove = new Button("×", click -> {
            makeUpDays.remove(day);
            makeUpList.remove(chip);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        chip.add(new Span(day.toString()), remove);
        chip.getStyle().set("margin-right", "var(--lumo-space-m)");
        makeUpList.add(chip);
    }

    private void submit(Consumer<CalendarDraft> onPublish) {
        boolean ok = checkChosen(year);
        if (ok && (year.getValue() < 2000 || year.getValue() > 2100)) {
            ok = invalid(year, getTranslation("oversight.admin.calendar.year.range"));
        }
        var holidays = new TreeSet<LocalDate>();
        var expanded = new ArrayList<Holiday>();
        for (var row : rangeRows) {
            ok &= checkText(row.name, true, MAX_NAME);
            ok &= checkChosen(row.from) & checkChosen(row.to);
            if (row.from.getValue() == null || row.to.getValue() == null || year.getValue() == null) {
                continue;
            }
            if (row.to.getValue().isBefore(row.from.getValue())
                    || row.from.getValue().plusDays(MAX_RANGE_DAYS).isBefore(row.to.getValue())) {
                ok = invalid(row.to, getTranslation("oversight.admin.calendar.range.invalid", MAX_RANGE_DAYS));
                continue;
            }
            for (var day = row.from.getValue(); !day.isAfter(row.to.getValue()); day = day.plusDays(1)) {
                if (day.getYear() != year.getValue()) {
                    ok = invalid(row.to, getTranslation("oversight.admin.calendar.outside-year"));
                    break;
                }
                if (holidays.add(day)) {
                    expanded.add(new Holiday(day, row.name.getValue().strip()));
                }
            }
        }
        if (year.getValue() != null && makeUpDays.stream().anyMatch(day -> day.getYear() != year.getValue())) {
            ok = invalid(makeUpPicker, getTranslation("oversight.admin.calendar.outside-year"));
        } else {
            valid(makeUpPicker);
        }
        ok &= checkText(source, true, MAX_SOURCE) & checkText(note, false, MAX_NOTE);
        if (!ok) {
            return;
        }
        expanded.sort(java.util.Comparator.comparing(Holiday::date));
        onPublish.accept(new CalendarDraft(
                year.getValue(),
                List.copyOf(expanded),
                List.copyOf(makeUpDays),
                source.getValue().strip(),
                blankToNull(note.getValue())));
    }

    public IntegerField year() {
        return year;
    }

    public List<HolidayRange> ranges() {
        return List.copyOf(rangeRows);
    }

    public TextField source() {
        return source;
    }

    public TextArea note() {
        return note;
    }

    public Button publish() {
        return publish;
    }
}
