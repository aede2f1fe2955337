package org.onetrip.home.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCountsResponse;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.i18n.BundleI18NProvider;
import org.onetrip.publicportal.PublicPortal;

class HomeViewTest {

    private final CaseFigures figures = mock(CaseFigures.class);
    private final PublicPortal portal = mock(PublicPortal.class);

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", BundleI18NProvider.class.getName());
        MockVaadin.setup(new Routes());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        when(figures.headline()).thenReturn(new Headline("2026-01", 10, 0.9, 8, 0.75));
        when(figures.counts()).thenReturn(new CaseCountsResponse(12, Map.of(CaseStatus.CLOSED, 12L)));
        when(portal.recentDisclosures(HomeView.RECENT_DISCLOSURES)).thenReturn(List.of());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void the_live_figures_refresh_every_ten_seconds_until_the_reader_pauses_them_and_again_when_resumed() {
        var view = new HomeView(figures, portal);
        var ui = UI.getCurrent();
        ui.add(view);
        assertThat(ui.getPollInterval()).isEqualTo(HomeView.POLL_MILLIS);
        assertThat(view.pause.getText()).isEqualTo("Pause refreshing");

        view.pause.click();
        assertThat(ui.getPollInterval()).isEqualTo(-1);
        assertThat(view.pause.getText()).isEqualTo("Resume refreshing");

        view.pause.click();
        assertThat(ui.getPollInterval()).isEqualTo(HomeView.POLL_MILLIS);
        assertThat(view.pause.getText()).isEqualTo("Pause refreshing");
    }
}
