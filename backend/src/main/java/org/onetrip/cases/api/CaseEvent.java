package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

/**
 * Every fact about a case names the case and carries its provenance. Sealed: these are all the events
 * a case's stream can hold, and {@link CaseState#step} is the one place that says what each changes.
 */
public sealed interface CaseEvent
        permits AccountabilityRecordedEvent,
                AllegationReviewedEvent,
                CaseAcceptedEvent,
                CaseAnsweredEvent,
                CaseAssignedEvent,
                CaseClosedEvent,
                CaseCommandRefusedEvent,
                CaseDeclinedEvent,
                CaseFiledEvent,
                CaseMergedIntoEvent,
                CaseRatedEvent,
                CaseReopenedEvent,
                CaseReturnedEvent,
                CaseSignedForEvent,
                CaseTransferredEvent,
                ComplainantContactErasedEvent,
                ComplainantContactViewedEvent,
                ConflictOfInterestDecidedEvent,
                ConflictOfInterestDecisionRequestedEvent,
                DuplicateCaseMergedEvent,
                ExtensionApprovedEvent,
                ExtensionDeniedEvent,
                ExtensionRequestedEvent,
                FilerNotifiedEvent,
                ProgressNoteAddedEvent,
                ResultRepublishedEvent,
                ResultWithheldEvent,
                SupervisionConcludedEvent,
                SupervisionOpenedEvent,
                TransferProposedEvent,
                TransferRejectedEvent {
    String caseId();

    EventContext context();
}
