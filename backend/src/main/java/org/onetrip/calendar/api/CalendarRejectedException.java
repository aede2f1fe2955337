package org.onetrip.calendar.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.shared.api.RuleRefusedException;

/**
 * A calendar command broke a rule; nothing was published. {@link #reason()} and {@link #date()} are for screens to
 * word the refusal; the message is English, for the log and the API.
 */
public class CalendarRejectedException extends RuleRefusedException {

    private final CalendarRefusalReason reason;
    private final LocalDate date;

    public CalendarRejectedException(CalendarRefusalReason reason, String message) {
        this(reason, null, message);
    }

    public CalendarRejectedException(CalendarRefusalReason reason, LocalDate date, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
        this.date = date;
    }

    public CalendarRefusalReason reason() {
        return reason;
    }

    /** The day the refusal is about, where there is one. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    @Override
    public String reasonCode() {
        return reason.name();
    }
}
