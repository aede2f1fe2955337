package org.onetrip.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.cases.application.CaseOutcome;

/** A case's answer goes straight to the screen's refusal code: no HTTP problem on the way. */
class WorkbenchCommandsTest {

    @Test
    void done_is_the_value_and_each_failure_its_code() {
        assertThat(WorkbenchCommands.done(() -> new CaseOutcome.Done<>("x"))).isEqualTo("x");
        assertThat(codeOf(new CaseOutcome.Refused<>(RefusalReason.NOT_YOUR_DEPARTMENT, "d")))
                .isEqualTo("NOT_YOUR_DEPARTMENT");
        assertThat(codeOf(new CaseOutcome.Invalid<>("reason", "blank"))).isEqualTo(WorkbenchRefusal.INVALID);
        assertThat(codeOf(new CaseOutcome.Unknown<>("no case"))).isEqualTo(WorkbenchRefusal.UNKNOWN_CASE);
        assertThat(codeOf(new CaseOutcome.Forbidden<>("never held"))).isEqualTo(WorkbenchRefusal.ACCESS_DENIED);
        assertThat(codeOf(new CaseOutcome.Conflict<>("changed"))).isEqualTo(WorkbenchRefusal.CONCURRENT);
    }

    @Test
    void a_failure_nobody_foresaw_still_says_something_on_screen() {
        var refusal = catchThrowableOfType(
                () -> WorkbenchCommands.done(() -> {
                    throw new IllegalStateException("disk full");
                }),
                WorkbenchRefusal.class);
        assertThat(refusal.code()).isEqualTo(WorkbenchRefusal.FAILED);
    }

    private static String codeOf(CaseOutcome<?> outcome) {
        return catchThrowableOfType(() -> WorkbenchCommands.done(() -> outcome), WorkbenchRefusal.class)
                .code();
    }
}
