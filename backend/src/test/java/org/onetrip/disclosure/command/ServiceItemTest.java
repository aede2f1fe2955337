package org.onetrip.disclosure.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.onetrip.disclosure.api.DisclosureRefusalReason.BATCH_NAME_TAKEN;
import static org.onetrip.disclosure.api.DisclosureRefusalReason.BATCH_NOT_READY;
import static org.onetrip.disclosure.api.DisclosureRefusalReason.INCOMPLETE;
import static org.onetrip.disclosure.api.DisclosureRefusalReason.NO_CHANGE;
import static org.onetrip.disclosure.api.DisclosureRefusalReason.ROLE_NOT_ALLOWED;
import static org.onetrip.disclosure.api.DisclosureRefusalReason.VAGUE_WORDING_NOT_ACKNOWLEDGED;
import static org.onetrip.disclosure.api.DisclosureRefusalReason.WRONG_STATE;
import static org.onetrip.disclosure.command.DisclosureFixtures.ADMIN;
import static org.onetrip.disclosure.command.DisclosureFixtures.AUDITOR;
import static org.onetrip.disclosure.command.DisclosureFixtures.CIVIL_AFFAIRS;
import static org.onetrip.disclosure.command.DisclosureFixtures.DEPARTMENTS;
import static org.onetrip.disclosure.command.DisclosureFixtures.EDITOR;
import static org.onetrip.disclosure.command.DisclosureFixtures.INTAKE_ELSEWHERE;
import static org.onetrip.disclosure.command.DisclosureFixtures.LAND_OFFICE;
import static org.onetrip.disclosure.command.DisclosureFixtures.OFFICE_EDITOR;
import static org.onetrip.disclosure.command.DisclosureFixtures.complete;
import static org.onetrip.disclosure.command.DisclosureFixtures.context;
import static org.onetrip.disclosure.command.DisclosureFixtures.draftOnly;
import static org.onetrip.disclosure.command.DisclosureFixtures.given;
import static org.onetrip.disclosure.command.DisclosureFixtures.invalid;
import static org.onetrip.disclosure.command.DisclosureFixtures.promising;
import static org.onetrip.disclosure.command.DisclosureFixtures.refusal;
import static org.onetrip.disclosure.command.DisclosureFixtures.refusedOutcome;
import static org.onetrip.disclosure.command.DisclosureFixtures.thrownRefusal;
import static org.onetrip.disclosure.command.DisclosureFixtures.vague;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.disclosure.api.CreateServiceItemDraftCommand;
import org.onetrip.disclosure.api.DisclosureOutcome;
import org.onetrip.disclosure.api.EditServiceItemDraftCommand;
import org.onetrip.disclosure.api.PublishServiceItemBatchCommand;
import org.onetrip.disclosure.api.ReviseServiceItemCommand;
import org.onetrip.disclosure.api.ServiceItemContent;
import org.onetrip.disclosure.api.ServiceItemDraftCreatedEvent;
import org.onetrip.disclosure.api.ServiceItemDraftEditedEvent;
import org.onetrip.disclosure.api.ServiceItemPublishedEvent;
import org.onetrip.disclosure.api.ServiceItemRevisedEvent;
import org.onetrip.disclosure.api.ServiceItemWithdrawnEvent;
import org.onetrip.disclosure.api.VagueWordingDetector;
import org.onetrip.disclosure.api.WithdrawServiceItemCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Every rule and refusal of {@link ServiceItem} and of publishing it in a batch. */
class ServiceItemTest {

    static final String CODE = "MZ-001";
    static final String BATCH = "batch-1";

    private FixtureConfiguration<ServiceItem> fixture;
    private final Set<String> takenNames = new HashSet<>();

    @BeforeEach
    void setUp() {
        var contexts = DisclosureFixtures.contexts();
        fixture = new AggregateTestFixture<>(ServiceItem.class);
        fixture.registerInjectableResource(contexts);
        fixture.registerInjectableResource(DEPARTMENTS);
        fixture.registerAnnotatedCommandHandler(
                new ServiceItemBatchHandler(fixture.getRepository(), contexts, takenNames::contains));
    }

