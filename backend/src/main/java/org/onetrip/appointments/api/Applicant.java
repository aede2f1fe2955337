package org.onetrip.appointments.api;

import org.onetrip.privacy.api.ContactDetails;

/** Who booked, as the booking command carries it; the event stores it only encrypted. */
public record Applicant(String name, String phone, String email, String wechatOpenId) {

    public ContactDetails contact() {
        return new ContactDetails(blankToNull(name), blankToNull(phone), blankToNull(email), blankToNull(wechatOpenId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
