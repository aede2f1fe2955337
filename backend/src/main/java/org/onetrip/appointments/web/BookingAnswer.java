package org.onetrip.appointments.web;

import org.onetrip.appointments.api.BookingResponse;
import org.onetrip.appointments.application.OneTimeNotice;

/** A booking with its one-time notice of materials; {@code trackUrl} is where its holder finds it again. */
public record BookingAnswer(String bookingCode, String trackUrl, BookingResponse booking, OneTimeNotice notice) {}
