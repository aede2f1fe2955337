package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.it.Staff.NOBODY;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.i18n.BundleI18NProvider;
import org.onetrip.integrity.query.IntegrityVerifier;
import org.onetrip.oversight.audit.ui.AuditService;
import org.onetrip.oversight.ui.EventTimeline;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.onetrip.testing.SharedSearchNode;

/**
 * After a complainant's contact is erased, nothing the service shows or exports holds it: rebuilt
 * projections, public pages, the CSV bulletin, staff and audit timelines, the as-of replay, the
 * chain export and the auditor's raw-event screen. Each must mark the contact as erased or leave it out.
 */
class ErasureCoverageOverHttpTest {

    static final String NAME = "孙七";
    static final String PHONE = "13655554444";
    static final String EMAIL = "sun.qi@example.cn";

    @TempDir
    Path dataDir;

    @Test
    void after_erasure_no_view_export_or_rebuilt_projection_holds_the_contact_and_the_chain_still_verifies()
            throws Exception {
        try (var portal = RunningPortal.start(dataDir)) {
            var filed = portal.post(
                    "/api/public/cases",
                    Map.of(
                            "kind",
                            "COMPLAINT",
                            "title",
                            "路灯三个月不亮",
                            "description",
                            "村口路灯坏了。",
                            "anonymous",
                            false,
                            "contact",
                            Map.of("name", NAME, "phone", PHONE, "email", EMAIL)),
                    NOBODY);
            assertThat(filed.status()).as(filed.body()).isEqualTo(201);
            var code = filed.json().get("receiptCode").asText();
            var caseId = portal.get("/api/staff/cases/by-receipt-code/" + code, Staff.INTAKE)
                    .json()
                    .get("caseId")
                    .asText();
            var contact = "/api/staff/cases/" + caseId + "/contact?reason=callback";
            assertThat(portal.get(contact, Staff.INTAKE).json().get("phone").asText())
                    .as("readable before")
                    .isEqualTo(PHONE);
            Thread.sleep(5);
            var beforeErasure = Instant.now();
            Thread.sleep(5);
            assertThat(portal.post(
                                    "/api/staff/cases/" + caseId + "/contact/erasure",
                                    Map.of("reason", "本人申请"),
                                    Staff.DISCIPLINE)
                            .status())
                    .isEqualTo(200);
            var bulletin = portal.post(
                    "/api/staff/disclosures/bulletins",
                    Map.of(
                            "period",
                            YearMonth.now(ZoneOffset.ofHours(8)).toString(),
                            "cutOff",
                            Instant.now().toString()),
                    Staff.DISCIPLINE);
            assertThat(bulletin.status()).as(bulletin.body()).isEqualTo(201);
            var bulletinId = bulletin.json().get("id").asText();
            for (var projection : new String[] {"case-search", "case-timeline"}) {
                assertThat(portal.post("/api/admin/projections/" + projection + "/replay", Map.of(), Staff.ADMIN)
                                .status())
                        .isEqualTo(202);
            }
            awaitRebuiltWithErasure(portal);

            assertThat(portal.get(contact, Staff.INTAKE).json().get("status").asText())
                    .isEqualTo("ERASED");
            var outputs = new ArrayList<String>();
            for (var path : List.of(
                    "/api/public/cases/" + code,
                    "/api/public/statistics",
                    "/open311/v2/requests/" + code + ".json",
                    "/api/public/disclosures/bulletins/" + bulletinId + "/csv",
                    "/api/public/disclosures/bulletins/" + bulletinId + "/print")) {
                var reply = portal.get(path, NOBODY);
                assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
                outputs.add(reply.body());
            }
            var timeline = portal.get("/api/staff/cases/" + caseId + "/timeline", Staff.INTAKE)
                    .json();
            assertThat(timeline.get("events")
                            .get(0)
                            .get("payload")
                            .get("complainant")
                            .get("erased")
                            .asBoolean())
                    .isTrue();
            outputs.add(timeline.toString());
            var asOfNow = portal.get("/api/audit/cases/" + caseId + "/as-of?at=" + Instant.now(), Staff.AUDITOR)
                    .json();
            assertThat(asOfNow.get("events")
                            .get(0)
                            .get("payload")
                            .get("complainant")
                            .get("erased")
                            .asBoolean())
                    .isTrue();
            var asOfBefore = portal.get("/api/audit/cases/" + caseId + "/as-of?at=" + beforeErasure, Staff.AUDITOR)
                    .json();
            assertThat(asOfBefore
                            .get("events")
                            .get(0)
                            .get("payload")
                            .get("complainant")
                            .get("erased")
                            .asBoolean())
                    .as("not yet erased then, and still withheld")
                    .isFalse();
            outputs.add(asOfNow.toString());
            outputs.add(asOfBefore.toString());
            var export = portal.get("/api/audit/integrity/cases/" + caseId + "/export", Staff.AUDITOR);
            assertThat(export.body()).contains("ComplainantContactErasedEvent");
            outputs.add(export.body());
            for (var search : List.of("/api/staff/search/cases?size=50", "/api/staff/search/timeline?size=50")) {
                outputs.add(portal.get(search, Staff.DISCIPLINE).body());
            }
            var client = portal.bean(ElasticsearchClient.class);
            var aliases = client.indices().getAlias(a -> a.name(index("*"))).result().values().stream()
                    .flatMap(index -> index.aliases().keySet().stream())
                    .distinct()
                    .toList();
            assertThat(aliases).contains(index("cases"), index("public-cases"), index("timeline"));
            for (var alias : aliases) {
                client.indices().refresh(r -> r.index(alias));
                client.search(s -> s.index(alias).size(1000), Map.class)
                        .hits()
                        .hits()
                        .forEach(hit -> outputs.add(String.valueOf(hit.source())));
            }
            outputs.add(rawEventScreen(portal, code));

            assertThat(outputs)
                    .allSatisfy(output -> assertThat(output)
                            .doesNotContain(NAME)
                            .doesNotContain(PHONE)
                            .doesNotContain(EMAIL));
            assertThat(portal.bean(IntegrityVerifier.class)
                            .verifyAggregate(caseId)
                            .orElseThrow()
                            .status()
                            .name())
                    .isEqualTo("INTACT");
        }
    }

