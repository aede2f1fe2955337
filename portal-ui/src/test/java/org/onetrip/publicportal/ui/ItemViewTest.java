package org.onetrip.publicportal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.disclosure.api.Classification;
import org.onetrip.disclosure.api.FieldChange;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.disclosure.api.HowToApply;
import org.onetrip.disclosure.api.MaterialForm;
import org.onetrip.disclosure.api.RequiredMaterial;
import org.onetrip.disclosure.api.ServiceItemContent;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.disclosure.api.ServiceItemResponse.VersionEntry;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.api.DepartmentType;
import org.onetrip.publicportal.PublicPortal;

class ItemViewTest {

    private final PublicPortal portal = mock(PublicPortal.class);

    @BeforeEach
    void setUp() {
        PublicUi.setup(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        PublicUi.tearDown();
    }

    @Test
    void an_item_shows_its_current_version_materials_limits_and_every_version_with_what_changed() {
        var material = new RequiredMaterial("户口簿", MaterialForm.values()[0], 1, true, null);
        var content = new ServiceItemContent(
                "最低生活保障审批",
                "MINZHENG",
                HallZone.MINZHENG,
                Classification.AT_MOST_ONE_TRIP,
                null,
                "<script>alert(1)</script>",
                List.of("本乡户籍"),
                List.of(material),
                30,
                15,
                "不收费",
                List.of("申请", "审核"),
                new HowToApply(true, "民政窗口 3号", false, null, true));
        var history = List.of(
                new VersionEntry(1, Instant.parse("2026-01-05T02:00:00Z"), "第一批", null, List.of()),
                new VersionEntry(
                        2,
                        Instant.parse("2026-02-05T02:00:00Z"),
                        null,
                        "承诺时限缩短",
                        List.of(
                                new FieldChange("promisedTimeLimitDays", "20", "15", null, null),
                                new FieldChange("materials", null, null, List.of("其他材料"), List.of("户口簿")))));
        var item = new ServiceItemResponse(
                "MZ-001",
                ServiceItemStatus.PUBLISHED,
                2,
                2,
                7,
                content,
                "民政所",
                "民政",
                "最多跑一次",
                List.of(material.describe()),
                Instant.parse("2026-01-05T02:00:00Z"),
                Instant.parse("2026-02-05T02:00:00Z"),
                "b1",
                "第一批",
                null,
                history,
                null);
        when(portal.serviceItem("MZ-001")).thenReturn(Optional.of(item));
        when(portal.department("MINZHENG")).thenReturn(Optional.empty());

        var view = new ItemView(portal);
        view.show(item);
        var text = view.getElement().getTextRecursively();

        assertThat(text)
                .contains(
                        "最低生活保障审批",
                        "Version 2 · 2026-02-05",
                        "户口簿 (Original, 1 copy, original handed back on the spot)",
                        "30 working days",
                        "15 working days",
                        "At a window: 民政窗口 3号",
                        "Results can be delivered by post",
                        "Version 1 · 2026-01-05 · 第一批",
                        "承诺时限缩短",
                        "Promised time limit (working days): ",
                        "20",
                        "其他材料")
                .contains("<script>alert(1)</script>")
                .doesNotContain("!public.");
        assertThat(text.indexOf("Version 2 · 2026-02-05", text.indexOf("Version history")))
                .as("newest version first")
                .isLessThan(text.indexOf("Version 1 · 2026-01-05"));
        assertThat(PublicUi.hasElement(view.getElement(), "script")).isFalse();
    }

    /** A second version moving the item to another department and zone, with the changes of every kind. */
    private ServiceItemResponse revised() {
        var content = new ServiceItemContent(
                "就业登记",
                "renshe",
                HallZone.RENSHE,
                Classification.ZERO_VISITS,
                null,
                "本乡居民",
                List.of("甲", "乙"),
                List.of(),
                10,
                5,
                "不收费",
                List.of("申请"),
                new HowToApply(true, "人社窗口", true, "微信", false));
        var history = List.of(
                new VersionEntry(1, Instant.parse("2026-01-05T02:00:00Z"), "第一批", null, List.of()),
                new VersionEntry(
                        2,
                        Instant.parse("2026-02-05T02:00:00Z"),
                        null,
                        "划归人社",
                        List.of(
                                new FieldChange("departmentCode", "minzheng", "renshe", null, null),
                                new FieldChange("hallZone", "MINZHENG", "RENSHE", null, null),
                                new FieldChange("classification", "AT_MOST_ONE_TRIP", "ZERO_VISITS", null, null),
                                new FieldChange("conditions (order)", "乙 → 甲", "甲 → 乙", null, null),
                                new FieldChange("howToApply.window", "false", "true", null, null),
                                new FieldChange("howToApply.postalDelivery", "true", "false", null, null))));
        when(portal.department("minzheng"))
                .thenReturn(Optional.of(
                        new Department("minzheng", "民政办", "Civil Affairs Office", DepartmentType.OFFICE, null)));
        when(portal.department("renshe"))
                .thenReturn(Optional.of(
                        new Department("renshe", "人社所", "Human Resources Office", DepartmentType.OFFICE, null)));
        return new ServiceItemResponse(
                "RS-001",
                ServiceItemStatus.PUBLISHED,
                2,
                2,
                7,
                content,
                "人社所",
                "人社",
                "零上门",
                List.of(),
                Instant.parse("2026-01-05T02:00:00Z"),
                Instant.parse("2026-02-05T02:00:00Z"),
                null,
                null,
                null,
                history,
                null);
    }

    private String history(ServiceItemResponse item) {
        var view = new ItemView(portal);
        view.show(item);
        return view.getChildren()
                .filter(child -> "item-history".equals(child.getId().orElse(null)))
                .findFirst()
                .orElseThrow()
                .getElement()
                .getTextRecursively();
    }

    @Test
    void the_history_names_departments_zones_and_classifications_and_says_yes_or_no_in_english() {
        var text = history(revised());

        assertThat(text)
                .contains(
                        "Department: Civil Affairs Office → Human Resources Office",
                        "Hall zone: Civil affairs zone → Human resources and social security zone",
                        "Classification: At most one trip → Zero visits",
                        "Conditions (order changed): 乙 → 甲 → 甲 → 乙",
                        "Window application: No → Yes",
                        "Postal delivery: Yes → No")
                .doesNotContain(
                        "minzheng", "MINZHENG", "AT_MOST_ONE_TRIP", "true", "false", "(order)", "howToApply", "!");
    }

    @Test
    void the_history_names_departments_and_says_shi_or_fou_in_chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        var text = history(revised());

        assertThat(text)
                .contains(
                        "责任单位: 民政办 → 人社所",
                        "办事大厅分区: 民政专区 → 人社专区",
                        "类别: 最多跑一次 → 零上门",
                        "办理条件（顺序调整）: 乙 → 甲 → 甲 → 乙",
                        "可窗口办理: 否 → 是",
                        "结果邮寄: 是 → 否")
                .doesNotContain("minzheng", "true", "false", "(order)", "howToApply", "!");
    }

