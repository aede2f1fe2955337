package org.onetrip.appointments.application;

/** What a booking form or API client sends; contact fields are optional but one way to reach the applicant is not. */
public record BookingRequest(
        String slotId, String serviceItemCode, String name, String phone, String email, String wechatOpenId) {}
