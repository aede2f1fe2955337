package org.onetrip.disclosure.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.onetrip.disclosure.api.DisclosureRefusalReason.NO_CHANGE;
import static org.onetrip.disclosure.api.DisclosureRefusalReason.ROLE_NOT_ALLOWED;
import static org.onetrip.disclosure.api.DisclosureRefusalReason.WRONG_STATE;
import static org.onetrip.disclosure.command.DisclosureFixtures.CIVIL_AFFAIRS;
import static org.onetrip.disclosure.command.DisclosureFixtures.DEPARTMENTS;
import static org.onetrip.disclosure.command.DisclosureFixtures.EDITOR;
import static org.onetrip.disclosure.command.DisclosureFixtures.OFFICE_EDITOR;
import static org.onetrip.disclosure.command.DisclosureFixtures.context;
import static org.onetrip.disclosure.command.DisclosureFixtures.given;
import static org.onetrip.disclosure.command.DisclosureFixtures.invalid;
import static org.onetrip.disclosure.command.DisclosureFixtures.refusal;
import static org.onetrip.disclosure.command.DisclosureFixtures.refusedOutcome;
import static org.onetrip.disclosure.command.DisclosureFixtures.thrownRefusal;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.disclosure.api.CorrectNoticeCommand;
import org.onetrip.disclosure.api.DisclosureOutcome;
import org.onetrip.disclosure.api.NoticeCorrectedEvent;
import org.onetrip.disclosure.api.NoticeKind;
import org.onetrip.disclosure.api.NoticePublishedEvent;
import org.onetrip.disclosure.api.NoticeRetractedEvent;
import org.onetrip.disclosure.api.PublishNoticeCommand;
import org.onetrip.disclosure.api.RetractNoticeCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Every rule and refusal of {@link Notice}: publish, correct beside the original, retract to a tombstone. */
class NoticeTest {

