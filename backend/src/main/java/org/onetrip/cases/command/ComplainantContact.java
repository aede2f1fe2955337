package org.onetrip.cases.command;

import static org.onetrip.cases.command.CaseRules.roleIn;
import static org.onetrip.cases.command.Violation.firstOf;
import static org.onetrip.shared.api.Role.ADMIN;
import static org.onetrip.shared.api.Role.DISCIPLINE;
import static org.onetrip.shared.api.Role.INTAKE;
import static org.onetrip.shared.api.Role.SYSTEM;

import org.onetrip.cases.api.CaseCommand;
import org.onetrip.cases.api.ComplainantContactResponse;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.ContactStatus;
import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.privacy.command.ContactVault;

/**
 * The complainant's contact data as the case keeps it, and the privacy policy over it (PIPL): only the
 * intake desk and the discipline office may look, and only with a recorded reason; the discipline
 * office, an administrator or the retention job may erase it. {@code sealed} is the ciphertext (null
 * when none was given or after erasure); {@code legacy} the clear text of a filing stored before
 * encryption, hidden once erased.
 */
record ComplainantContact(boolean anonymous, EncryptedContact sealed, ContactDetails legacy, boolean erased) {

    static final ComplainantContact NONE = new ComplainantContact(true, null, null, false);

    static ComplainantContact filed(FiledComplainant complainant) {
        var filed = complainant == null ? FiledComplainant.NONE : complainant;
        return new ComplainantContact(filed.anonymous(), filed.contact(), filed.legacyPlaintext(), false);
    }

    ComplainantContact erase() {
        return new ComplainantContact(anonymous, null, null, true);
    }

    static Violation mayView(CaseCommand command) {
        return roleIn(command, INTAKE, DISCIPLINE);
    }

    Violation mayErase(CaseCommand command) {
        return firstOf(
                roleIn(command, DISCIPLINE, ADMIN, SYSTEM),
                erased ? new Violation(RefusalReason.WRONG_STATE, "the contact data is already erased") : null,
                sealed == null && legacy == null
                        ? new Violation(RefusalReason.WRONG_STATE, "the complainant left no contact data")
                        : null);
    }

    /** What a recorded view shows: decrypted while the key exists, otherwise only why not. */
    ComplainantContactResponse show(String caseId, ContactVault vault) {
        if (erased) {
            return ComplainantContactResponse.without(caseId, ContactStatus.ERASED, anonymous);
        }
        if (sealed != null) {
            return vault.open(caseId, sealed)
                    .map(details -> ComplainantContactResponse.available(caseId, anonymous, details))
                    .orElseGet(() -> ComplainantContactResponse.without(caseId, ContactStatus.ERASED, anonymous));
        }
        if (legacy != null) {
            return ComplainantContactResponse.available(caseId, anonymous, legacy);
        }
        return ComplainantContactResponse.without(caseId, ContactStatus.NONE, anonymous);
    }

    /** The key to destroy with the erasure; null for a legacy filing, whose clear text cannot be shredded. */
    String keyId() {
        return sealed == null ? null : sealed.keyId();
    }
}
