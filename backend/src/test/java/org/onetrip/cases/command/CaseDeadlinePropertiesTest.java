package org.onetrip.cases.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseKind;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Working-day limits are configuration: sensible defaults, per-kind overrides, and no nonsense values. */
class CaseDeadlinePropertiesTest {

    @Test
    void defaults_follow_township_practice() {
        var defaults = CaseDeadlineProperties.defaults();
        assertThat(defaults.limitFor(CaseKind.COMPLAINT)).isEqualTo(13);
        assertThat(defaults.limitFor(CaseKind.ENQUIRY)).isEqualTo(3);
        assertThat(defaults.limitFor(CaseKind.REPORT)).isEqualTo(13);
        assertThat(defaults.limitFor(CaseKind.SUGGESTION)).isEqualTo(10);
        assertThat(defaults.limitFor(CaseKind.ENTERPRISE_REQUEST)).isEqualTo(5);
        assertThat(defaults.limitFor(CaseKind.GRID_VISIT_ISSUE)).isEqualTo(10);
        assertThat(defaults.rectificationWorkingDays()).isEqualTo(10);
        assertThat(defaults.maxExtensionWorkingDays()).isEqualTo(10);
    }

    @Test
    void every_kind_has_a_limit() {
        var defaults = CaseDeadlineProperties.defaults();
        assertThat(defaults.workingDays()).containsOnlyKeys(CaseKind.values());
    }

    @Test
    void an_override_changes_its_kind_and_leaves_the_others_at_their_default() {
        var limits = new CaseDeadlineProperties(Map.of(CaseKind.ENQUIRY, 5, CaseKind.COMPLAINT, 15), 7, 20);
        assertThat(limits.limitFor(CaseKind.ENQUIRY)).isEqualTo(5);
        assertThat(limits.limitFor(CaseKind.COMPLAINT)).isEqualTo(15);
        assertThat(limits.limitFor(CaseKind.REPORT)).isEqualTo(13);
        assertThat(limits.rectificationWorkingDays()).isEqualTo(7);
        assertThat(limits.maxExtensionWorkingDays()).isEqualTo(20);
    }

    @Test
    void the_limits_cannot_be_changed_afterwards() {
        var given = new HashMap<CaseKind, Integer>(Map.of(CaseKind.ENQUIRY, 5));
        var limits = new CaseDeadlineProperties(given, null, null);
        given.put(CaseKind.ENQUIRY, 50);
        assertThat(limits.limitFor(CaseKind.ENQUIRY)).isEqualTo(5);
        assertThat(limits.workingDays()).isUnmodifiable();
    }

    @Test
    void a_limit_runs_from_one_to_sixty_working_days() {
        assertThat(new CaseDeadlineProperties(Map.of(CaseKind.ENQUIRY, 1), null, null).limitFor(CaseKind.ENQUIRY))
                .isEqualTo(1);
        assertThat(new CaseDeadlineProperties(Map.of(CaseKind.REPORT, 60), null, null).limitFor(CaseKind.REPORT))
                .isEqualTo(60);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CaseDeadlineProperties(Map.of(CaseKind.ENQUIRY, 0), null, null))
                .withMessageContaining("working-days.ENQUIRY");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CaseDeadlineProperties(Map.of(CaseKind.COMPLAINT, 61), null, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CaseDeadlineProperties(Map.of(CaseKind.COMPLAINT, -3), null, null));
    }

    @Test
    void a_kind_configured_without_a_value_is_refused() {
        var withHole = new HashMap<CaseKind, Integer>();
        withHole.put(CaseKind.SUGGESTION, null);
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseDeadlineProperties(withHole, null, null));
    }

    @Test
    void rectification_runs_from_five_to_fifteen_working_days() {
        assertThat(new CaseDeadlineProperties(null, 5, null).rectificationWorkingDays())
                .isEqualTo(5);
        assertThat(new CaseDeadlineProperties(null, 15, null).rectificationWorkingDays())
                .isEqualTo(15);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CaseDeadlineProperties(null, 4, null))
                .withMessageContaining("rectification-working-days");
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseDeadlineProperties(null, 16, null));
    }

    @Test
    void an_extension_runs_from_one_to_thirty_working_days() {
        assertThat(new CaseDeadlineProperties(null, null, 1).maxExtensionWorkingDays())
                .isEqualTo(1);
        assertThat(new CaseDeadlineProperties(null, null, 30).maxExtensionWorkingDays())
                .isEqualTo(30);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CaseDeadlineProperties(null, null, 0))
                .withMessageContaining("max-extension-working-days");
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseDeadlineProperties(null, null, 31));
    }

    @Test
    void spring_binds_the_onetrip_deadlines_properties() {
        var source = new MapConfigurationPropertySource(Map.of(
                "onetrip.deadlines.working-days.enquiry", "4",
                "onetrip.deadlines.rectification-working-days", "8",
                "onetrip.deadlines.max-extension-working-days", "12"));
        var limits = new Binder(source)
                .bind("onetrip.deadlines", CaseDeadlineProperties.class)
                .get();
        assertThat(limits.limitFor(CaseKind.ENQUIRY)).isEqualTo(4);
        assertThat(limits.limitFor(CaseKind.COMPLAINT)).isEqualTo(13);
        assertThat(limits.rectificationWorkingDays()).isEqualTo(8);
        assertThat(limits.maxExtensionWorkingDays()).isEqualTo(12);
    }

    @Test
    void spring_refuses_to_bind_an_out_of_range_limit() {
        var source = new MapConfigurationPropertySource(Map.of("onetrip.deadlines.working-days.complaint", "0"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new Binder(source).bind("onetrip.deadlines", CaseDeadlineProperties.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
