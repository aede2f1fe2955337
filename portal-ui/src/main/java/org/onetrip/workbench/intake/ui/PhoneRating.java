package org.onetrip.workbench.intake.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.Rating;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.publicportal.ui.RatingForm;
import org.onetrip.shared.api.Channel;
import org.onetrip.workbench.intake.IntakeDesk;
import org.onetrip.workbench.ui.FieldChecks;

/**
 * A rating the complainant gave by phone or at the window, recorded by intake on their behalf: the
 * public rating form (five levels, comment) plus the channel it came by. Only an answered case can be
 * rated; for any other the form says so and stays hidden.
 */
public class PhoneRating extends VerticalLayout {

    final RadioButtonGroup<Channel> channel = FieldChecks.manual(new RadioButtonGroup<>());
    RatingForm form = new RatingForm();
    final Paragraph notAnswered = new Paragraph();
    private Hit selected;

    public PhoneRating() {
        setId("phone-rating");
        setPadding(false);
        channel.setId("phone-rating-channel");
        channel.setLabel(getTranslation("workbench.rating.channel"));
        channel.setItems(IntakeDesk.RATING_CHANNELS);
        channel.setItemLabelGenerator(value -> getTranslation("workbench.channel." + value.name()));
        notAnswered.setId("phone-rating-not-answered");
        notAnswered.setText(getTranslation("workbench.rating.not-answered"));
        add(notAnswered, channel, form);
        show(null);
    }

    /** Shows an empty form for the case; a new form each time, so nothing chosen for one case carries over. */
    public void show(Hit hit) {
        selected = hit;
        boolean rateable = hit != null && hit.status() == CaseStatus.ANSWERED;
        var fresh = new RatingForm();
        fresh.addRateListener(rate -> {
            if (selected != null && new FieldChecks().chosen(channel).passed()) {
                fireEvent(new RecordEvent(this, selected.caseId(), channel.getValue(), rate.rating(), rate.comment()));
            }
        });
        replace(form, fresh);
        form = fresh;
        channel.setValue(Channel.HOTLINE);
        new FieldChecks().mark(channel, null);
        channel.setVisible(rateable);
        form.setVisible(rateable);
        notAnswered.setVisible(hit != null && !rateable);
    }

    public Registration addRecordListener(ComponentEventListener<RecordEvent> listener) {
        return addListener(RecordEvent.class, listener);
    }

    public static class RecordEvent extends ComponentEvent<PhoneRating> {
        private final String caseId;
        private final Channel channel;
        private final Rating rating;
        private final String comment;

        RecordEvent(PhoneRating source, String caseId, Channel channel, Rating rating, String comment) {
            super(source, false);
            this.caseId = caseId;
            this.channel = channel;
            this.rating = rating;
            this.comment = comment;
        }

        public String caseId() {
            return caseId;
        }

        public Channel channel() {
            return channel;
        }

        public Rating rating() {
            return rating;
        }

        public String comment() {
            return comment;
        }
    }
}
