package org.onetrip.cases.command;

import static org.onetrip.cases.command.CaseCommands.accept;
import static org.onetrip.cases.command.CaseCommands.answer;
import static org.onetrip.cases.command.CaseCommands.approveExtension;
import static org.onetrip.cases.command.CaseCommands.assign;
import static org.onetrip.cases.command.CaseCommands.close;
import static org.onetrip.cases.command.CaseCommands.decline;
import static org.onetrip.cases.command.CaseCommands.denyExtension;
import static org.onetrip.cases.command.CaseCommands.file;
import static org.onetrip.cases.command.CaseCommands.progressNote;
import static org.onetrip.cases.command.CaseCommands.rate;
import static org.onetrip.cases.command.CaseCommands.reopen;
import static org.onetrip.cases.command.CaseCommands.requestExtension;
import static org.onetrip.cases.command.CaseCommands.returnCase;
import static org.onetrip.cases.command.CaseCommands.signFor;
import static org.onetrip.cases.command.CaseCommands.transfer;
import static org.onetrip.cases.command.Cases.CALENDAR_VERSION;
import static org.onetrip.cases.command.Cases.CASE_ID;
import static org.onetrip.cases.command.Cases.DESCRIPTION;
import static org.onetrip.cases.command.Cases.GIVEN_DUE_DATE;
import static org.onetrip.cases.command.Cases.RECEIPT_CODE;
import static org.onetrip.cases.command.Cases.TITLE;
import static org.onetrip.cases.command.Cases.accepted;
import static org.onetrip.cases.command.Cases.answeredBy;
import static org.onetrip.cases.command.Cases.assignedTo;
import static org.onetrip.cases.command.Cases.filed;
import static org.onetrip.cases.command.Cases.handler;
import static org.onetrip.cases.command.Cases.intake;
import static org.onetrip.cases.command.Cases.publicPerson;
import static org.onetrip.cases.command.Cases.ratedBy;
import static org.onetrip.cases.command.Cases.signedForBy;

import java.time.LocalDate;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.CommandOutcome.Done;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.DeadlineBasis;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.cases.api.ExtensionDeniedEvent;
import org.onetrip.cases.api.ExtensionRequestedEvent;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.ProgressNoteAddedEvent;
import org.onetrip.cases.api.Rating;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Every transition of a case, one given/when/then each, with the exact events recorded. */
class CaseLifecycleTest extends CaseFixtureTest {

    // ---- filing

