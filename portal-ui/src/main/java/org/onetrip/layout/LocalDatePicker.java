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
