package org.onetrip.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.onetrip.disclosure.application.DisclosureOutcomeOf;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;

/** A stale If-Match on a service item or notice answers about what was sent, never about a case. */
class StaffDisclosureAnswersTest {

    static final DisclosureOutcomeOf<Object> STALE = new DisclosureOutcomeOf.Conflict<>(
            "The version of aggregate [MZ-001] was not as expected. Expected [1], but repository found [3]");

    @Test
    void a_service_item_changed_since_it_was_read_is_a_concurrent_modification_naming_the_item() {
        var problem = catchThrowableOfType(
                        () -> StaffDisclosureController.answer(STALE, "the service item"), ApiException.class)
                .problem();
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType()).isEqualTo(Problems.CONCURRENT_MODIFICATION);
        assertThat(problem.getDetail())
                .isEqualTo("the service item changed since you read it; read it again and retry");
    }

    @Test
    void a_notice_changed_since_it_was_read_names_the_notice_and_not_the_framework_s_words() {
        var problem = catchThrowableOfType(
                        () -> StaffDisclosureController.answer(STALE, "the notice"), ApiException.class)
                .problem();
        assertThat(problem.getDetail()).startsWith("the notice changed").doesNotContain("case", "aggregate");
    }
}
