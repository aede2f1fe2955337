package org.onetrip.projections.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.Rating;
import org.onetrip.privacy.api.PersonalIdentifiers;

/**
 * A published handling result as the public search index holds it. Its identifier is {@link #publicId}, never
 * the receipt code: the code is the filer's key to track, rate and reopen the case, so no list may show it.
 * {@code withheld}: the intake desk keeps this result off the public pages.
 */
public record PublicCaseDocument(
        String publicId,
        CaseKind kind,
        CaseCategory category,
        String title,
        CaseStatus status,
        String departmentCode,
        List<String> departmentsInvolved,
        Instant filedAt,
        LocalDate dueDate,
        Instant answeredAt,
        Instant closedAt,
        String answer,
        Rating rating,
        Boolean answeredOnTime,
        long version,
        // written only when true: the public answers never carry it, searches leave such documents out
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean withheld) {

    /** The same with its texts masked ({@link PersonalIdentifiers}); masked text stays as it is. */
    PublicCaseDocument masked() {
        return new PublicCaseDocument(
                publicId,
                kind,
                category,
                PersonalIdentifiers.mask(title),
                status,
                departmentCode,
                departmentsInvolved,
                filedAt,
                dueDate,
                answeredAt,
                closedAt,
                PersonalIdentifiers.mask(answer),
                rating,
                answeredOnTime,
                version,
                withheld);
    }

    /** A result the intake desk keeps off the public pages: nothing of it but what keeps the index consistent. */
    static PublicCaseDocument withheld(String publicId, CaseStatus status, long version) {
        return new PublicCaseDocument(
                publicId, null, null, null, status, null, List.of(), null, null, null, null, null, null, null, version,
                true);
    }
}
