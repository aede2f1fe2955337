package org.onetrip.publicportal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.projections.disclosure.DisclosureDocument;
import org.onetrip.projections.disclosure.DisclosureSearch;
import org.onetrip.projections.disclosure.DisclosureType;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.publicportal.PublicPortal;

/** The public disclosure search over a stand-in portal service: bulletins beside items and notices. */
class DisclosureSearchViewTest {

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
    void a_search_lists_bulletins_items_and_notices_each_linking_to_its_own_page() {
        var bulletin = document(DisclosureType.BULLETIN, "b-11");
        bulletin.title = "2026年11月通报";
        bulletin.body = "2026年11月定期通报：受理6件，办结2件，按期办结率100%，群众满意率50%，督办1件，问责0次。";
        bulletin.period = "2026-11";
        bulletin.received = 6;
        bulletin.answered = 2;
        bulletin.onTimeRate = 100.0;
        var item = document(DisclosureType.SERVICE_ITEM, "MZ-001");
        item.name = "最低生活保障审批";
        item.scope = "本乡户籍居民" + "很长".repeat(100);
        var notice = document(DisclosureType.NOTICE, "n-1");
        notice.title = "关于低保年审的通知";
        notice.body = "请于四月底前办理";
        notice.retracted = true;
        when(portal.searchDisclosures(any(), any(), eq(0), anyInt()))
                .thenReturn(new DisclosureSearch.Response(3, 0, 50, List.of(bulletin, item, notice)));

        var view = new DisclosureSearchView(portal);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.grid, 0))
                .contains(
                        "Bulletin",
                        "Bulletin for 11/2026: 6 received, 2 answered; on time: 100%; satisfaction: no data.");
        assertThat(GridKt._getFormattedRow(view.grid, 1).get(0)).isEqualTo("Service item");
        assertThat(GridKt._getFormattedRow(view.grid, 1).get(2))
                .hasSize(DisclosureSearchView.SUMMARY)
                .endsWith("…");
        assertThat(GridKt._getFormattedRow(view.grid, 2).get(0)).isEqualTo("Notice · Retracted");
        assertThat(view.found.getText()).isEqualTo("3 found, showing the first 3");
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Nothing matches. Try other words, or clear the filters.");

        var link = (RouterLink) GridKt._getCellComponent(view.grid, 0, "title");
        assertThat(link.getHref()).isEqualTo("bulletins/b-11");
        assertThat(((RouterLink) GridKt._getCellComponent(view.grid, 1, "title")).getHref())
                .isEqualTo("items/MZ-001");
        assertThat(((RouterLink) GridKt._getCellComponent(view.grid, 2, "title")).getHref())
                .isEqualTo("notices");
    }

    @Test
    void the_kind_narrows_the_search_and_a_refused_search_says_why_and_shows_nothing() {
        when(portal.searchDisclosures(any(), isNull(), eq(0), anyInt()))
                .thenReturn(new DisclosureSearch.Response(0, 0, 50, List.of()));
        var onlyBulletins = document(DisclosureType.BULLETIN, "b-10");
        onlyBulletins.title = "10月通报";
        when(portal.searchDisclosures(any(), eq(DisclosureType.BULLETIN), eq(0), anyInt()))
                .thenReturn(new DisclosureSearch.Response(1, 0, 50, List.of(onlyBulletins)));
        var view = new DisclosureSearchView(portal);
        assertThat(GridKt._size(view.grid)).isZero();
        view.type.setValue(DisclosureType.BULLETIN);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);

        when(portal.searchDisclosures(eq("太长"), any(), eq(0), anyInt()))
                .thenThrow(new InvalidSearchException("q", "too long"));
        view.text.setValue("太长");
        view.search();
        assertThat(GridKt._size(view.grid)).isZero();
        NotificationsKt.expectNotifications("A search may be at most 200 characters long.");
    }

    private static DisclosureDocument document(DisclosureType type, String code) {
        var doc = new DisclosureDocument();
        doc.type = type;
        doc.code = code;
        doc.id = type.documentId(code);
        doc.lastChangedAt = Instant.parse("2026-11-26T08:00:00Z");
        return doc;
    }
}
