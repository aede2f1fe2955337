package org.onetrip.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onetrip.agency.api.AgencyResult;
import org.onetrip.agency.api.AgencyResultHandedBackEvent;
import org.onetrip.agency.api.AgencyStepRecordedEvent;
import org.onetrip.agency.api.AgentAssignedEvent;
import org.onetrip.agency.api.ConsentMethod;
import org.onetrip.agency.api.MaterialsHandedOverEvent;
import org.onetrip.appointments.api.ApplicantArrivedEvent;
import org.onetrip.appointments.api.AppointmentBookedEvent;
import org.onetrip.appointments.api.AppointmentRefusalReason;
import org.onetrip.appointments.api.AppointmentServedEvent;
import org.onetrip.appointments.api.BookedItem;
import org.onetrip.appointments.api.BookingCommandRefusedEvent;
import org.onetrip.appointments.api.ExtraTripReason;
import org.onetrip.appointments.api.ServiceOutcome;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.i18n.BundleI18NProvider;
import org.onetrip.mechanisms.ServiceHistory;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;

/** A booking's and an agency request's stored events read as sentences in both languages, nothing technical. */
class ServiceHistoryTest {

    static final Pattern TECHNICAL = Pattern.compile(
            "![a-z]|Event\\b|Command\\b|[A-Z]{2,}_[A-Z_]+|[0-9a-f]{8}-[0-9a-f]{4}-|[{}]|\\bminzheng\\b|handler\\.|"
                    + "departmentCode|personId|:\\s*null");
    static final Actor CLERK = new Actor("zhang.min", Role.INTAKE, "bianmin");
    static final Actor AGENT = new Actor("handler.minzheng", Role.HANDLER, "minzheng");

    final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    final ServiceHistory history = new ServiceHistory(
            new BundleI18NProvider(),
            new HistoryNarrator(
                    new BundleI18NProvider(),
                    DepartmentDirectory.fromClasspath(new ObjectMapper()),
                    id -> Optional.ofNullable(
                            Map.of("zhang.min", "张敏", "handler.minzheng", "张三").get(id))));

    @Test
    void a_bookings_history_reads_as_sentences_in_chinese_and_english() {
        var timeline = timeline(
                new AppointmentBookedEvent(
                        "b1",
                        by(Actor.PUBLIC),
                        "CODE",
                        "slot-1",
                        LocalDate.of(2026, 10, 3),
                        LocalTime.of(9, 0),
                        LocalTime.of(9, 30),
                        1,
                        new BookedItem("pension", "城乡居民养老保险待遇领取", "shebao", HallZone.values()[0], 1),
                        new EncryptedContact("key", "c2VhbGVk")),
                new ApplicantArrivedEvent("b1", by(CLERK)),
                new AppointmentServedEvent(
                        "b1",
                        by(CLERK),
                        ServiceOutcome.MORE_THAN_ONE_TRIP,
                        ExtraTripReason.NOTICE_UNCLEAR,
                        "缺银行卡复印件",
                        "pension",
                        "shebao"),
                new BookingCommandRefusedEvent(
                        "b1",
                        by(CLERK),
                        "RecordArrivalCommand",
                        AppointmentRefusalReason.values()[0],
                        "WRONG_STATE x"));

        var chinese = sentences(timeline, Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.get(0)).contains("申请人").contains("预约“城乡居民养老保险待遇领取”").contains("09:00–09:30");
        assertThat(chinese.get(1)).contains("便民服务中心").contains("张敏").contains("登记申请人已到窗口");
        assertThat(chinese.get(2)).contains("办理完毕：跑多次，原因：告知不清。说明：缺银行卡复印件");
        assertThat(chinese.get(3)).contains("一项操作未执行");
        var english = sentences(timeline, Locale.ENGLISH);
        assertThat(english.get(2)).contains("served: More than one trip, because: Notice unclear");
        for (var sentence : concat(chinese, english)) {
            assertThat(TECHNICAL.matcher(sentence).find()).as(sentence).isFalse();
        }
    }

    @Test
    void an_agency_requests_history_names_the_agent_and_the_materials_in_both_languages() {
        var timeline = timeline(
                new AgentAssignedEvent("r1", by(CLERK), "handler.minzheng", "minzheng"),
                new MaterialsHandedOverEvent(
                        "r1", by(AGENT), List.of("身份证原件", "户口簿原件"), ConsentMethod.THUMBPRINT, null),
                new AgencyStepRecordedEvent("r1", by(AGENT), "已交乡民政所窗口"),
                new AgencyResultHandedBackEvent(
                        "r1", by(AGENT), AgencyResult.COMPLETED, null, List.of("身份证原件"), true, "minzheng"));

        var chinese = sentences(timeline, Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.get(0)).contains("安排代办员：民政所 张三");
        assertThat(chinese.get(1)).contains("收取材料：身份证原件、户口簿原件（按手印）");
        assertThat(chinese.get(2)).contains("记录进展：已交乡民政所窗口");
        assertThat(chinese.get(3)).contains("交还结果：已办成");
        var english = sentences(timeline, Locale.ENGLISH);
        assertThat(english.get(1)).contains("received materials: 身份证原件, 户口簿原件 (Thumbprint)");
        assertThat(english.get(3)).contains("handed back the result: Done");
        for (var sentence : concat(chinese, english)) {
            assertThat(TECHNICAL.matcher(sentence).find()).as(sentence).isFalse();
        }
    }

    private List<String> sentences(CaseTimelineResponse timeline, Locale locale) {
        return history.narrate(timeline, locale).stream()
                .map(HistoryNarrator.Line::sentence)
                .toList();
    }

    private CaseTimelineResponse timeline(Object... events) {
        var entries = new ArrayList<CaseTimelineResponse.Entry>();
        long sequence = 0;
        for (var event : events) {
            entries.add(new CaseTimelineResponse.Entry(
                    sequence++,
                    UUID.randomUUID().toString(),
                    event.getClass().getSimpleName(),
                    Instant.parse("2026-10-03T01:00:00Z"),
                    json.valueToTree(event)));
        }
        return new CaseTimelineResponse("x", null, null, sequence - 1, entries);
    }

    private static EventContext by(Actor actor) {
        return new EventContext(
                UUID.randomUUID().toString(), actor, Channel.WORKBENCH, Instant.parse("2026-10-03T01:00:00Z"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
