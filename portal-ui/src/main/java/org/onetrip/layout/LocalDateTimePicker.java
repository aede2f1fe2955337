package org.onetrip.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/** A date and time picker whose calendar and error messages speak the reader's language, as {@link LocalDatePicker}'s do. */
public class LocalDateTimePicker extends DateTimePicker {

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        setDatePickerI18n(LocalDatePicker.calendarTexts(this));
        LocalDatePicker.titled(this);
        setI18n(new DateTimePickerI18n()
                .setBadInputErrorMessage(getTranslation("picker.time.bad-input"))
                .setIncompleteInputErrorMessage(getTranslation("picker.time.incomplete"))
                .setRequiredErrorMessage(getTranslation("picker.time.required"))
                .setMinErrorMessage(getTranslation("picker.min"))
                .setMaxErrorMessage(getTranslation("picker.max")));
    }
}
