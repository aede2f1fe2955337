package org.onetrip.liaison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.liaison.LiaisonUi;
import org.onetrip.shared.api.InvalidCommandException;

/** What a liaison screen says when the system says no: a sentence, never a reason's or a field's code. */
class AttemptsTest {

    final Span source = new Span();

    @BeforeEach
    void setUp() {
        LiaisonUi.setup(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        LiaisonUi.tearDown();
    }

    @Test
    void a_case_refusal_on_a_liaison_screen_is_told_in_the_workbenchs_words() {
        Attempts.refused(source, "NOT_YOUR_DEPARTMENT", "case c-1 is with minzheng");

        assertThat(shownText())
                .contains("The case is not with your department.")
                .doesNotContain("NOT_YOUR", "c-1");
    }

    @Test
    void a_refusal_without_a_sentence_of_its_own_is_told_plainly_without_its_code() {
        Attempts.refused(source, "A_RULE_ADDED_LATER", null);

        assertThat(shownText()).contains("refused this under its rules").doesNotContain("A_RULE", "(", "{");
    }

    @Test
    void a_field_the_backend_refuses_is_named_in_the_readers_words_or_not_at_all() {
        Attempts.run(source, () -> {
            throw new InvalidCommandException("liaisonPersonId", "no such cadre");
        });
        assertThat(shownText()).contains("liaison cadre").doesNotContain("liaisonPersonId", "no such");

        NotificationsKt.clearNotifications();
        Attempts.run(source, () -> {
            throw new InvalidCommandException("aFieldAddedLater", "too long");
        });
        assertThat(shownText()).contains("nothing was saved").doesNotContain("aFieldAddedLater", "(");
    }

    private static String shownText() {
        var shown = NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        return shown.get(0).getElement().getProperty("text");
    }
}
