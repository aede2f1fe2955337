package org.onetrip.editorial.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.OneTripApplication;
import org.onetrip.disclosure.application.PublishedDisclosures;
import org.onetrip.layout.AccessDeniedView;
import org.onetrip.testing.SpringUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The 政务公开 editing screens in the real application, driven through Karibu: who may open which, the
 * forms' validation, the bulletin's preview-then-publish and the assessment's weights.
 */
@SpringBootTest(classes = OneTripApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class EditorialScreensWithSpringTest {

    static final Path DATA_DIR = SpringUi.temporaryFolder("onetrip-editorial-screens-test");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onetrip.data-dir", DATA_DIR::toString);
        registry.add("onetrip.demo-data", () -> "false");
        registry.add("onetrip.demo-accounts", () -> "true");
        registry.add("onetrip.integrity.checkpoint.cron", () -> "-");
        registry.add("onetrip.notifications.enabled", () -> "false");
        registry.add("spring.main.banner-mode", () -> "off");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    PublishedDisclosures published;

    @BeforeAll
    static void noUpdateCheck() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    @AfterEach
    void tearDown() {
        SpringUi.tearDown();
    }

    @Test
    void the_assessment_screen_shows_the_weights_it_used_and_how_each_score_is_made_up() {
        SpringUi.signInAs(context, "auditor", Locale.ENGLISH);
        UI.getCurrent().navigate(AssessmentView.class);

        var weights = text(_get(NativeTable.class, spec -> spec.withId("assessment-weights")));
        assertThat(weights)
                .contains("Weight of the on-time rate", "60", "Points per bounce (A → B → A)", "3")
                .doesNotContain("ping-pong-deduction");
        var scores = text(_get(NativeTable.class, spec -> spec.withId("assessment-scores")));
        assertThat(scores).contains("Civil Affairs Office", "Nothing answered or rated (base counts as 100) = 100");
        assertThat(_get(Paragraph.class, spec -> spec.withId("assessment-inputs"))
                        .getText())
                .startsWith("Period: " + YearMonth.now(Tables.ZONE).getYear() + "-01-01 00:00 to ");
    }

    @Test
    void a_bulletin_is_published_only_after_a_preview_and_any_change_withdraws_the_preview() {
        SpringUi.signInAs(context, "li.qing", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(BulletinPublishView.class);
        var publish = _get(Button.class, spec -> spec.withId("bulletin-publish"));
        assertThat(publish.isEnabled()).isFalse();

        @SuppressWarnings("unchecked")
        Select<YearMonth> period = _get(Select.class, spec -> spec.withId("bulletin-period"));
        period.setValue(YearMonth.now(Tables.ZONE).minusMonths(1));
        _click(_get(Button.class, spec -> spec.withId("bulletin-preview")));
        assertThat(publish.isEnabled()).isTrue();
        assertThat(text(_get(NativeTable.class, spec -> spec.withId("bulletin-preview-table"))))
                .contains("全乡合计", "民政所");

        period.setValue(YearMonth.now(Tables.ZONE).minusMonths(2));
        assertThat(publish.isEnabled())
                .as("a changed month withdraws the preview")
                .isFalse();
        assertThatThrownBy(() -> _click(publish)).isInstanceOf(IllegalStateException.class);
        _get(BulletinPublishView.class).publish();
        assertThat(published.bulletins())
                .as("without a preview nothing is published")
                .isEmpty();

        _click(_get(Button.class, spec -> spec.withId("bulletin-preview")));
        _click(publish);
        assertThat(_get(Paragraph.class, spec -> spec.withId("bulletin-message"))
                        .getText())
                .isEqualTo("已发布，内容与预览一致。");
        assertThat(published.bulletins())
                .singleElement()
                .satisfies(bulletin -> assertThat(bulletin.period())
                        .isEqualTo(YearMonth.now(Tables.ZONE).minusMonths(2)));
        assertThat(_get(RouterLink.class, spec -> spec.withId("bulletin-published-link"))
                        .getText())
                .endsWith("月“最多跑一次”改革工作通报");
    }

    @Test
    void a_cut_off_that_has_not_passed_is_not_previewed() {
        SpringUi.signInAs(context, "admin", Locale.ENGLISH);
        UI.getCurrent().navigate(BulletinPublishView.class);
        var view = _get(BulletinPublishView.class);
        view.cutOff().setValue(view.cutOff().getValue().plusDays(40));
        _click(_get(Button.class, spec -> spec.withId("bulletin-preview")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("bulletin-message"))
                        .getText())
                .isEqualTo("The cut-off must fall within the month and have passed.");
        assertThat(_get(Button.class, spec -> spec.withId("bulletin-publish")).isEnabled())
                .isFalse();
    }

    @Test
    void only_the_discipline_office_and_administrators_open_the_bulletin_screen() {
        SpringUi.signInAs(context, "zhang.min", Locale.ENGLISH);
        UI.getCurrent().navigate("editor/bulletins");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(c -> c instanceof BulletinPublishView)
                .anySatisfy(c -> assertThat(c).isInstanceOf(AccessDeniedView.class));
    }

    static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
