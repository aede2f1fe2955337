package org.onetrip.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.AccountabilityMeasure;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.AllegationReviewedEvent;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseCommandRefusedEvent;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseMergedIntoEvent;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.ComplainantContactErasedEvent;
import org.onetrip.cases.api.ComplainantContactViewedEvent;
import org.onetrip.cases.api.ConflictOfInterestDecidedEvent;
import org.onetrip.cases.api.ConflictOfInterestDecisionRequestedEvent;
import org.onetrip.cases.api.DeadlineBasis;
import org.onetrip.cases.api.DuplicateCaseMergedEvent;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.cases.api.ExtensionDeniedEvent;
import org.onetrip.cases.api.ExtensionRequestedEvent;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.FilerNotifiedEvent;
import org.onetrip.cases.api.ProgressNoteAddedEvent;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.cases.api.ResultRepublishedEvent;
import org.onetrip.cases.api.ResultWithheldEvent;
import org.onetrip.cases.api.SupervisionConcludedEvent;
import org.onetrip.cases.api.SupervisionOpenedEvent;
import org.onetrip.cases.api.TransferProposedEvent;
import org.onetrip.cases.api.TransferRejectedEvent;
import org.onetrip.i18n.BundleI18NProvider;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.privacy.api.ContactStatus;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.NotificationChannel;
import org.onetrip.shared.api.Role;

class HistoryNarratorTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN = Locale.ENGLISH;
    /** What a clerk must never read on a case page: bundle misses, stored names, keys, ids, JSON. */
    static final Pattern DEVELOPER_TEXT = Pattern.compile(
            "![a-z]|Event\\b|Command\\b|[A-Z]{2,}_[A-Z_]+|[0-9a-f]{8}-[0-9a-f]{4}-|[{}]|\\bminzheng\\b|\\bv-sidian\\b|zhang\\.min|handler\\.");

    static final Instant AT = Instant.parse("2026-06-03T01:12:00Z");
    static final Actor CLERK = new Actor("zhang.min", Role.INTAKE, "bianmin");
    static final Actor HANDLER = new Actor("handler.minzheng", Role.HANDLER, "minzheng");
    static final Actor UNNAMED = new Actor("handler.v-sidian", Role.HANDLER, "v-sidian");
    static final Actor DISCIPLINE = new Actor("li.qing", Role.DISCIPLINE, "jiwei");

    final HistoryNarrator narrator = new HistoryNarrator(
            new BundleI18NProvider(),
            DepartmentDirectory.fromClasspath(new ObjectMapper()),
            id -> Optional.ofNullable(Map.of("zhang.min", "张敏", "handler.minzheng", "张三", "li.qing", "李清")
                    .get(id)));

    static EventContext by(Actor actor) {
        return new EventContext(UUID.randomUUID().toString(), actor, Channel.WORKBENCH, AT);
    }

    /** One of each event type a case can hold, with every enum value of the fields that are worded. */
    static List<CaseEvent> oneOfEach() {
        var id = UUID.randomUUID().toString();
        var events = new ArrayList<CaseEvent>();
        for (var kind : CaseKind.values()) {
            events.add(new CaseFiledEvent(
                    id,
                    new EventContext("e", Actor.PUBLIC, Channel.PORTAL, AT),
                    "ABCDABCDABCDABCDA",
                    kind,
                    CaseCategory.BUCK_PASSING,
                    "低保申请被来回推",
                    "窗口让我去村里开证明",
                    null,
                    "minzheng",
                    FiledComplainant.NONE));
        }
        events.add(new CaseAcceptedEvent(id, by(CLERK), null));
        events.add(new CaseAcceptedEvent(id, by(CLERK), "材料齐全"));
        events.add(new CaseDeclinedEvent(id, by(CLERK), "不属于本镇职责"));
        for (var basis : DeadlineBasis.values()) {
            events.add(new CaseAssignedEvent(
                    id, by(CLERK), "minzheng", "请尽快核实", LocalDate.of(2026, 6, 22), 13, 2, basis, "村委会已撤销"));
        }
        events.add(new CaseSignedForEvent(id, by(HANDLER), "minzheng"));
        events.add(new ProgressNoteAddedEvent(id, by(HANDLER), "minzheng", "已联系村委会"));
        events.add(new ExtensionRequestedEvent(id, by(HANDLER), "minzheng", 5, "需要上门核查"));
        events.add(new ExtensionApprovedEvent(
                id, by(CLERK), "minzheng", 5, LocalDate.of(2026, 6, 22), LocalDate.of(2026, 6, 29), 2, "同意"));
        events.add(new ExtensionDeniedEvent(id, by(CLERK), "minzheng", 5, "理由不充分"));
        events.add(new CaseReturnedEvent(id, by(HANDLER), "minzheng", "此事属村委会职责"));
        events.add(
                new CaseTransferredEvent(id, by(CLERK), "minzheng", "v-sidian", "村委会负责初审", LocalDate.of(2026, 6, 22)));
        events.add(new TransferProposedEvent(id, by(UNNAMED), "v-sidian", "minzheng", "应由民政所办理"));
        events.add(new TransferRejectedEvent(id, by(CLERK), "v-sidian", "minzheng", "初审在村"));
        events.add(new CaseAnsweredEvent(id, by(HANDLER), "minzheng", "已为您办理低保"));
        for (var rating : Rating.values()) {
            events.add(new CaseRatedEvent(id, new EventContext("r", Actor.PUBLIC, Channel.PORTAL, AT), rating, "好"));
        }
        events.add(new CaseReopenedEvent(id, by(CLERK), "minzheng", "群众不满意", LocalDate.of(2026, 7, 1), 10, 2));
        events.add(new CaseClosedEvent(id, by(CLERK), null, Rating.SATISFIED));
        events.add(new CaseClosedEvent(id, by(CLERK), "已回访", Rating.SATISFIED));
        events.add(new CaseMergedIntoEvent(id, by(CLERK), UUID.randomUUID().toString(), "同一事项"));
        events.add(new DuplicateCaseMergedEvent(id, by(CLERK), UUID.randomUUID().toString(), "同一事项"));
        events.add(new SupervisionOpenedEvent(id, by(DISCIPLINE), "多次退回"));
        events.add(new ConflictOfInterestDecisionRequestedEvent(id, by(CLERK), "minzheng", "投诉民政所工作人员"));
        events.add(new ConflictOfInterestDecidedEvent(id, by(DISCIPLINE), "minzheng", true, "只涉及个人，由所长督办"));
        events.add(new ConflictOfInterestDecidedEvent(id, by(DISCIPLINE), "minzheng", false, "应回避"));
        events.add(new AllegationReviewedEvent(id, by(DISCIPLINE), "已约谈"));
        events.add(new AllegationReviewedEvent(id, by(DISCIPLINE), null));
        events.add(new SupervisionConcludedEvent(id, by(DISCIPLINE), "已整改"));
        events.add(new ResultWithheldEvent(id, by(CLERK), "答复中有邻居姓名"));
        events.add(new ResultRepublishedEvent(id, by(CLERK), "姓名已删去"));
        for (var measure : AccountabilityMeasure.values()) {
            events.add(new AccountabilityRecordedEvent(id, by(DISCIPLINE), "minzheng", "王五", measure, "推诿"));
            // as a department reads it (FindingsWithholding)
            events.add(new AccountabilityRecordedEvent(id, by(DISCIPLINE), "minzheng", null, measure, null));
        }
        for (var shown : ContactStatus.values()) {
            events.add(new ComplainantContactViewedEvent(id, by(DISCIPLINE), "电话回访", shown));
        }
        events.add(new ComplainantContactErasedEvent(id, by(CLERK), "本人申请", "key-1"));
        for (var channel : NotificationChannel.values()) {
            events.add(new FilerNotifiedEvent(
                    id, new EventContext("n", Actor.SYSTEM, Channel.SYSTEM, AT), "e", "ANSWERED", channel));
        }
        for (var reason : RefusalReason.values()) {
            for (var command : COMMANDS) {
                events.add(new CaseCommandRefusedEvent(id, by(CLERK), command, reason, "not possible while ASSIGNED"));
            }
        }
        return events;
    }

    static final List<String> COMMANDS = Arrays.stream(
                    new java.io.File("../backend/src/main/java/org/onetrip/cases/api")
                            .list((dir, name) -> name.endsWith("Command.java") && !name.equals("CaseCommand.java")))
            .map(name -> name.replace(".java", ""))
            .sorted()
            .toList();

    @Test
    void every_event_type_a_case_can_hold_is_covered_here() {
        var covered = new HashSet<Class<?>>();
        oneOfEach().forEach(event -> covered.add(event.getClass()));

        assertThat(covered).containsExactlyInAnyOrder(CaseEvent.class.getPermittedSubclasses());
        assertThat(COMMANDS).hasSizeGreaterThan(20);
    }

    @Test
    void every_event_is_a_sentence_in_both_languages_with_names_not_codes_keys_or_ids() {
        for (var locale : List.of(ZH, EN)) {
            for (var event : oneOfEach()) {
                var sentence = narrator.line(1, AT, event, locale).sentence();
                assertThat(sentence).as(event + " in " + locale).doesNotContainPattern(DEVELOPER_TEXT);
                assertThat(narrator.what(event, locale))
                        .as(event + " in " + locale)
                        .isNotBlank()
                        .doesNotStartWith(locale == ZH ? "其他记录" : "another record");
            }
        }
    }

    @Test
    void a_return_reads_as_the_clerk_would_say_it() {
        var returned = new CaseReturnedEvent("c", by(HANDLER), "minzheng", "此事属村委会职责");

        assertThat(narrator.line(3, AT, returned, ZH).sentence()).isEqualTo("6月3日 09:12 民政所 张三 退回：此事属村委会职责");
        assertThat(narrator.line(3, AT, returned, EN).sentence())
                .isEqualTo("3 Jun 09:12 Civil Affairs Office 张三 returned the case: 此事属村委会职责");
    }

    @Test
    void a_refused_click_names_the_action_and_the_reason_in_words() {
        var refused = new CaseCommandRefusedEvent(
                "c",
                by(CLERK),
                "AcceptCaseCommand",
                RefusalReason.WRONG_STATE,
                "not possible while the case is ACCEPTED");

        var line = narrator.line(4, AT, refused, ZH);

        assertThat(line.refusal()).isTrue();
        assertThat(line.what()).isEqualTo("尝试受理，未能办理：案件当前状态不允许此操作");
    }

    @Test
    void an_account_without_a_known_name_is_shown_by_its_role_and_the_filer_is_never_identified() {
        var proposal = new TransferProposedEvent("c", by(UNNAMED), "v-sidian", "minzheng", "应由民政所办理");
        var rating = new CaseRatedEvent(
                "c", new EventContext("r", Actor.PUBLIC, Channel.PORTAL, AT), Rating.DISSATISFIED, null);

        assertThat(narrator.line(5, AT, proposal, ZH).who())
                .endsWith("承办单位工作人员")
                .doesNotContain("handler");
        assertThat(narrator.line(6, AT, rating, ZH).sentence()).isEqualTo("6月3日 09:12 投诉人 评价：不满意");
    }
}