    /** The auditor's raw-event screen for the case, rendered as the browser would receive it. */
    private static String rawEventScreen(RunningPortal portal, String receiptCode) {
        System.setProperty("vaadin.i18n.provider", BundleI18NProvider.class.getName());
        MockVaadin.setup();
        try {
            UI.getCurrent().setLocale(Locale.ENGLISH);
            var screen = new EventTimeline();
            UI.getCurrent().add(screen);
            screen.show(portal.bean(AuditService.class)
                    .find(receiptCode, new Actor("auditor", Role.AUDITOR, null))
                    .orElseThrow()
                    .events());
            var text = screen.getElement().getTextRecursively();
            assertThat(text).contains("ComplainantContactErasedEvent").containsPattern("\"erased\"\\s*:\\s*true");
            return text;
        } finally {
            MockVaadin.tearDown();
        }
    }

    private static void awaitRebuiltWithErasure(RunningPortal portal) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            boolean done = true;
            for (var status : portal.get("/api/admin/projections", Staff.ADMIN).json()) {
                done &= status.get("finished").asBoolean();
            }
            if (done
                    && portal.get("/api/staff/search/timeline?size=1&type=ComplainantContactErasedEvent", Staff.INTAKE)
                                    .json()
                                    .get("total")
                                    .asLong()
                            == 1) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("rebuild did not finish");
    }

    /** The name the application on this test's data folder gives the index or alias {@code name}. */
    private String index(String name) {
        return SharedSearchNode.index(dataDir, name);
    }
}
