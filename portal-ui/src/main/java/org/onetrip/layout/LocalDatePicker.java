package org.onetrip.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.util.List;

/**
 * A date picker whose calendar names months and weekdays, "today" and "cancel" in the reader's language, weeks from
 * Monday: Vaadin's formats dates by the locale but names them in English whatever it is.
 */
public class LocalDatePicker extends DatePicker {

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        setI18n(calendarTexts(this));
        titled(this);
    }

    /**
     * "2026年12月" above a Chinese calendar, of a date picker or of a date and time picker's: Flow's texts have no
     * setting for the title, the web component's do.
     */
    static void titled(Component picker) {
        picker.getElement()
                .executeJs(
                        "const picker = this.localName === 'vaadin-date-picker' ? this"
                                + " : this.querySelector('vaadin-date-picker');"
                                + " if (picker) { picker.i18n = Object.assign({}, picker.i18n, {formatTitle: (month, year) =>"
                                + " $0.replace('{year}', year).replace('{month}', month)}); }",
                        picker.getTranslation("picker.title"));
    }

    static DatePickerI18n calendarTexts(Component reader) {
        var texts = new DatePickerI18n();
        texts.setMonthNames(list(reader, "picker.months"));
        texts.setWeekdays(list(reader, "picker.weekdays"));
        texts.setWeekdaysShort(list(reader, "picker.weekdays-short"));
        texts.setToday(reader.getTranslation("picker.today"));
        texts.setCancel(reader.getTranslation("picker.cancel"));
        texts.setFirstDayOfWeek(1);
        texts.setBadInputErrorMessage(reader.getTranslation("picker.bad-input"));
        texts.setRequiredErrorMessage(reader.getTranslation("picker.required"));
        texts.setMinErrorMessage(reader.getTranslation("picker.min"));
        texts.setMaxErrorMessage(reader.getTranslation("picker.max"));
        return texts;
    }

    private static List<String> list(Component reader, String key) {
        return List.of(reader.getTranslation(key).split(","));
    }
}
