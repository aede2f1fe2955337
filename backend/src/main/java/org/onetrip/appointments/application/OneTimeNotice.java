package org.onetrip.appointments.application;

import java.util.List;

/**
 * 一次性告知: everything an applicant must bring and know, told once and completely when they book,
 * from the catalogue version in force at booking.
 */
public record OneTimeNotice(
        String itemCode,
        String itemName,
        int itemVersion,
        String departmentName,
        List<String> conditions,
        List<String> materials,
        String fees,
        String windowLocation,
        Integer promisedTimeLimitDays) {}