    @Test
    void the_public_file_a_case_through_the_portal() {
        fixture.givenNoPriorActivity()
                .when(file(publicPerson(), Channel.PORTAL))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CaseFiledEvent(
                        CASE_ID,
                        context(1, publicPerson(), Channel.PORTAL),
                        RECEIPT_CODE.value(),
                        CaseKind.COMPLAINT,
                        CaseCategory.MORE_THAN_ONE_TRIP,
                        TITLE,
                        DESCRIPTION,
                        null,
                        "guotu",
                        FiledComplainant.NONE));
    }

    @Test
    void intake_registers_a_case_that_came_in_on_the_hotline_and_keeps_the_contact_data_encrypted() {
        var complainant = new Complainant("张三", "13800000000", null, true);
        var expected = new CaseFiledEvent(
                CASE_ID,
                context(1, intake(), Channel.HOTLINE),
                RECEIPT_CODE.value(),
                CaseKind.ENQUIRY,
                CaseCategory.UNCLEAR_REQUIREMENTS,
                TITLE,
                DESCRIPTION,
                "svc-042",
                null,
                null);
        fixture.givenNoPriorActivity()
                .when(new FileCaseCommand(
                        CASE_ID,
                        intake(),
                        Channel.HOTLINE,
                        RECEIPT_CODE,
                        CaseKind.ENQUIRY,
                        CaseCategory.UNCLEAR_REQUIREMENTS,
                        TITLE,
                        DESCRIPTION,
                        "svc-042",
                        null,
                        complainant))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        filedWithEncrypted(expected, new ContactDetails("张三", "13800000000", null), true),
                        Matchers.andNoMore())));
    }

    /** The filing as expected, with contact data that is no plaintext but decrypts back to {@code contact}. */
    static Matcher<Object> filedWithEncrypted(CaseFiledEvent expected, ContactDetails contact, boolean anonymous) {
        return new CustomTypeSafeMatcher<>("CaseFiledEvent with encrypted " + contact) {
            @Override
            protected boolean matchesSafely(Object item) {
                if (!(item instanceof CaseFiledEvent filed)
                        || filed.complainant() == null
                        || filed.complainant().contact() == null) {
                    return false;
                }
                var sealed = filed.complainant().contact();
                var withoutContact = new CaseFiledEvent(
                        filed.caseId(),
                        filed.context(),
                        filed.receiptCode(),
                        filed.kind(),
                        filed.category(),
                        filed.title(),
                        filed.description(),
                        filed.serviceItemCode(),
                        filed.concernedDepartmentCode(),
                        null);
                return withoutContact.equals(expected)
                        && filed.complainant().anonymous() == anonymous
                        && filed.complainant().legacyPlaintext() == null
                        && !filed.toString().contains(contact.phone())
                        && VAULT.open(filed.caseId(), sealed).orElseThrow().equals(contact)
                        && KEYS.holds(sealed.keyId());
            }
        };
    }

    @Test
    void the_system_may_file_a_case_too() {
        fixture.givenNoPriorActivity()
                .when(file(Actor.SYSTEM, Channel.SYSTEM))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CaseFiledEvent(
                        CASE_ID,
                        context(1, Actor.SYSTEM, Channel.SYSTEM),
                        RECEIPT_CODE.value(),
                        CaseKind.COMPLAINT,
                        CaseCategory.MORE_THAN_ONE_TRIP,
                        TITLE,
                        DESCRIPTION,
                        null,
                        "guotu",
                        FiledComplainant.NONE));
    }

    @Test
    void a_filed_case_without_category_is_other_without_complainant_has_none_and_its_title_is_trimmed() {
        fixture.givenNoPriorActivity()
                .when(new FileCaseCommand(
                        CASE_ID,
                        publicPerson(),
                        Channel.PORTAL,
                        RECEIPT_CODE,
                        CaseKind.SUGGESTION,
                        null,
                        "  " + TITLE + "\n",
                        DESCRIPTION,
                        null,
                        null,
                        null))
                .expectEvents(new CaseFiledEvent(
                        CASE_ID,
                        context(1, publicPerson(), Channel.PORTAL),
                        RECEIPT_CODE.value(),
                        CaseKind.SUGGESTION,
                        CaseCategory.OTHER,
                        TITLE,
                        DESCRIPTION,
                        null,
                        null,
                        FiledComplainant.NONE));
    }

    // ---- accepting and declining

    @Test
    void intake_accepts_a_filed_case() {
        given(filed())
                .when(accept(intake()))
                .expectEvents(new CaseAcceptedEvent(CASE_ID, by(intake()), "a matter for 国土所"))
                .expectResultMessagePayload(new Done(CaseStatus.ACCEPTED));
    }

    @Test
    void intake_declines_a_filed_case_with_a_reason() {
        given(filed())
                .when(decline(intake(), "a civil dispute between neighbours: go to court"))
                .expectEvents(
                        new CaseDeclinedEvent(CASE_ID, by(intake()), "a civil dispute between neighbours: go to court"))
                .expectResultMessagePayload(new Done(CaseStatus.DECLINED));
    }

    // ---- assigning and signing for

    @Test
    void intake_assigns_an_accepted_case_to_a_department() {
        given(accepted())
                .when(assign(intake(), "guotu"))
                .expectEvents(new CaseAssignedEvent(
                        CASE_ID,
                        by(intake()),
                        "guotu",
                        "reply within the limit",
                        LocalDate.parse("2026-03-10"),
                        13,
                        CALENDAR_VERSION,
                        DeadlineBasis.FIRST_ASSIGNMENT,
                        null))
                .expectResultMessagePayload(new Done(CaseStatus.ASSIGNED));
    }

    @Test
    void the_department_holding_the_case_signs_for_it() {
        given(assignedTo("guotu"))
                .when(signFor(handler("guotu")))
                .expectEvents(new CaseSignedForEvent(CASE_ID, by(handler("guotu")), "guotu"))
                .expectResultMessagePayload(new Done(CaseStatus.IN_PROGRESS));
    }

    @Test
    void a_department_that_received_a_transferred_case_signs_for_it() {
        given(signedForBy("guotu").transferredTo("v-sidian"))
                .when(signFor(handler("v-sidian")))
                .expectEvents(new CaseSignedForEvent(CASE_ID, by(handler("v-sidian")), "v-sidian"))
                .expectResultMessagePayload(new Done(CaseStatus.IN_PROGRESS));
    }

    // ---- handling

    @Test
    void the_signed_department_adds_a_progress_note() {
        given(signedForBy("guotu"))
                .when(progressNote(handler("guotu"), "surveyor visits on Tuesday"))
                .expectEvents(new ProgressNoteAddedEvent(
                        CASE_ID, by(handler("guotu")), "guotu", "surveyor visits on Tuesday"))
                .expectResultMessagePayload(new Done(CaseStatus.IN_PROGRESS));
    }

    @Test
    void the_signed_department_asks_for_more_time() {
        given(signedForBy("guotu"))
                .when(requestExtension(handler("guotu"), 5))
                .expectEvents(new ExtensionRequestedEvent(
                        CASE_ID, by(handler("guotu")), "guotu", 5, "waiting for the county survey"))
                .expectResultMessagePayload(new Done(CaseStatus.IN_PROGRESS));
    }

    @Test
    void intake_approves_a_pending_extension_and_the_due_date_moves_by_working_days() {
        // due Thu Feb 26; +5: Fri 27 = 1, Sat 28 (make-up) = 2, Mon Mar 2 = 3, Tue 3 = 4, Wed 4 = 5
        given(signedForBy("guotu").extensionRequested(5))
                .when(approveExtension(intake()))
                .expectEvents(new ExtensionApprovedEvent(
                        CASE_ID,
                        by(intake()),
                        "guotu",
                        5,
                        GIVEN_DUE_DATE,
                        LocalDate.parse("2026-03-04"),
                        CALENDAR_VERSION,
                        "survey confirmed late"))
                .expectResultMessagePayload(new Done(CaseStatus.IN_PROGRESS));
    }

    @Test
    void intake_denies_a_pending_extension_with_a_reason() {
        given(signedForBy("guotu").extensionRequested(5))
                .when(denyExtension(intake(), "the survey is not needed for the answer"))
                .expectEvents(new ExtensionDeniedEvent(
                        CASE_ID, by(intake()), "guotu", 5, "the survey is not needed for the answer"))
                .expectResultMessagePayload(new Done(CaseStatus.IN_PROGRESS));
    }

    @Test
    void after_a_denial_the_department_may_ask_again() {
        given(signedForBy("guotu").extensionRequested(5).extensionDenied())
                .when(requestExtension(handler("guotu"), 2))
                .expectEvents(new ExtensionRequestedEvent(
                        CASE_ID, by(handler("guotu")), "guotu", 2, "waiting for the county survey"));
    }

    @Test
    void the_holding_department_returns_a_case_that_is_not_theirs() {
        given(signedForBy("guotu"))
                .when(returnCase(handler("guotu"), "this is a forestry matter"))
                .expectEvents(
                        new CaseReturnedEvent(CASE_ID, by(handler("guotu")), "guotu", "this is a forestry matter"))
                .expectResultMessagePayload(new Done(CaseStatus.RETURNED));
    }

    @Test
    void a_department_may_return_a_case_without_signing_for_it() {
        given(assignedTo("guotu"))
                .when(returnCase(handler("guotu"), "this is a forestry matter"))
                .expectEvents(
                        new CaseReturnedEvent(CASE_ID, by(handler("guotu")), "guotu", "this is a forestry matter"))
                .expectResultMessagePayload(new Done(CaseStatus.RETURNED));
    }

    @Test
    void intake_assigns_a_returned_case_again() {
        given(assignedTo("guotu").returned())
                .when(assign(intake(), "linye"))
                .expectEvents(new CaseAssignedEvent(
                        CASE_ID,
                        by(intake()),
                        "linye",
                        "reply within the limit",
                        GIVEN_DUE_DATE,
                        13,
                        CALENDAR_VERSION,
                        DeadlineBasis.KEPT,
                        null))
                .expectResultMessagePayload(new Done(CaseStatus.ASSIGNED));
    }

    @Test
    void intake_may_transfer_a_case_held_by_any_department() {
        given(assignedTo("guotu"))
                .when(transfer(intake(), "linye"))
                .expectEvents(new CaseTransferredEvent(
                        CASE_ID, by(intake()), "guotu", "linye", "the land use belongs to the village", GIVEN_DUE_DATE))
                .expectResultMessagePayload(new Done(CaseStatus.ASSIGNED));
    }

    @Test
    void the_signed_department_answers() {
        given(signedForBy("guotu"))
                .when(answer(handler("guotu"), "The certificate can be collected; no further visit needed."))
                .expectEvents(new CaseAnsweredEvent(
                        CASE_ID,
                        by(handler("guotu")),
                        "guotu",
                        "The certificate can be collected; no further visit needed."))
                .expectResultMessagePayload(new Done(CaseStatus.ANSWERED));
    }

    // ---- rating, reopening, closing

    @Test
    void the_public_rate_the_answer() {
        given(answeredBy("guotu"))
                .when(rate(publicPerson(), Rating.VERY_SATISFIED))
                .expectEvents(new CaseRatedEvent(CASE_ID, by(publicPerson()), Rating.VERY_SATISFIED, "thanks"))
                .expectResultMessagePayload(new Done(CaseStatus.RATED));
    }

    @Test
    void intake_records_a_rating_given_on_the_phone() {
        given(answeredBy("guotu"))
                .when(rate(intake(), Rating.BASICALLY_SATISFIED))
                .expectEvents(new CaseRatedEvent(CASE_ID, by(intake()), Rating.BASICALLY_SATISFIED, "thanks"))
                .expectResultMessagePayload(new Done(CaseStatus.RATED));
    }

    @Test
    void intake_reopens_a_case_rated_badly_at_the_answering_department_with_a_rectification_deadline() {
        // 10 working days from Fri Feb 13: Sat 14 = 1, Feb 15-23 off, Feb 24-27 = 2..5, Sat 28 = 6, Mar 2-5 = 7..10
        given(ratedBy("guotu", Rating.DISSATISFIED))
                .when(reopen(intake(), "the complainant was sent back again"))
                .expectEvents(new CaseReopenedEvent(
                        CASE_ID,
                        by(intake()),
                        "guotu",
                        "the complainant was sent back again",
                        LocalDate.parse("2026-03-05"),
                        10,
                        CALENDAR_VERSION))
                .expectResultMessagePayload(new Done(CaseStatus.IN_PROGRESS));
    }

    @Test
    void a_reopened_case_can_be_answered_again_by_the_answering_department_without_signing_anew() {
        given(signedForBy("guotu")
                        .transferredTo("v-sidian")
                        .signedFor()
                        .answered()
                        .rated(Rating.VERY_DISSATISFIED)
                        .reopened())
                .when(answer(handler("v-sidian"), "Corrected: the stamp is not needed."))
                .expectEvents(new CaseAnsweredEvent(
                        CASE_ID, by(handler("v-sidian")), "v-sidian", "Corrected: the stamp is not needed."))
                .expectResultMessagePayload(new Done(CaseStatus.ANSWERED));
    }

    @Test
    void a_case_answered_again_after_reopening_can_be_rated_again() {
        given(ratedBy("guotu", Rating.DISSATISFIED).reopened().answered())
                .when(rate(publicPerson(), Rating.SATISFIED))
                .expectEvents(new CaseRatedEvent(CASE_ID, by(publicPerson()), Rating.SATISFIED, "thanks"))
                .expectResultMessagePayload(new Done(CaseStatus.RATED));
    }

    @Test
    void intake_closes_a_case_after_a_good_rating() {
        given(ratedBy("guotu", Rating.SATISFIED))
                .when(close(intake(), null))
                .expectEvents(new CaseClosedEvent(CASE_ID, by(intake()), null, Rating.SATISFIED))
                .expectResultMessagePayload(new Done(CaseStatus.CLOSED));
    }

    @Test
    void intake_closes_an_answered_case_nobody_rated() {
        given(answeredBy("guotu"))
                .when(close(intake(), "no rating within 7 days"))
                .expectEvents(new CaseClosedEvent(CASE_ID, by(intake()), "no rating within 7 days", null))
                .expectResultMessagePayload(new Done(CaseStatus.CLOSED));
    }

    @Test
    void intake_closes_a_case_rated_badly_when_it_says_why() {
        given(ratedBy("guotu", Rating.VERY_DISSATISFIED))
                .when(close(intake(), "the request is against the land law; explained in person"))
                .expectEvents(new CaseClosedEvent(
                        CASE_ID,
                        by(intake()),
                        "the request is against the land law; explained in person",
                        Rating.VERY_DISSATISFIED))
                .expectResultMessagePayload(new Done(CaseStatus.CLOSED));
    }
}
