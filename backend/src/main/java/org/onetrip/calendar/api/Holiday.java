package org.onetrip.calendar.api;

import java.time.LocalDate;

/** One day off in a year's arrangement; {@code name} is the festival, e.g. 春节. */
public record Holiday(LocalDate date, String name) {}
