package org.onetrip.appointments.application;

import org.onetrip.appointments.api.BookingResponse;

/** A new booking: its code (grouped for reading out, given once) and the notice of materials. */
public record Booked(String bookingCode, BookingResponse booking, OneTimeNotice notice) {}
