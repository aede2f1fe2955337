package org.onetrip.workbench.contact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.workbench.ui.WorkbenchUi.text;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.ComplainantContactResponse;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.ContactStatus;
import org.onetrip.workbench.WorkbenchRefusal;
import org.onetrip.workbench.ui.WorkbenchUi;

class ContactPanelTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    final List<String> asked = new ArrayList<>();
    final AtomicInteger timelineRefreshes = new AtomicInteger();
    ComplainantContactResponse answer;
    ContactPanel panel;

    @BeforeEach
    void setUp() {
        WorkbenchUi.start(ZH);
        panel = new ContactPanel(
                (caseId, reason) -> {
                    asked.add(caseId + ": " + reason);
                    if (answer == null) {
                        throw new WorkbenchRefusal("ROLE_NOT_ALLOWED", "HANDLER may not view complainant contact");
                    }
                    return answer;
                },
                timelineRefreshes::incrementAndGet);
        UI.getCurrent().add(panel);
    }

    @AfterEach
    void tearDown() {
        WorkbenchUi.stop();
    }

    @Test
    void without_a_case_nothing_can_be_shown() {
        assertThat(panel.show.isEnabled()).isFalse();
    }

    @Test
    void the_reason_is_required_and_at_most_200_characters_each_with_a_message_next_to_it() {
        panel.show("case-1");
        _click(panel.show);
        assertThat(panel.reason.isInvalid()).isTrue();
        assertThat(panel.reason.getErrorMessage()).isEqualTo(text(ZH, "workbench.error.required"));

        _setValue(panel.reason, "回".repeat(201));
        _click(panel.show);
        assertThat(panel.reason.getErrorMessage()).contains("200").contains("201");
        assertThat(asked).isEmpty();
        assertThat(timelineRefreshes).hasValue(0);
    }

    @Test
    void with_a_reason_the_decrypted_contact_is_shown_as_text_and_the_timeline_refreshed() {
        var hostile = "<img src=x onerror=alert(1)>";
        answer = ComplainantContactResponse.available("case-1", true, new ContactDetails(hostile, "13800001111", null));
        panel.show("case-1");
        _setValue(panel.reason, "  回访核实办理结果  ");
        _click(panel.show);

        assertThat(asked).containsExactly("case-1: 回访核实办理结果");
        assertThat(timelineRefreshes).hasValue(1);
        assertThat(spanText("contact-name")).isEqualTo(hostile);
        assertThat(spanText("contact-phone")).isEqualTo("13800001111");
        assertThat(spanText("contact-email")).isEqualTo("—");
        assertThat(_find(panel, Paragraph.class, spec -> spec.withId("contact-anonymous")))
                .singleElement()
                .satisfies(p -> assertThat(p.getText()).contains("匿名"));
        assertThat(_find(Html.class)).isEmpty();
        assertThat(panel.reason.isInvalid()).isFalse();

        panel.show("case-2");
        assertThat(panel.result.getChildren())
                .as("another case shows nothing of the first")
                .isEmpty();
    }

    @Test
    void erased_contact_data_says_so_and_shows_no_fields() {
        answer = ComplainantContactResponse.without("case-1", ContactStatus.ERASED, false);
        panel.show("case-1");
        _setValue(panel.reason, "核实");
        _click(panel.show);
        assertThat(panel.result.getElement().getTextRecursively())
                .isEqualTo(text(ZH, "workbench.contact.status.ERASED"));
        assertThat(_find(panel, Span.class, spec -> spec.withId("contact-phone")))
                .isEmpty();
    }

    @Test
    void a_refusal_shows_nothing_but_the_reason_for_it() {
        answer = null;
        panel.show("case-1");
        _setValue(panel.reason, "想看看");
        _click(panel.show);
        assertThat(panel.result.getChildren()).isEmpty();
        assertThat(timelineRefreshes).hasValue(0);
        NotificationsKt.expectNotifications(
                text(ZH, "workbench.refused.title") + " " + text(ZH, "workbench.refused.ROLE_NOT_ALLOWED"));
    }

    private String spanText(String id) {
        return _find(panel, Span.class, spec -> spec.withId(id)).get(0).getText();
    }
}