    static final String ID = "notice-1";
    private FixtureConfiguration<Notice> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Notice.class);
        fixture.registerInjectableResource(DisclosureFixtures.contexts());
        fixture.registerInjectableResource(DEPARTMENTS);
    }

    @Test
    void an_editor_publishes_a_notice_or_policy_interpretation() {
        fixture.givenNoPriorActivity()
                .when(new PublishNoticeCommand(
                        ID,
                        OFFICE_EDITOR,
                        Channel.WORKBENCH,
                        NoticeKind.POLICY_INTERPRETATION,
                        " 清单解读 ",
                        "正文",
                        "dangzhengban",
                        List.of("CZ-001")))
                .expectEvents(new NoticePublishedEvent(
                        ID,
                        context(1, OFFICE_EDITOR),
                        NoticeKind.POLICY_INTERPRETATION,
                        "清单解读",
                        "正文",
                        "dangzhengban",
                        List.of("CZ-001")));
    }

    @Test
    void publishing_needs_an_editor_a_kind_a_title_a_body_a_known_department_and_item_codes() {
        fixture.givenNoPriorActivity()
                .when(publish(CIVIL_AFFAIRS))
                .expectException(thrownRefusal(ROLE_NOT_ALLOWED))
                .expectNoEvents();
        setUp();
        fixture.givenNoPriorActivity()
                .when(new PublishNoticeCommand(ID, EDITOR, Channel.WORKBENCH, null, "t", "b", null, null))
                .expectException(invalid("kind"));
        setUp();
        fixture.givenNoPriorActivity()
                .when(new PublishNoticeCommand(
                        ID, EDITOR, Channel.WORKBENCH, NoticeKind.NOTICE, "题".repeat(201), "b", null, null))
                .expectException(invalid("title"));
        setUp();
        fixture.givenNoPriorActivity()
                .when(new PublishNoticeCommand(ID, EDITOR, Channel.WORKBENCH, NoticeKind.NOTICE, "t", " ", null, null))
                .expectException(invalid("body"));
        setUp();
        fixture.givenNoPriorActivity()
                .when(new PublishNoticeCommand(
                        ID, EDITOR, Channel.WORKBENCH, NoticeKind.NOTICE, "t", "b", "nowhere", null))
                .expectException(invalid("departmentCode"));
        setUp();
        fixture.givenNoPriorActivity()
                .when(new PublishNoticeCommand(
                        ID, EDITOR, Channel.WORKBENCH, NoticeKind.NOTICE, "t", "b", null, List.of("<script>")))
                .expectException(invalid("relatedItemCodes"));
    }

    @Test
    void a_correction_is_numbered_keeps_the_title_unless_given_and_carries_its_reason() {
        fixture.given(published())
                .when(new CorrectNoticeCommand(ID, EDITOR, Channel.WORKBENCH, null, "更正后的正文", " 电话有误 ", null))
                .expectEvents(new NoticeCorrectedEvent(ID, context(1, EDITOR), 1, "通知", "更正后的正文", "电话有误"))
                .expectResultMessagePayload(new DisclosureOutcome.Done(ID));
        setUp();
        var corrected = new java.util.ArrayList<>(published());
        corrected.add(new NoticeCorrectedEvent(ID, given(EDITOR), 1, "通知", "第二稿", "改"));
        fixture.given(corrected)
                .when(new CorrectNoticeCommand(ID, EDITOR, Channel.WORKBENCH, "新标题", "第二稿", "标题有误", null))
                .expectEvents(new NoticeCorrectedEvent(ID, context(1, EDITOR), 2, "新标题", "第二稿", "标题有误"));
    }

    @Test
    void a_correction_needs_a_reason_a_change_an_editor_and_a_notice_not_retracted() {
        fixture.given(published())
                .when(new CorrectNoticeCommand(ID, EDITOR, Channel.WORKBENCH, null, "新", " ", null))
                .expectException(invalid("reason"))
                .expectNoEvents();
        setUp();
        fixture.given(published())
                .when(new CorrectNoticeCommand(ID, EDITOR, Channel.WORKBENCH, "通知", "正文", "无", null))
                .expectEventsMatching(
                        payloadsMatching(exactSequenceOf(refusal(NO_CHANGE, "CorrectNoticeCommand"), andNoMore())))
                .expectResultMessagePayloadMatching(refusedOutcome(NO_CHANGE));
        setUp();
        fixture.given(published())
                .when(new CorrectNoticeCommand(ID, CIVIL_AFFAIRS, Channel.WORKBENCH, null, "新", "改", null))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(ROLE_NOT_ALLOWED, "CorrectNoticeCommand"), andNoMore())));
        setUp();
        fixture.given(retracted())
                .when(new CorrectNoticeCommand(ID, EDITOR, Channel.WORKBENCH, null, "新", "改", null))
                .expectEventsMatching(
                        payloadsMatching(exactSequenceOf(refusal(WRONG_STATE, "CorrectNoticeCommand"), andNoMore())));
    }

    @Test
    void a_retraction_leaves_a_tombstone_with_its_reason_once() {
        fixture.given(published())
                .when(new RetractNoticeCommand(ID, EDITOR, Channel.WORKBENCH, "已被新通知替代", null))
                .expectEvents(new NoticeRetractedEvent(ID, context(1, EDITOR), "已被新通知替代"));
        setUp();
        fixture.given(retracted())
                .when(new RetractNoticeCommand(ID, EDITOR, Channel.WORKBENCH, "再撤", null))
                .expectEventsMatching(
                        payloadsMatching(exactSequenceOf(refusal(WRONG_STATE, "RetractNoticeCommand"), andNoMore())));
        setUp();
        fixture.given(published())
                .when(new RetractNoticeCommand(ID, EDITOR, Channel.WORKBENCH, "", null))
                .expectException(invalid("reason"))
                .expectNoEvents();
        setUp();
        fixture.given(published())
                .when(new RetractNoticeCommand(ID, CIVIL_AFFAIRS, Channel.WORKBENCH, "撤", null))
                .expectEventsMatching(payloadsMatching(
                        exactSequenceOf(refusal(ROLE_NOT_ALLOWED, "RetractNoticeCommand"), andNoMore())));
    }

    @Test
    void the_public_is_refused_without_a_trace() {
        fixture.given(published())
                .when(new RetractNoticeCommand(ID, Actor.PUBLIC, Channel.PORTAL, "撤", null))
                .expectException(thrownRefusal(ROLE_NOT_ALLOWED))
                .expectNoEvents();
    }

    static PublishNoticeCommand publish(Actor actor) {
        return new PublishNoticeCommand(ID, actor, Channel.WORKBENCH, NoticeKind.NOTICE, "通知", "正文", null, null);
    }

    static List<Object> published() {
        return List.of(new NoticePublishedEvent(ID, given(EDITOR), NoticeKind.NOTICE, "通知", "正文", null, List.of()));
    }

    static List<Object> retracted() {
        return List.of(
                new NoticePublishedEvent(ID, given(EDITOR), NoticeKind.NOTICE, "通知", "正文", null, List.of()),
                new NoticeRetractedEvent(ID, given(EDITOR), "撤"));
    }
}
