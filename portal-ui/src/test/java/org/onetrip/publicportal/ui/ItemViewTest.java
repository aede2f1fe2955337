package org.onetrip.publicportal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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
                        "户口簿（",
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
}
