package org.onetrip.workbench.contact.ui;

import static org.onetrip.workbench.ui.FieldChecks.manual;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.onetrip.cases.api.ComplainantContactResponse;
import org.onetrip.privacy.api.ContactStatus;
import org.onetrip.workbench.WorkbenchRefusal;
import org.onetrip.workbench.contact.ContactViews;
import org.onetrip.workbench.ui.FieldChecks;
import org.onetrip.workbench.ui.Notices;

/**
 * "Show contact" for one case: asks why, then shows the decrypted contact data (or says it was
 * erased or never given). The look is recorded on the case, so the host refreshes its timeline after.
 */
public class ContactPanel extends VerticalLayout {

    /** Decrypts and records; {@link ContactViews#view} in the application. */
    public interface Viewer {
        ComplainantContactResponse view(String caseId, String reason);
    }

    final TextField reason = manual(new TextField());
    final Button show = new Button();
    final Div result = new Div();
    private final Viewer viewer;
    private final Runnable afterView;
    private String caseId;

    public ContactPanel(Viewer viewer, Runnable afterView) {
        this.viewer = viewer;
        this.afterView = afterView;
        setId("contact-panel");
        setPadding(false);
        reason.setId("contact-reason");
        reason.setLabel(getTranslation("workbench.contact.reason"));
        reason.setHelperText(getTranslation("workbench.contact.reason.help"));
        reason.setWidth("28em");
        show.setId("contact-show");
        show.setText(getTranslation("workbench.contact.show"));
        show.addClickListener(click -> view());
        result.setId("contact-result");
        var row = new HorizontalLayout(reason, show);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("workbench.contact.heading")), row, result);
        show(null);
    }

    /** Switches to another case (or none), forgetting whatever was shown. */
    public void show(String caseId) {
        this.caseId = caseId;
        reason.clear();
        new FieldChecks().mark(reason, null);
        result.removeAll();
        show.setEnabled(caseId != null);
    }

    void view() {
        if (caseId == null
                || !new FieldChecks()
                        .text(reason, true, ContactViews.MAX_REASON)
                        .passed()) {
            return;
        }
        try {
            render(viewer.view(caseId, reason.getValue().strip()));
            reason.clear();
            afterView.run();
        } catch (WorkbenchRefusal refusal) {
            Notices.refused(this, refusal);
        }
    }

    private void render(ComplainantContactResponse contact) {
        result.removeAll();
        var status = new Paragraph(
                getTranslation("workbench.contact.status." + contact.status().name()));
        status.setId("contact-status");
        result.add(status);
        if (contact.status() == ContactStatus.AVAILABLE) {
            result.add(
                    line("contact-name", "workbench.contact.name", contact.name()),
                    line("contact-phone", "workbench.contact.phone", contact.phone()),
                    line("contact-email", "workbench.contact.email", contact.email()));
            if (contact.anonymous()) {
                var anonymous = new Paragraph(getTranslation("workbench.contact.anonymous"));
                anonymous.setId("contact-anonymous");
                result.add(anonymous);
            }
        }
    }

    private Div line(String id, String labelKey, String value) {
        var text = new Span(value == null || value.isBlank() ? "—" : value);
        text.setId(id);
        return new Div(new Span(getTranslation(labelKey) + ": "), text);
    }
}
