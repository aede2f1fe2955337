package org.onetrip.publicportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.projections.disclosure.DisclosureType;
import org.onetrip.publicportal.RecentDisclosure;

class RecentDisclosuresTest {

    @AfterEach
    void tearDown() {
        PublicUi.tearDown();
    }

    @Test
    void each_disclosure_links_to_its_own_public_page_with_its_kind_and_date() {
        PublicUi.setup(Locale.SIMPLIFIED_CHINESE);
        var recent = new RecentDisclosures(List.of(
                new RecentDisclosure(
                        DisclosureType.BULLETIN, "2026-10", "2026年10月办件情况通报", Instant.parse("2026-11-01T02:00:00Z")),
                new RecentDisclosure(
                        DisclosureType.SERVICE_ITEM,
                        "MZ-001",
                        "<b>最低生活保障</b>申请",
                        Instant.parse("2026-10-20T02:00:00Z")),
                new RecentDisclosure(DisclosureType.NOTICE, "n-1", "元旦值班安排", Instant.parse("2026-10-02T02:00:00Z"))));

        var links = LocatorJ._find(recent, RouterLink.class);
        assertThat(links)
                .extracting(RouterLink::getHref)
                .containsExactly("bulletins/2026-10", "items/MZ-001", "notices");
        assertThat(links.get(1).getText()).isEqualTo("<b>最低生活保障</b>申请");
        var text = recent.getElement().getTextRecursively();
        assertThat(text)
                .contains("定期通报")
                .contains("办事事项")
                .contains("通知公告")
                .contains("2026-11-01")
                .doesNotContain("2026-10-02T");
    }

    @Test
    void nothing_published_says_so() {
        PublicUi.setup(Locale.ENGLISH);
        assertThat(new RecentDisclosures(List.of()).getElement().getTextRecursively())
                .isEqualTo("Nothing has been published yet.");
    }
}
