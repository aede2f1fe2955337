package org.onetrip.cases.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.cases.command.Cases.CASE_ID;
import static org.onetrip.cases.command.Cases.DESCRIPTION;
import static org.onetrip.cases.command.Cases.RECEIPT_CODE;
import static org.onetrip.cases.command.Cases.TITLE;
import static org.onetrip.cases.command.Cases.auditor;
import static org.onetrip.cases.command.Cases.handler;
import static org.onetrip.cases.command.Cases.publicPerson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseOrigin;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** A matter found on a grid or enterprise visit is filed by the cadre who made the visit, linked to it. */
class CaseFoundOnVisitTest extends CaseFixtureTest {

    static final CaseOrigin GRID_VISIT = new CaseOrigin(CaseOrigin.Source.GRID_VISIT, "sidian-1", "visit-1", 2, null);
    static final CaseOrigin ENTERPRISE_VISIT =
            new CaseOrigin(CaseOrigin.Source.ENTERPRISE_VISIT, "enterprise-1", "visit-7", 1, "LAND");

    static FileCaseCommand found(Actor actor, Channel channel, CaseKind kind, CaseOrigin origin) {
        return new FileCaseCommand(
                CASE_ID,
                actor,
                channel,
                RECEIPT_CODE,
                kind,
                CaseCategory.OTHER,
                TITLE,
                DESCRIPTION,
                null,
                null,
                Complainant.NONE,
                origin);
    }

    @Test
    void a_village_cadre_files_an_issue_found_on_a_grid_visit_and_the_case_names_the_visit() {
        var cadre = handler("v-sidian");
        fixture.givenNoPriorActivity()
                .when(found(cadre, Channel.VISIT, CaseKind.GRID_VISIT_ISSUE, GRID_VISIT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CaseFiledEvent(
                        CASE_ID,
                        context(1, cadre, Channel.VISIT),
                        RECEIPT_CODE.value(),
                        CaseKind.GRID_VISIT_ISSUE,
                        CaseCategory.OTHER,
                        TITLE,
                        DESCRIPTION,
                        null,
                        null,
                        FiledComplainant.NONE,
                        GRID_VISIT));
    }

    @Test
    void a_liaison_cadre_files_an_enterprise_request_found_on_an_enterprise_visit() {
        var cadre = handler("xiangmu");
        fixture.givenNoPriorActivity()
                .when(found(cadre, Channel.VISIT, CaseKind.ENTERPRISE_REQUEST, ENTERPRISE_VISIT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CaseFiledEvent(
                        CASE_ID,
                        context(1, cadre, Channel.VISIT),
                        RECEIPT_CODE.value(),
                        CaseKind.ENTERPRISE_REQUEST,
                        CaseCategory.OTHER,
                        TITLE,
                        DESCRIPTION,
                        null,
                        null,
                        FiledComplainant.NONE,
                        ENTERPRISE_VISIT));
    }

    @Test
    void a_case_found_on_a_visit_is_of_the_visit_s_kind() {
        expectInvalid(
                fixture.givenNoPriorActivity(),
                found(handler("v-sidian"), Channel.VISIT, CaseKind.COMPLAINT, GRID_VISIT),
                "kind");
        expectInvalid(
                fixture.givenNoPriorActivity(),
                found(handler("xiangmu"), Channel.VISIT, CaseKind.GRID_VISIT_ISSUE, ENTERPRISE_VISIT),
                "kind");
    }

    @Test
    void a_case_found_on_a_visit_arrives_through_the_visit_channel() {
        expectInvalid(
                fixture.givenNoPriorActivity(),
                found(handler("v-sidian"), Channel.WORKBENCH, CaseKind.GRID_VISIT_ISSUE, GRID_VISIT),
                "channel");
    }

    @Test
    void neither_the_public_nor_an_auditor_can_claim_a_visit() {
        expectUnrecordedRefusal(
                fixture.givenNoPriorActivity(),
                found(publicPerson(), Channel.VISIT, CaseKind.GRID_VISIT_ISSUE, GRID_VISIT),
                RefusalReason.ROLE_NOT_ALLOWED);
        expectUnrecordedRefusal(
                fixture.givenNoPriorActivity(),
                found(auditor(), Channel.VISIT, CaseKind.GRID_VISIT_ISSUE, GRID_VISIT),
                RefusalReason.ROLE_NOT_ALLOWED);
    }

    @Test
    void without_a_visit_a_handler_still_cannot_file() {
        expectUnrecordedRefusal(
                fixture.givenNoPriorActivity(),
                found(handler("v-sidian"), Channel.VISIT, CaseKind.GRID_VISIT_ISSUE, null),
                RefusalReason.ROLE_NOT_ALLOWED);
    }

    @Test
    void a_filing_without_origin_is_stored_as_before_and_an_old_filing_reads_without_origin() throws Exception {
        var json = new ObjectMapper().registerModule(new JavaTimeModule());
        var plain = new CaseFiledEvent(
                CASE_ID,
                context(1, publicPerson(), Channel.PORTAL),
                RECEIPT_CODE.value(),
                CaseKind.COMPLAINT,
                CaseCategory.OTHER,
                TITLE,
                DESCRIPTION,
                null,
                null,
                FiledComplainant.NONE);
        var stored = json.writeValueAsString(plain);
        assertThat(stored).doesNotContain("origin");
        assertThat(json.readValue(stored, CaseFiledEvent.class)).isEqualTo(plain);

        var linked = new CaseFiledEvent(
                CASE_ID,
                context(1, handler("v-sidian"), Channel.VISIT),
                RECEIPT_CODE.value(),
                CaseKind.GRID_VISIT_ISSUE,
                CaseCategory.OTHER,
                TITLE,
                DESCRIPTION,
                null,
                null,
                FiledComplainant.NONE,
                GRID_VISIT);
        var storedLinked = json.writeValueAsString(linked);
        assertThat(storedLinked).contains("\"origin\":{\"source\":\"GRID_VISIT\"");
        assertThat(json.readValue(storedLinked, CaseFiledEvent.class)).isEqualTo(linked);
    }
}
