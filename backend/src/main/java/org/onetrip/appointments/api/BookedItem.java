package org.onetrip.appointments.api;

import org.onetrip.disclosure.api.HallZone;

/**
 * The catalogue item a booking is for, as published when it was booked: its version fixes which
 * one-time notice (一次性告知) of materials the applicant was given.
 */
public record BookedItem(String code, String name, String departmentCode, HallZone hallZone, int version) {}
