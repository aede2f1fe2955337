package org.onetrip.cases.command;

import java.time.LocalDate;
import java.util.List;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.Rating;

/** Whole case histories from {@link Cases}, for tests of the read models outside this package. */
public final class CaseHistories {

    private CaseHistories() {}

    /** Every kind of change a case goes through: returns, transfers, proposals, extensions, reopening, closing. */
    public static List<CaseEvent> eventful() {
        return Cases.filed()
                .accepted()
                .assignedTo("minzheng")
                .returned()
                .assignedTo("v-sidian")
                .signedFor()
                .extensionRequested(3)
                .extensionApproved(LocalDate.parse("2026-03-05"))
                .transferProposed("minzheng")
                .transferRejected()
                .transferredTo("minzheng")
                .signedFor()
                .supervisionOpened()
                .answered()
                .rated(Rating.DISSATISFIED)
                .resultWithheld()
                .reopened()
                .progressNote()
                .resultRepublished()
                .answered()
                .rated(Rating.SATISFIED)
                .supervisionConcluded()
                .closed()
                .events()
                .stream()
                .map(CaseEvent.class::cast)
                .toList();
    }
}
