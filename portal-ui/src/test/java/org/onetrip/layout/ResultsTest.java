package org.onetrip.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.liaison.LiaisonUi;
import org.onetrip.shared.application.Result;

/** What an appointment or agency screen says when the system says no: a sentence, never a code. */
class ResultsTest {

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
    void a_refused_field_is_named_in_the_readers_words_or_not_at_all() {
        assertThat(Results.message(source, new Result.Invalid<>("bookingCode", "unknown")))
                .isEqualTo("Please check: booking code");
        assertThat(Results.message(source, new Result.Invalid<>("aFieldAddedLater", "too long")))
                .isEqualTo("Please check what was entered.");
    }

    @Test
    void a_refusal_without_a_sentence_of_its_own_is_told_plainly_without_its_code() {
        assertThat(Results.message(source, new Result.Refused<>("A_RULE_ADDED_LATER", "detail")))
                .contains("refused this under its rules")
                .doesNotContain("A_RULE", "detail", "(");
    }
}
