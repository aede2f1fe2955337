package org.onetrip.cases.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.EncryptedContact;

/**
 * The complainant as {@link CaseFiledEvent} stores it: {@code anonymous} in clear, the contact data
 * only as {@link EncryptedContact} (null when none was given).
 *
 * <p>Events stored before encryption carry {@code name}, {@code phone}, {@code email} in clear. They
 * are read as stored, never rewritten (the hash chain covers the stored bytes), so the three legacy
 * properties stay readable here; new events never write them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FiledComplainant(
        boolean anonymous,
        EncryptedContact contact,
        @JsonProperty("name") String legacyName,
        @JsonProperty("phone") String legacyPhone,
        @JsonProperty("email") String legacyEmail) {

    public static final FiledComplainant NONE = new FiledComplainant(true, null, null, null, null);

    public static FiledComplainant encrypted(boolean anonymous, EncryptedContact contact) {
        return new FiledComplainant(anonymous, contact, null, null, null);
    }

    /** The plaintext contact of an event stored before encryption, or null. */
    @JsonIgnore
    public ContactDetails legacyPlaintext() {
        var details = new ContactDetails(legacyName, legacyPhone, legacyEmail);
        return details.isEmpty() ? null : details;
    }
}
