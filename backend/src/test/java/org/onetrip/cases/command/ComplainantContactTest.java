package org.onetrip.cases.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.cases.command.Cases.CASE_ID;
import static org.onetrip.cases.command.Cases.DESCRIPTION;
import static org.onetrip.cases.command.Cases.GIVEN_AT;
import static org.onetrip.cases.command.Cases.RECEIPT_CODE;
import static org.onetrip.cases.command.Cases.TITLE;
import static org.onetrip.cases.command.Cases.admin;
import static org.onetrip.cases.command.Cases.discipline;
import static org.onetrip.cases.command.Cases.handler;
import static org.onetrip.cases.command.Cases.intake;

import java.util.List;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.ComplainantContactErasedEvent;
import org.onetrip.cases.api.ComplainantContactResponse;
import org.onetrip.cases.api.ComplainantContactViewedEvent;
import org.onetrip.cases.api.EraseComplainantContactCommand;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.cases.api.ViewComplainantContactCommand;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.ContactStatus;
import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;

/** Recorded views and erasure of the complainant's contact data. */
class ComplainantContactTest extends CaseFixtureTest {

    private static final ContactDetails ZHANG = new ContactDetails("张三", "13800000000", "zhang@example.cn");

    private static CaseFiledEvent filedWith(FiledComplainant complainant) {
        return new CaseFiledEvent(
                CASE_ID,
                new EventContext("given-0", Actor.PUBLIC, Channel.PORTAL, GIVEN_AT),
                RECEIPT_CODE.value(),
                CaseKind.COMPLAINT,
                CaseCategory.BUCK_PASSING,
                TITLE,
                DESCRIPTION,
                null,
                "guotu",
                complainant);
    }

    private static EncryptedContact sealed() {
        return VAULT.seal(CASE_ID, ZHANG);
    }

    private TestExecutor<Case> givenEncrypted(EncryptedContact contact, boolean anonymous) {
        return fixture.given(filedWith(FiledComplainant.encrypted(anonymous, contact)));
    }

    private static ViewComplainantContactCommand view(Actor actor, String reason) {
        return new ViewComplainantContactCommand(CASE_ID, actor, Channel.WORKBENCH, reason, null);
    }

    private static EraseComplainantContactCommand erase(Actor actor) {
        return new EraseComplainantContactCommand(CASE_ID, actor, Channel.WORKBENCH, "the complainant asked", null);
    }

    @Test
    void intake_sees_the_decrypted_contact_and_the_view_is_recorded_with_who_when_and_why() {
        givenEncrypted(sealed(), false)
                .when(view(intake(), "calling back about the answer"))
                .expectEvents(new ComplainantContactViewedEvent(
                        CASE_ID,
                        context(1, intake(), Channel.WORKBENCH),
                        "calling back about the answer",
                        ContactStatus.AVAILABLE))
                .expectResultMessagePayload(
                        new CommandOutcome.ContactShown(ComplainantContactResponse.available(CASE_ID, false, ZHANG)));
    }

    @Test
    void discipline_sees_an_anonymous_complainants_contact_too() {
        givenEncrypted(sealed(), true)
                .when(view(discipline(), "supervision interview"))
                .expectEvents(new ComplainantContactViewedEvent(
                        CASE_ID,
                        context(1, discipline(), Channel.WORKBENCH),
                        "supervision interview",
                        ContactStatus.AVAILABLE))
                .expectResultMessagePayload(
                        new CommandOutcome.ContactShown(ComplainantContactResponse.available(CASE_ID, true, ZHANG)));
    }

    @Test
    void a_handler_an_auditor_and_an_admin_never_see_it_and_their_attempts_are_recorded() {
        for (var actor : List.of(handler("guotu"), Cases.auditor(), admin())) {
            newFixture();
            expectRecordedRefusal(
                    givenEncrypted(sealed(), true),
                    view(actor, "curious"),
                    RefusalReason.ROLE_NOT_ALLOWED,
                    actor.role() + " may not view complainant contact");
        }
    }

    @Test
    void a_view_needs_a_reason_of_at_most_200_characters() {
        expectInvalid(givenEncrypted(sealed(), false), view(intake(), " "), "reason");
        newFixture();
        expectInvalid(givenEncrypted(sealed(), false), view(intake(), "x".repeat(201)), "reason");
    }

