package org.onetrip.appointments.api;

/** A booking's every event for staff, contact data and booking code withheld. */
public record FindBookingTimelineQuery(String bookingId) {}
