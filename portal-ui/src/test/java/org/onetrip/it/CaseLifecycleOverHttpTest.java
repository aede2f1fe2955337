package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.it.Staff.INTAKE;
import static org.onetrip.it.Staff.NOBODY;
import static org.onetrip.it.Staff.handler;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseLifecycleOverHttpTest {

    @TempDir
    Path dataDir;

    @Test
    void a_complaint_travels_its_whole_life_over_http_and_reads_back_identically_after_a_restart() {
        String caseId;
        String code;
        String staffTimeline;
        String publicPage;
        try (var portal = RunningPortal.start(dataDir)) {
            var filed = portal.post(
                    "/api/public/cases",
                    Map.of(
                            "kind",
                            "COMPLAINT",
                            "category",
                            "BUCK_PASSING",
                            "title",
                            "宅基地审批在国土所和村镇中心之间来回推",
                            "description",
                            "申请宅基地，国土所说归村镇中心，村镇中心又说归国土所。",
                            "anonymous",
                            true,
                            "contact",
                            Map.of("name", "李四", "phone", "13812345678")),
                    NOBODY);
            assertThat(filed.status()).isEqualTo(201);
            code = filed.json().get("receiptCode").asText();
            assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}");
            assertThat(filed.json().get("caseId").isNull()).isTrue();

            caseId = portal.get("/api/staff/cases/by-receipt-code/" + code, INTAKE)
                    .json()
                    .get("caseId")
                    .asText();

            var steps = new ArrayList<String>();
            steps.add(expectOk(portal.post(staff(caseId, "accept"), Map.of(), INTAKE), "ACCEPTED"));
            steps.add(expectOk(
                    portal.post(staff(caseId, "assign"), Map.of("departmentCode", "guotu"), INTAKE), "ASSIGNED"));
            steps.add(expectOk(
                    portal.post(staff(caseId, "return"), Map.of("reason", "宅基地规划审查属村镇中心"), handler("guotu")),
                    "RETURNED"));
            steps.add(expectOk(
                    portal.post(staff(caseId, "assign"), Map.of("departmentCode", "cunzhen"), INTAKE), "ASSIGNED"));
            steps.add(expectOk(
                    portal.post(
                            staff(caseId, "transfer-proposal"),
                            Map.of("toDepartmentCode", "guotu", "reason", "用地审批权在国土所"),
                            handler("cunzhen")),
                    "ASSIGNED"));
            steps.add(expectOk(portal.post(staff(caseId, "transfer-proposal/approve"), Map.of(), INTAKE), "ASSIGNED"));
            steps.add(expectOk(portal.post(staff(caseId, "sign-for"), Map.of(), handler("guotu")), "IN_PROGRESS"));
            steps.add(expectOk(
                    portal.post(staff(caseId, "answer"), Map.of("answer", "已受理宅基地申请，10个工作日内出具意见。"), handler("guotu")),
                    "ANSWERED"));
            steps.add(expectOk(
                    portal.post(
                            "/api/public/cases/" + code + "/rating",
                            Map.of("rating", "DISSATISFIED", "comment", "没有说清楚要哪些材料"),
                            NOBODY),
                    "RATED"));
            steps.add(expectOk(
                    portal.post(staff(caseId, "reopen"), Map.of("reason", "群众不满意，要求一次性告知材料"), INTAKE), "IN_PROGRESS"));
            steps.add(expectOk(
                    portal.post(
                            staff(caseId, "answer"), Map.of("answer", "所需材料：身份证、户口簿、村委会意见，可邮寄办理。"), handler("guotu")),
                    "ANSWERED"));
            var notAStaffChannel =
                    portal.post(staff(caseId, "rating"), Map.of("rating", "SATISFIED", "channel", "PORTAL"), INTAKE);
            assertThat(notAStaffChannel.status()).isEqualTo(400);
            assertThat(notAStaffChannel.body()).contains("HOTLINE or WINDOW");
            steps.add(expectOk(
                    portal.post(staff(caseId, "rating"), Map.of("rating", "SATISFIED", "channel", "WINDOW"), INTAKE),
                    "RATED"));
            steps.add(expectOk(portal.post(staff(caseId, "close"), Map.of("remark", "群众满意"), INTAKE), "CLOSED"));
            assertThat(steps).hasSize(13);

            var afterClose = portal.post(staff(caseId, "answer"), Map.of("answer", "再答一次"), handler("guotu"));
            assertThat(afterClose.status()).isEqualTo(409);
            assertThat(afterClose.json().get("type").asText()).isEqualTo("/problems/command-refused");
            assertThat(afterClose.json().get("reason").asText()).isEqualTo("CASE_IS_FINAL");

            var timeline = portal.get("/api/staff/cases/" + caseId + "/timeline", INTAKE);
            assertThat(timeline.status()).isEqualTo(200);
            assertThat(types(timeline.json()))
                    .containsExactly(
                            "CaseFiledEvent",
                            "CaseAcceptedEvent",
                            "CaseAssignedEvent",
                            "CaseReturnedEvent",
                            "CaseAssignedEvent",
                            "TransferProposedEvent",
                            "CaseTransferredEvent",
                            "CaseSignedForEvent",
                            "CaseAnsweredEvent",
                            "CaseRatedEvent",
                            "CaseReopenedEvent",
                            "CaseAnsweredEvent",
                            "CaseRatedEvent",
                            "CaseClosedEvent",
                            "CaseCommandRefusedEvent");
            assertThat(timeline.body()).doesNotContain("13812345678").doesNotContain("李四");
            var reassigned = timeline.json().get("events").get(4).get("payload");
            assertThat(reassigned.get("deadlineBasis").asText()).isEqualTo("KEPT");
            assertThat(reassigned.get("dueDate").asText())
                    .isEqualTo(timeline.json()
                            .get("events")
                            .get(2)
                            .get("payload")
                            .get("dueDate")
                            .asText());
            var ratedAtWindow = timeline.json().get("events").get(12).get("payload");
            assertThat(ratedAtWindow.get("context").get("channel").asText()).isEqualTo("WINDOW");
            assertThat(ratedAtWindow.get("rating").asText()).isEqualTo("SATISFIED");
            staffTimeline = timeline.body();

            var tracked = portal.get("/api/public/cases/" + code, NOBODY);
            assertThat(tracked.status()).isEqualTo(200);
            assertThat(tracked.json().get("status").asText()).isEqualTo("CLOSED");
            assertThat(tracked.body())
                    .doesNotContain("13812345678")
                    .doesNotContain("李四")
                    .doesNotContain("handler.guotu")
                    .doesNotContain("zhang.min")
                    .doesNotContain(caseId);
            publicPage = tracked.body();
        }

        try (var restarted = RunningPortal.start(dataDir)) {
            assertThat(restarted
                            .get("/api/staff/cases/" + caseId + "/timeline", INTAKE)
                            .body())
                    .isEqualTo(staffTimeline);
            assertThat(restarted.get("/api/public/cases/" + code, NOBODY).body())
                    .isEqualTo(publicPage);
        }
    }

    private static String expectOk(RunningPortal.Reply reply, String status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo(status);
        return status;
    }

    private static String staff(String caseId, String action) {
        return "/api/staff/cases/" + caseId + "/" + action;
    }

    private static List<String> types(JsonNode timeline) {
        var types = new ArrayList<String>();
        timeline.get("events").forEach(event -> types.add(event.get("type").asText()));
        return types;
    }
}
