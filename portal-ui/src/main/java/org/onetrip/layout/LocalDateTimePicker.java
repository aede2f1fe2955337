package org.onetrip.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/** A date and time picker whose calendar speaks the reader's language, as {@link LocalDatePicker}'s does. */
public class LocalDateTimePicker extends DateTimePicker {

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        setDatePickerI18n(LocalDatePicker.calendarTexts(this));
    }
}
