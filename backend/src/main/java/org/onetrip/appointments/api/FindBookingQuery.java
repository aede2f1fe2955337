package org.onetrip.appointments.api;

/** A booking as its holder sees it, by the booking code they were given. */
public record FindBookingQuery(String bookingCode) {}