    @Test
    void discipline_erases_the_contact_by_destroying_its_key_and_the_erasure_is_recorded() {
        var contact = sealed();
        givenEncrypted(contact, false)
                .when(erase(discipline()))
                .expectEvents(new ComplainantContactErasedEvent(
                        CASE_ID, context(1, discipline(), Channel.WORKBENCH), "the complainant asked", contact.keyId()))
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.instanceOf(CommandOutcome.Done.class));
        assertThat(KEYS.holds(contact.keyId())).isFalse();
        assertThat(VAULT.open(CASE_ID, contact)).isEmpty();
    }

    @Test
    void after_erasure_a_view_says_erased_and_is_still_recorded() {
        var contact = sealed();
        fixture.given(
                        filedWith(FiledComplainant.encrypted(false, contact)),
                        new ComplainantContactErasedEvent(
                                CASE_ID,
                                new EventContext("given-1", admin(), Channel.WORKBENCH, GIVEN_AT),
                                "retention",
                                contact.keyId()))
                .when(view(intake(), "calling back"))
                .expectEvents(new ComplainantContactViewedEvent(
                        CASE_ID, context(1, intake(), Channel.WORKBENCH), "calling back", ContactStatus.ERASED))
                .expectResultMessagePayload(new CommandOutcome.ContactShown(
                        ComplainantContactResponse.without(CASE_ID, ContactStatus.ERASED, false)));
    }

    @Test
    void a_key_destroyed_outside_the_case_also_reads_as_erased() {
        var contact = sealed();
        KEYS.erase(contact.keyId());
        givenEncrypted(contact, false)
                .when(view(intake(), "calling back"))
                .expectResultMessagePayload(new CommandOutcome.ContactShown(
                        ComplainantContactResponse.without(CASE_ID, ContactStatus.ERASED, false)));
    }

    @Test
    void only_discipline_admin_or_the_system_erase_and_only_once_and_only_what_exists() {
        expectRecordedRefusal(
                givenEncrypted(sealed(), false),
                erase(intake()),
                RefusalReason.ROLE_NOT_ALLOWED,
                "INTAKE may not erase complainant contact");
        newFixture();
        var contact = sealed();
        expectRecordedRefusal(
                fixture.given(
                        filedWith(FiledComplainant.encrypted(false, contact)),
                        new ComplainantContactErasedEvent(
                                CASE_ID,
                                new EventContext("given-1", admin(), Channel.WORKBENCH, GIVEN_AT),
                                "asked",
                                contact.keyId())),
                erase(admin()),
                RefusalReason.WRONG_STATE,
                "the contact data is already erased");
        newFixture();
        expectRecordedRefusal(
                fixture.given(filedWith(FiledComplainant.NONE)),
                erase(Actor.SYSTEM),
                RefusalReason.WRONG_STATE,
                "the complainant left no contact data");
    }

    @Test
    void a_case_filed_before_encryption_still_shows_its_plaintext_until_erased() {
        var legacy = new FiledComplainant(false, null, "李四", "13812345678", null);
        fixture.given(filedWith(legacy))
                .when(view(intake(), "calling back"))
                .expectResultMessagePayload(new CommandOutcome.ContactShown(ComplainantContactResponse.available(
                        CASE_ID, false, new ContactDetails("李四", "13812345678", null))));
        newFixture();
        fixture.given(filedWith(legacy))
                .when(erase(discipline()))
                .expectEvents(new ComplainantContactErasedEvent(
                        CASE_ID, context(1, discipline(), Channel.WORKBENCH), "the complainant asked", null));
        newFixture();
        fixture.given(
                        filedWith(legacy),
                        new ComplainantContactErasedEvent(
                                CASE_ID,
                                new EventContext("given-1", admin(), Channel.WORKBENCH, GIVEN_AT),
                                "asked",
                                null))
                .when(view(discipline(), "check"))
                .expectResultMessagePayload(new CommandOutcome.ContactShown(
                        ComplainantContactResponse.without(CASE_ID, ContactStatus.ERASED, false)));
    }
}