    // ---- drafts

    @Test
    void an_editor_starts_a_draft_that_may_be_incomplete() {
        fixture.givenNoPriorActivity()
                .when(new CreateServiceItemDraftCommand(CODE, EDITOR, Channel.WORKBENCH, draftOnly()))
                .expectEvents(new ServiceItemDraftCreatedEvent(CODE, context(1, EDITOR), draftOnly()));
    }

    @Test
    void a_department_handler_drafts_items_of_its_own_department_only() {
        fixture.givenNoPriorActivity()
                .when(new CreateServiceItemDraftCommand(CODE, CIVIL_AFFAIRS, Channel.WORKBENCH, complete()))
                .expectEvents(new ServiceItemDraftCreatedEvent(CODE, context(1, CIVIL_AFFAIRS), complete()));
        setUp();
        fixture.givenNoPriorActivity()
                .when(new CreateServiceItemDraftCommand(CODE, LAND_OFFICE, Channel.WORKBENCH, complete()))
                .expectException(thrownRefusal(ROLE_NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void auditors_discipline_and_intake_of_other_departments_cannot_draft() {
        for (Actor actor : List.of(AUDITOR, DisclosureFixtures.DISCIPLINE, INTAKE_ELSEWHERE, Actor.PUBLIC)) {
            setUp();
            fixture.givenNoPriorActivity()
                    .when(new CreateServiceItemDraftCommand(CODE, actor, Channel.WORKBENCH, complete()))
                    .expectException(thrownRefusal(ROLE_NOT_ALLOWED))
                    .expectNoEvents();
        }
    }

    @Test
    void a_draft_needs_a_well_formed_code_a_known_department_and_content_within_limits() {
        fixture.givenNoPriorActivity()
                .when(new CreateServiceItemDraftCommand("mz 1", EDITOR, Channel.WORKBENCH, complete()))
                .expectException(invalid("code"))
                .expectNoEvents();
        setUp();
        fixture.givenNoPriorActivity()
                .when(new CreateServiceItemDraftCommand(CODE, EDITOR, Channel.WORKBENCH, null))
                .expectException(invalid("content"))
                .expectNoEvents();
        setUp();
        var c = complete();
        var elsewhere = new ServiceItemContent(
                c.name(),
                "nowhere",
                c.hallZone(),
                c.classification(),
                null,
                c.scope(),
                c.conditions(),
                c.materials(),
                30,
                20,
                c.fees(),
                c.processSteps(),
                c.howToApply());
        fixture.givenNoPriorActivity()
                .when(new CreateServiceItemDraftCommand(CODE, EDITOR, Channel.WORKBENCH, elsewhere))
                .expectException(invalid("content.departmentCode"))
                .expectNoEvents();
        setUp();
        var tooLong = new ServiceItemContent(
                "名".repeat(101), "minzheng", null, null, null, null, null, null, null, null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(new CreateServiceItemDraftCommand(CODE, EDITOR, Channel.WORKBENCH, tooLong))
                .expectException(invalid("content.name"))
                .expectNoEvents();
    }

    @Test
    void a_draft_is_edited_freely() {
        fixture.given(drafted(draftOnly()))
                .when(new EditServiceItemDraftCommand(CODE, EDITOR, Channel.WORKBENCH, complete(), null))
                .expectEvents(new ServiceItemDraftEditedEvent(CODE, context(1, EDITOR), complete()))
                .expectResultMessagePayload(new DisclosureOutcome.Done(CODE));
    }

    @Test
    void an_unchanged_edit_a_foreign_handler_and_an_edit_after_publication_are_recorded_refusals() {
        fixture.given(drafted(complete()))
                .when(new EditServiceItemDraftCommand(CODE, EDITOR, Channel.WORKBENCH, complete(), null))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(NO_CHANGE, "EditServiceItemDraftCommand"), andNoMore())))
                .expectResultMessagePayloadMatching(refusedOutcome(NO_CHANGE));
        setUp();
        fixture.given(drafted(complete()))
                .when(new EditServiceItemDraftCommand(CODE, LAND_OFFICE, Channel.WORKBENCH, draftOnly(), null))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(ROLE_NOT_ALLOWED, "EditServiceItemDraftCommand"), andNoMore())));
        setUp();
        fixture.given(published())
                .when(new EditServiceItemDraftCommand(CODE, EDITOR, Channel.WORKBENCH, promising(10), null))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(WRONG_STATE, "EditServiceItemDraftCommand"), andNoMore())))
                .expectResultMessagePayloadMatching(refusedOutcome(WRONG_STATE));
    }

    // ---- publication in a batch

    @Test
    void a_complete_draft_is_published_as_version_one_of_a_named_batch() {
        fixture.given(drafted(complete()))
                .when(batch(EDITOR, Map.of()))
                .expectEvents(new ServiceItemPublishedEvent(
                        CODE, context(1, EDITOR), 1, BATCH, "第一批", "首批", complete(), List.of(), null))
                .expectResultMessagePayload(new DisclosureOutcome.Done(BATCH));
    }

    @Test
    void the_office_editor_and_an_administrator_may_publish_too() {
        for (Actor actor : List.of(OFFICE_EDITOR, ADMIN)) {
            setUp();
            fixture.given(drafted(complete()))
                    .when(batch(actor, Map.of()))
                    .expectEvents(new ServiceItemPublishedEvent(
                            CODE, context(1, actor), 1, BATCH, "第一批", "首批", complete(), List.of(), null));
        }
    }

    @Test
    void an_incomplete_draft_is_not_published_and_the_refusal_is_recorded() {
        fixture.given(drafted(draftOnly()))
                .when(batch(EDITOR, Map.of()))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(INCOMPLETE, "PublishServiceItemBatchCommand"), andNoMore())))
                .expectResultMessagePayloadMatching(refusedOutcome(BATCH_NOT_READY));
    }

    @Test
    void a_promised_time_limit_beyond_the_legal_one_or_a_trip_exception_without_reason_is_incomplete() {
        fixture.given(drafted(promising(31)))
                .when(batch(EDITOR, Map.of()))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(INCOMPLETE, "PublishServiceItemBatchCommand"), andNoMore())));
        setUp();
        var c = complete();
        var exception = new ServiceItemContent(
                c.name(),
                c.departmentCode(),
                c.hallZone(),
                org.onetrip.disclosure.api.Classification.MORE_THAN_ONE_TRIP,
                " ",
                c.scope(),
                c.conditions(),
                c.materials(),
                30,
                20,
                c.fees(),
                c.processSteps(),
                c.howToApply());
        fixture.given(drafted(exception))
                .when(batch(EDITOR, Map.of()))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(INCOMPLETE, "PublishServiceItemBatchCommand"), andNoMore())));
    }

    @Test
    void vague_wording_blocks_publication_until_the_editor_acknowledges_it_with_a_reason() {
        fixture.given(drafted(vague()))
                .when(batch(EDITOR, Map.of()))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        refusal(VAGUE_WORDING_NOT_ACKNOWLEDGED, "PublishServiceItemBatchCommand"), andNoMore())))
                .expectResultMessagePayloadMatching(refusedOutcome(BATCH_NOT_READY));
        setUp();
        fixture.given(drafted(vague()))
                .when(batch(EDITOR, Map.of(CODE, " 证明种类因户而异，窗口一次性书面告知。 ")))
                .expectEvents(new ServiceItemPublishedEvent(
                        CODE,
                        context(1, EDITOR),
                        1,
                        BATCH,
                        "第一批",
                        "首批",
                        vague(),
                        VagueWordingDetector.inspect(vague()),
                        "证明种类因户而异，窗口一次性书面告知。"));
    }

    @Test
    void a_published_or_withdrawn_item_cannot_be_published_again() {
        fixture.given(published())
                .when(batch(EDITOR, Map.of()))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(WRONG_STATE, "PublishServiceItemBatchCommand"), andNoMore())));
        setUp();
        fixture.given(withdrawn())
                .when(batch(EDITOR, Map.of()))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(WRONG_STATE, "PublishServiceItemBatchCommand"), andNoMore())));
    }

    @Test
    void only_editors_publish_and_a_batch_name_is_used_once() {
        fixture.given(drafted(complete()))
                .when(batch(CIVIL_AFFAIRS, Map.of()))
                .expectException(thrownRefusal(ROLE_NOT_ALLOWED))
                .expectNoEvents();
        setUp();
        takenNames.add("第一批");
        fixture.given(drafted(complete()))
                .when(batch(EDITOR, Map.of()))
                .expectException(thrownRefusal(BATCH_NAME_TAKEN))
                .expectNoEvents();
    }

    @Test
    void a_batch_needs_a_name_items_named_once_and_acknowledgements_for_its_own_items() {
        fixture.given(drafted(complete()))
                .when(new PublishServiceItemBatchCommand(
                        BATCH, EDITOR, Channel.WORKBENCH, " ", null, List.of(CODE), null))
                .expectException(invalid("batchName"))
                .expectNoEvents();
        setUp();
        fixture.given(drafted(complete()))
                .when(new PublishServiceItemBatchCommand(
                        BATCH, EDITOR, Channel.WORKBENCH, "第一批", null, List.of(CODE, CODE), null))
                .expectException(invalid("itemCodes"))
                .expectNoEvents();
        setUp();
        fixture.given(drafted(complete()))
                .when(new PublishServiceItemBatchCommand(
                        BATCH, EDITOR, Channel.WORKBENCH, "第一批", null, List.of(), null))
                .expectException(invalid("itemCodes"))
                .expectNoEvents();
        setUp();
        fixture.given(drafted(complete()))
                .when(new PublishServiceItemBatchCommand(
                        BATCH, EDITOR, Channel.WORKBENCH, "第一批", null, List.of(CODE), Map.of("RS-001", "理由")))
                .expectException(invalid("vagueWordingAcknowledgements"))
                .expectNoEvents();
    }

    // ---- revisions

    @Test
    void a_revision_is_a_new_version_with_its_change_note_and_changed_fields() {
        fixture.given(published())
                .when(new ReviseServiceItemCommand(
                        CODE, EDITOR, Channel.WORKBENCH, promising(15), "承诺时限压缩", null, null))
                .expectEvents(new ServiceItemRevisedEvent(
                        CODE,
                        context(1, EDITOR),
                        2,
                        promising(15),
                        "承诺时限压缩",
                        List.of("promisedTimeLimitDays"),
                        List.of(),
                        null));
    }

    @Test
    void a_revision_needs_a_change_note() {
        fixture.given(published())
                .when(new ReviseServiceItemCommand(CODE, EDITOR, Channel.WORKBENCH, promising(15), "  ", null, null))
                .expectException(invalid("changeNote"))
                .expectNoEvents();
    }

    @Test
    void a_revision_that_changes_nothing_lacks_fields_or_keeps_vague_wording_unacknowledged_is_recorded_and_refused() {
        fixture.given(published())
                .when(new ReviseServiceItemCommand(CODE, EDITOR, Channel.WORKBENCH, complete(), "无变化", null, null))
                .expectEventsMatching(
                        payloadsMatching(exactSequenceOf(refusal(NO_CHANGE, "ReviseServiceItemCommand"), andNoMore())))
                .expectResultMessagePayloadMatching(refusedOutcome(NO_CHANGE));
        setUp();
        fixture.given(published())
                .when(new ReviseServiceItemCommand(CODE, EDITOR, Channel.WORKBENCH, draftOnly(), "删减", null, null))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(INCOMPLETE, "ReviseServiceItemCommand"), andNoMore())));
        setUp();
        fixture.given(published())
                .when(new ReviseServiceItemCommand(CODE, EDITOR, Channel.WORKBENCH, vague(), "补充材料", null, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        refusal(VAGUE_WORDING_NOT_ACKNOWLEDGED, "ReviseServiceItemCommand"), andNoMore())));
    }

    @Test
    void drafts_and_withdrawn_items_are_not_revised_and_handlers_do_not_revise() {
        fixture.given(drafted(complete()))
                .when(new ReviseServiceItemCommand(CODE, EDITOR, Channel.WORKBENCH, promising(15), "改", null, null))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(WRONG_STATE, "ReviseServiceItemCommand"), andNoMore())));
        setUp();
        fixture.given(withdrawn())
                .when(new ReviseServiceItemCommand(CODE, EDITOR, Channel.WORKBENCH, promising(15), "改", null, null))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(WRONG_STATE, "ReviseServiceItemCommand"), andNoMore())));
        setUp();
        fixture.given(published())
                .when(new ReviseServiceItemCommand(
                        CODE, CIVIL_AFFAIRS, Channel.WORKBENCH, promising(15), "改", null, null))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(ROLE_NOT_ALLOWED, "ReviseServiceItemCommand"), andNoMore())));
    }

    // ---- withdrawal

    @Test
    void withdrawal_leaves_a_tombstone_with_the_reason_and_the_last_version() {
        var events = new java.util.ArrayList<>(published());
        events.add(new ServiceItemRevisedEvent(CODE, given(EDITOR), 2, promising(15), "改", List.of(), List.of(), null));
        fixture.given(events)
                .when(new WithdrawServiceItemCommand(CODE, EDITOR, Channel.WORKBENCH, " 职能划转县级 ", null))
                .expectEvents(new ServiceItemWithdrawnEvent(CODE, context(1, EDITOR), 2, "职能划转县级"));
    }

    @Test
    void withdrawal_needs_a_reason_a_published_item_and_an_editor() {
        fixture.given(published())
                .when(new WithdrawServiceItemCommand(CODE, EDITOR, Channel.WORKBENCH, "", null))
                .expectException(invalid("reason"))
                .expectNoEvents();
        setUp();
        fixture.given(drafted(complete()))
                .when(new WithdrawServiceItemCommand(CODE, EDITOR, Channel.WORKBENCH, "不办了", null))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(WRONG_STATE, "WithdrawServiceItemCommand"), andNoMore())));
        setUp();
        fixture.given(withdrawn())
                .when(new WithdrawServiceItemCommand(CODE, EDITOR, Channel.WORKBENCH, "再撤一次", null))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(WRONG_STATE, "WithdrawServiceItemCommand"), andNoMore())));
        setUp();
        fixture.given(published())
                .when(new WithdrawServiceItemCommand(CODE, AUDITOR, Channel.WORKBENCH, "不办了", null))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(ROLE_NOT_ALLOWED, "WithdrawServiceItemCommand"), andNoMore())));
    }

    // ---- histories

    static List<Object> drafted(ServiceItemContent content) {
        return List.of(new ServiceItemDraftCreatedEvent(CODE, given(EDITOR), content));
    }

    static List<Object> published() {
        return List.of(
                new ServiceItemDraftCreatedEvent(CODE, given(EDITOR), complete()),
                new ServiceItemPublishedEvent(
                        CODE, given(EDITOR), 1, "batch-0", "第零批", null, complete(), List.of(), null));
    }

    static List<Object> withdrawn() {
        var events = new java.util.ArrayList<>(published());
        events.add(new ServiceItemWithdrawnEvent(CODE, given(EDITOR), 1, "撤销"));
        return events;
    }

    static PublishServiceItemBatchCommand batch(Actor actor, Map<String, String> acknowledgements) {
        return new PublishServiceItemBatchCommand(
                BATCH, actor, Channel.WORKBENCH, "第一批", "首批", List.of(CODE), acknowledgements);
    }
}
