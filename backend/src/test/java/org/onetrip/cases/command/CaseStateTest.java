package org.onetrip.cases.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.Rating;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;

/** The one step function: what each event changes, as every reader of a case's events sees it. */
class CaseStateTest {

    private static List<CaseEvent> events(Cases.History history) {
        return history.events().stream().map(CaseEvent.class::cast).toList();
    }

    /** Assigned to 民政所, returned, assigned to the village, signed for, transferred back to 民政所. */
    private static List<CaseEvent> pingPong() {
        return events(Cases.filed()
                .accepted()
                .assignedTo("minzheng")
                .returned()
                .assignedTo("v-sidian")
                .signedFor()
                .progressNote()
                .transferredTo("minzheng"));
    }

    @Test
    void just_before_the_transfer_the_village_holds_the_case_in_progress_after_one_return() {
        var events = pingPong();

        var state = CaseState.of(events.subList(0, events.size() - 1));

        assertThat(state.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(state.departmentCode()).isEqualTo("v-sidian");
        assertThat(state.signedFor()).isTrue();
        assertThat(state.returns()).isEqualTo(1);
        assertThat(state.transfers()).isZero();
        assertThat(state.dueDate()).isEqualTo(Cases.GIVEN_DUE_DATE);
    }

    @Test
    void after_the_transfer_civil_affairs_holds_it_again_unsigned_with_the_due_date_kept() {
        var state = CaseState.of(pingPong());

        assertThat(state.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(state.departmentCode()).isEqualTo("minzheng");
        assertThat(state.signedFor()).isFalse();
        assertThat(state.transfers()).isEqualTo(1);
        assertThat(state.departmentsHeld()).containsExactly("minzheng", "v-sidian");
        assertThat(state.heldBy("v-sidian")).isTrue();
        assertThat(state.heldBy("guotu")).isFalse();
        assertThat(state.dueDate()).isEqualTo(Cases.GIVEN_DUE_DATE);
    }

    @Test
    void a_return_leaves_no_department_holding_the_case_but_it_still_counts_as_held() {
        var state = CaseState.of(events(Cases.assignedTo("guotu").returned()));

        assertThat(state.status()).isEqualTo(CaseStatus.RETURNED);
        assertThat(state.departmentCode()).isNull();
        assertThat(state.heldBy("guotu")).isTrue();
    }

    @Test
    void a_pending_transfer_waits_until_answered_and_an_extension_until_decided() {
        var proposed = CaseState.of(
                events(Cases.signedForBy("guotu").transferProposed("minzheng").extensionRequested(3)));
        assertThat(proposed.pendingTransfer().toDepartmentCode()).isEqualTo("minzheng");
        assertThat(proposed.pendingExtension().workingDays()).isEqualTo(3);
        assertThat(proposed.departmentCode()).isEqualTo("guotu");

        var answered = CaseState.of(events(Cases.signedForBy("guotu")
                .transferProposed("minzheng")
                .extensionRequested(3)
                .answered()));
        assertThat(answered.pendingTransfer()).isNull();
        assertThat(answered.pendingExtension()).isNull();
        assertThat(answered.answeringDepartmentCode()).isEqualTo("guotu");
        assertThat(answered.answered()).isTrue();
    }

    @Test
    void an_approved_extension_moves_the_due_date_and_adds_the_working_days() {
        var extended = LocalDate.parse("2026-03-05");

        var state = CaseState.of(
                events(Cases.signedForBy("guotu").extensionRequested(5).extensionApproved(extended)));

        assertThat(state.dueDate()).isEqualTo(extended);
        assertThat(state.deadline().workingDays()).isEqualTo(Cases.COMPLAINT_WORKING_DAYS + 5);
        assertThat(state.pendingExtension()).isNull();
    }

    @Test
    void a_reopened_case_keeps_the_rating_that_reopened_it_until_the_next_answer() {
        var reopened = CaseState.of(
                events(Cases.answeredBy("guotu").rated(Rating.DISSATISFIED).reopened()));

        assertThat(reopened.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(reopened.rating()).isEqualTo(Rating.DISSATISFIED);
        assertThat(reopened.reopenings()).isEqualTo(1);
        assertThat(reopened.dueDate()).isEqualTo(Cases.GIVEN_RECTIFICATION_DUE_DATE);

        var answeredAgain = CaseState.of(events(
                Cases.answeredBy("guotu").rated(Rating.DISSATISFIED).reopened().answered()));
        assertThat(answeredAgain.rating()).isNull();
    }

    @Test
    void supervision_opens_and_concludes() {
        assertThat(CaseState.of(events(Cases.assignedTo("guotu").supervisionOpened()))
                        .supervisionOpen())
                .isTrue();
        assertThat(CaseState.of(events(
                                Cases.assignedTo("guotu").supervisionOpened().supervisionConcluded()))
                        .supervisionOpen())
                .isFalse();
    }

    @Test
    void before_its_filing_there_is_no_case() {
        assertThat(CaseState.of(List.of()).exists()).isFalse();
        assertThat(CaseState.NONE.heldBy("guotu")).isFalse();
    }

    /** A new kind of case event cannot be added without saying what it changes (or that it changes nothing). */
    @Test
    void every_kind_of_case_event_has_a_step() throws Exception {
        var filed = CaseState.of(events(Cases.assignedTo("guotu")));
        for (var type : CaseEvent.class.getPermittedSubclasses()) {
            var event = (CaseEvent) instance(type);
            assertThatCode(() -> filed.step(event)).as(type.getSimpleName()).doesNotThrowAnyException();
        }
        assertThat(CaseEvent.class.getPermittedSubclasses()).hasSizeGreaterThanOrEqualTo(25);
    }

    private static Object instance(Class<?> type) throws Exception {
        var components = type.getRecordComponents();
        var arguments = new Object[components.length];
        var parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
            arguments[i] = sample(components[i]);
        }
        return type.getDeclaredConstructor(parameterTypes).newInstance(arguments);
    }

    private static Object sample(RecordComponent component) {
        var type = component.getType();
        if (type == String.class) {
            return "guotu";
        }
        if (type == EventContext.class) {
            return new EventContext(
                    "e-1", new Actor("someone", Role.INTAKE, "bianmin"), Channel.WORKBENCH, Instant.now());
        }
        if (type == LocalDate.class) {
            return LocalDate.parse("2026-03-02");
        }
        if (type == int.class) {
            return 1;
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == FiledComplainant.class) {
            return FiledComplainant.NONE;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }
}
