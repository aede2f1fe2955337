package org.onetrip.calendar.api;

import java.time.LocalDate;

/**
 * A due date and what it was computed from: {@code workingDays} counted on calendar version
 * {@code calendarVersion}, so the same date can be recomputed later whatever was published since.
 */
public record Deadline(LocalDate dueDate, int workingDays, long calendarVersion) {}
