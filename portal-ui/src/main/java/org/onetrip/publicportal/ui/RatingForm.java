package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.onetrip.cases.api.Rating;

/** 好差评: five levels and an optional comment; fires {@link RateEvent} when valid. */
public class RatingForm extends VerticalLayout {

    public static final int COMMENT_MAX = 2000;

    final RadioButtonGroup<Rating> rating = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final Button submit = new Button();

    public RatingForm() {
        setId("rating-form");
        setPadding(false);
        rating.setId("rating");
        rating.setLabel(getTranslation("public.rating.level"));
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(r -> getTranslation("public.rating." + r.name()));
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        rating.setRequiredIndicatorVisible(true);

        comment.setId("rating-comment");
        comment.setLabel(getTranslation("public.rating.comment"));
        comment.setMaxLength(COMMENT_MAX);
        comment.setValueChangeMode(ValueChangeMode.LAZY);
        comment.setWidthFull();
        comment.addValueChangeListener(e -> count());
        count();

        submit.setId("submit-rating");
        submit.setText(getTranslation("public.rating.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        add(new H3(getTranslation("public.rating.heading")), rating, comment, submit);
    }

    /** Fires {@link RateEvent} when a level is chosen and the comment is short enough. */
    public boolean submit() {
        boolean valid = true;
        if (rating.getValue() == null) {
            rating.setErrorMessage(getTranslation("public.rating.required"));
            rating.setInvalid(true);
            valid = false;
        } else {
            rating.setInvalid(false);
        }
        var text = comment.getValue() == null ? "" : comment.getValue();
        if (text.length() > COMMENT_MAX) {
            comment.setErrorMessage(getTranslation("public.too-long", COMMENT_MAX));
            comment.setInvalid(true);
            valid = false;
        } else {
            comment.setInvalid(false);
        }
        if (valid) {
            fireEvent(new RateEvent(this, rating.getValue(), text.strip()));
        }
        return valid;
    }

    private void count() {
        int length = comment.getValue() == null ? 0 : comment.getValue().length();
        comment.setHelperText(getTranslation("public.counter", length, COMMENT_MAX));
    }

    public Registration addRateListener(ComponentEventListener<RateEvent> listener) {
        return addListener(RateEvent.class, listener);
    }

    public static class RateEvent extends ComponentEvent<RatingForm> {
        private final Rating rating;
        private final String comment;

        RateEvent(RatingForm source, Rating rating, String comment) {
            super(source, false);
            this.rating = rating;
            this.comment = comment;
        }

        public Rating rating() {
            return rating;
        }

        public String comment() {
            return comment;
        }
    }
}
