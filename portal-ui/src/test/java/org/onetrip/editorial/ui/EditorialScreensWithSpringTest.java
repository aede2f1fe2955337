package org.onetrip.editorial.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.disclosure.api.Classification;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.disclosure.api.HowToApply;
import org.onetrip.disclosure.api.MaterialForm;
import org.onetrip.disclosure.api.RequiredMaterial;
import org.onetrip.disclosure.api.ServiceItemContent;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.disclosure.application.PublishedDisclosures;
import org.onetrip.layout.AccessDeniedView;
import org.onetrip.testing.PortalSpringTest;
import org.onetrip.testing.SharedSearchNode;
import org.onetrip.testing.SpringUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The 政务公开 editing screens in the real application, driven through Karibu: who may open which, the
 * forms' validation, the bulletin's preview-then-publish and the assessment's weights.
 */
@PortalSpringTest
class EditorialScreensWithSpringTest {

    static final Path DATA_DIR = SpringUi.temporaryFolder("onetrip-editorial-screens-test");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onetrip.data-dir", DATA_DIR::toString);
        SharedSearchNode.register(registry, DATA_DIR);
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

    @Test
    void a_notice_needs_a_title_and_a_text_and_a_correction_or_retraction_needs_its_reason() {
        SpringUi.signInAs(context, "zhang.min", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(NoticeEditorView.class);
        var view = _get(NoticeEditorView.class);
        var before = published.notices().size();

        view.body.setValue("自下月起，民政专区周六上午开放。");
        _click(view.publish);
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("必填。");
        assertThat(view.body.getValue())
                .as("typed text survives a refused action")
                .isEqualTo("自下月起，民政专区周六上午开放。");
        assertThat(published.notices()).hasSize(before);

        view.title.setValue("民政专区周六开放");
        _click(view.publish);
        assertThat(view.message.getText()).isEqualTo("公告已发布。");
        var notice = published.notices().stream()
                .filter(n -> n.title().equals("民政专区周六开放"))
                .findFirst()
                .orElseThrow();

        var correction = view.correctionForm(notice);
        correction.body.setValue("自下月起，民政专区周六全天开放。");
        _click(correction.submit);
        assertThat(correction.reason.isInvalid()).isTrue();
        correction.reason.setValue("开放时间写错");
        _click(correction.submit);
        assertThat(published.notice(notice.noticeId()).orElseThrow().corrections())
                .singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("开放时间写错"));

        var corrected = published.notice(notice.noticeId()).orElseThrow();
        var retraction = view.retractionForm(corrected);
        _click(retraction.submit);
        assertThat(retraction.reason.isInvalid()).isTrue();
        retraction.reason.setValue("安排取消");
        _click(retraction.submit);
        assertThat(published
                        .notice(notice.noticeId())
                        .orElseThrow()
                        .retraction()
                        .reason())
                .isEqualTo("安排取消");
    }

    @Test
    void a_handler_of_another_department_reads_notices_but_is_offered_no_editing() {
        SpringUi.signInAs(context, "handler.guotu", Locale.ENGLISH);
        UI.getCurrent().navigate(NoticeEditorView.class);
        assertThat(_find(Button.class, spec -> spec.withId("notice-publish"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("notice-correct")))
                .isEmpty();
    }

    @Test
    void the_item_form_checks_as_the_editor_types_and_a_batch_waits_for_the_acknowledgement_of_vague_wording() {
        SpringUi.signInAs(context, "zhang.min", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(ItemEditorView.class);
        var view = _get(ItemEditorView.class);
        _click(_get(Button.class, spec -> spec.withId("item-new-draft")));
        var code = _get(TextField.class, spec -> spec.withId("item-code"));
        code.setValue("mz 9");
        _click(_get(Button.class, spec -> spec.withId("item-save")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("编号格式应如 MZ-010。");

        var form = view.form;
        form.name.setValue("临时救助申请");
        form.conditions.setValue("本乡户籍\n其他相关材料");
        var check = text(form.check);
        assertThat(check).contains("办理条件 第2项：“其他相关材料”").contains("所需材料", "办事大厅分区");
        assertThat(check).doesNotContain("hallZone", "conditions[", "is required");

        code.setValue("MZ-901");
        _click(_get(Button.class, spec -> spec.withId("item-save")));
        assertThat(view.message.getText()).isEqualTo("草稿 MZ-901 已创建。");
        assertThat(view.form.name.getValue()).as("the saved draft stays open").isEqualTo("临时救助申请");

        view.form.setContent(complete("本乡户籍\n其他相关材料"));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("item-check-ready")))
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withId("item-save")));
        assertThat(view.message.getText()).isEqualTo("草稿 MZ-901 已保存。");

        @SuppressWarnings("unchecked")
        CheckboxGroup<ServiceItemListResponse.Entry> chosen =
                _get(CheckboxGroup.class, spec -> spec.withId("batch-items"));
        chosen.select(chosen.getListDataView()
                .getItems()
                .filter(e -> e.code().equals("MZ-901"))
                .findFirst()
                .orElseThrow());
        _get(TextField.class, spec -> spec.withId("batch-name")).setValue("第九批");
        _click(_get(Button.class, spec -> spec.withId("batch-publish")));
        assertThat(text(_get(UnorderedList.class, spec -> spec.withId("batch-problems"))))
                .isEqualTo("MZ-901 含兜底性表述，请修改或填写保留理由。");
        assertThat(published.serviceItem("MZ-901", null)).isEmpty();

        _get(TextArea.class, spec -> spec.withClasses("batch-acknowledgement")).setValue("其他相关材料以民政部门清单为准");
        _click(_get(Button.class, spec -> spec.withId("batch-publish")));
        assertThat(view.message.getText()).isEqualTo("“第九批”已公布，共 1 项。");
        assertThat(published.serviceItem("MZ-901", null).orElseThrow().batchName())
                .isEqualTo("第九批");

        view.open("MZ-901");
        view.form.promisedDays.setValue(3);
        _click(_get(Button.class, spec -> spec.withId("item-publish-revision")));
        var note = _get(TextArea.class, spec -> spec.withId("item-change-note"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(view.form.promisedDays.getValue())
                .as("typed text survives a refused action")
                .isEqualTo(3);
        note.setValue("承诺时限缩短为3个工作日");
        _get(TextArea.class, spec -> spec.withId("item-acknowledgement")).setValue("以民政部门清单为准");
        _click(_get(Button.class, spec -> spec.withId("item-publish-revision")));
        assertThat(view.message.getText()).isEqualTo("事项 MZ-901 的新版本已发布。");
        var item = published.serviceItem("MZ-901", null).orElseThrow();
        assertThat(item.currentVersion()).isEqualTo(2);
        assertThat(text(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("item-history"))))
                .contains("第2版", "修改说明：承诺时限缩短为3个工作日", "承诺时限（工作日，不超过法定时限）：由“5”改为“3”");
    }

    static ServiceItemContent complete(String conditions) {
        return new ServiceItemContent(
                "临时救助申请",
                "minzheng",
                HallZone.MINZHENG,
                Classification.AT_MOST_ONE_TRIP,
                null,
                "本乡遭遇突发困难的家庭",
                List.of(conditions.split("\n")),
                List.of(new RequiredMaterial("身份证", MaterialForm.ORIGINAL_AND_COPY, 1, true, null)),
                10,
                5,
                "不收费",
                List.of("窗口受理", "审核", "发放"),
                new HowToApply(true, "民政专区3号窗口", false, null, false));
    }

    static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
