package org.onetrip.disclosure.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceItemDiffTest {

    static ServiceItemContent content(
            int promised, List<String> steps, List<RequiredMaterial> materials, boolean online) {
        return new ServiceItemContent(
                "低保",
                "minzheng",
                HallZone.MINZHENG,
                Classification.AT_MOST_ONE_TRIP,
                null,
                "范围",
                List.of("条件"),
                materials,
                30,
                promised,
                "不收费",
                steps,
                new HowToApply(true, "窗口", online, online ? "微信" : null, false));
    }

    static final RequiredMaterial ID = new RequiredMaterial("身份证", MaterialForm.ORIGINAL, 0, true, null);
    static final RequiredMaterial BOOK = new RequiredMaterial("户口簿", MaterialForm.COPY, 1, false, null);

    @Test
    void identical_versions_have_no_changes() {
        var a = content(20, List.of("申请", "审批"), List.of(ID, BOOK), false);
        assertThat(ServiceItemDiff.between(a, a)).isEmpty();
    }

    @Test
    void values_show_before_and_after_and_lists_what_was_removed_and_added() {
        var before = content(20, List.of("申请", "审批"), List.of(ID, BOOK), false);
        var after = content(15, List.of("申请", "审批", "短信告知"), List.of(ID), true);
        var changes = ServiceItemDiff.between(before, after);
        assertThat(changes)
                .extracting(FieldChange::field)
                .containsExactly(
                        "materials",
                        "promisedTimeLimitDays",
                        "processSteps",
                        "howToApply.online",
                        "howToApply.onlineEntry");
        assertThat(changes.get(0).removed()).containsExactly("户口簿（复印件，1份）");
        assertThat(changes.get(0).added()).isEmpty();
        assertThat(changes.get(1))
                .isEqualTo(new FieldChange("promisedTimeLimitDays", "20", "15", List.of(), List.of()));
        assertThat(changes.get(2).added()).containsExactly("短信告知");
        assertThat(changes.get(4).after()).isEqualTo("微信");
    }

    @Test
    void a_reordered_list_is_reported_as_an_order_change() {
        var before = content(20, List.of("申请", "审批"), List.of(ID), false);
        var after = content(20, List.of("审批", "申请"), List.of(ID), false);
        assertThat(ServiceItemDiff.between(before, after))
                .extracting(FieldChange::field)
                .containsExactly("processSteps (order)");
    }

    @Test
    void a_hall_zone_or_classification_change_carries_the_enum_names_not_chinese_labels() {
        var before = content(20, List.of("申请"), List.of(ID), false);
        var after = new ServiceItemContent(
                before.name(),
                before.departmentCode(),
                HallZone.RENSHE,
                Classification.ZERO_VISITS,
                before.classificationReason(),
                before.scope(),
                before.conditions(),
                before.materials(),
                before.legalTimeLimitDays(),
                before.promisedTimeLimitDays(),
                before.fees(),
                before.processSteps(),
                before.howToApply());
        assertThat(ServiceItemDiff.between(before, after))
                .containsExactly(
                        new FieldChange("hallZone", "MINZHENG", "RENSHE", List.of(), List.of()),
                        new FieldChange("classification", "AT_MOST_ONE_TRIP", "ZERO_VISITS", List.of(), List.of()));
    }
}