    @Test
    void a_field_the_page_has_no_name_for_is_called_other_content_not_by_its_key() {
        var item = revised();
        var unknown = new ServiceItemResponse.VersionEntry(
                3,
                Instant.parse("2026-03-05T02:00:00Z"),
                null,
                "新字段",
                List.of(new FieldChange("howToApply.newChannel", "a", "b", null, null)));
        var history = new java.util.ArrayList<>(item.history());
        history.add(unknown);
        var text = history(new ServiceItemResponse(
                item.code(),
                item.status(),
                item.version(),
                3,
                item.sequence(),
                item.content(),
                item.departmentName(),
                item.hallZoneLabel(),
                item.classificationLabel(),
                item.materialsDescribed(),
                item.firstPublishedAt(),
                item.versionPublishedAt(),
                item.batchId(),
                item.batchName(),
                item.withdrawn(),
                history,
                item.editorCheck()));

        assertThat(text).contains("Other content: a → b").doesNotContain("newChannel");
    }

    @Test
    void the_current_hall_zone_is_named_in_the_readers_language_not_by_the_catalogues_chinese_label() {
        var view = new ItemView(portal);
        view.show(revised());

        var zone = view.getChildren()
                .map(child -> child.getElement().getTextRecursively())
                .filter(text -> text.startsWith("Hall zone"))
                .findFirst()
                .orElseThrow();

        assertThat(zone).contains("Human resources and social security zone").doesNotContain("人社");
    }

    @Test
    void a_material_is_described_in_the_readers_language_around_its_own_name() {
        var material = new RequiredMaterial("身份证", MaterialForm.ORIGINAL_AND_COPY, 2, false, "本人及家庭成员");

        assertThat(MaterialTexts.describe(new ItemView(portal), material))
                .isEqualTo("身份证 (Original and copy, 2 copies; 本人及家庭成员)");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(MaterialTexts.describe(new ItemView(portal), material)).isEqualTo("身份证（原件及复印件，2份；本人及家庭成员）");
        assertThat(MaterialTexts.describe(new ItemView(portal), new RequiredMaterial("照片", null, null, false, null)))
                .isEqualTo("照片（形式未定）");
        assertThat(MaterialTexts.describe(
                        new ItemView(portal), new RequiredMaterial("身份证", MaterialForm.ORIGINAL, 0, true, null)))
                .isEqualTo("身份证（原件，原件当场退还）");
    }
}
