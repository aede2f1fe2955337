package org.onetrip.editorial.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.onetrip.disclosure.api.DisclosureLimits;
import org.onetrip.disclosure.api.NoticeKind;
import org.onetrip.disclosure.api.NoticeResponse;
import org.onetrip.editorial.Editorial;
import org.onetrip.editorial.EditorialRefusal;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Presses;
import org.onetrip.organisation.api.Department;
import org.onetrip.publicportal.ui.NoticeCard;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Actor;

/**
 * Notices and policy interpretations (通知公告、政策解读): publish one, correct it (the original stays
 * visible beside the correction) or retract it (a tombstone with the reason remains). Each notice is
 * shown as the public will see it, with the actions its state allows; a retracted notice has none.
 */
@Route(value = "editor/notices", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "HANDLER", "ADMIN"})
public class NoticeEditorView extends VerticalLayout implements HasDynamicTitle {

    private final Editorial editorial;
    private final Actor actor;
    private final Div list = new Div();
    final Select<NoticeKind> kind = new Select<>();
    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final ComboBox<Department> department = new ComboBox<>();
    final Button publish = new Button();
    final Paragraph message = new Paragraph();

    public NoticeEditorView(Editorial editorial, AuthenticationContext authentication) {
        this.editorial = editorial;
        this.actor = Editorial.actor(authentication.getAuthenticatedUser(StaffPrincipal.class));
        setMaxWidth("1000px");
        add(new H1(getTranslation("editor.notices.heading")));
        message.setId("notice-message");
        list.setId("notice-list");
        list.setWidthFull();
        if (editorial.editsCatalogue(actor)) {
            add(new Paragraph(getTranslation("editor.notices.explanation")), newNoticeForm(), message);
        } else {
            add(new Paragraph(getTranslation("editor.notices.read-only")));
        }
        add(new H2(getTranslation("editor.notices.published")), list);
        refresh();
    }

    private VerticalLayout newNoticeForm() {
        kind.setId("notice-kind");
        kind.setLabel(getTranslation("editor.notices.kind"));
        kind.setItems(NoticeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("public.notice-kind." + k.name()));
        kind.setValue(NoticeKind.NOTICE);
        title.setId("notice-title");
        title.setLabel(getTranslation("editor.notices.title"));
        title.setMaxLength(DisclosureLimits.NOTICE_TITLE);
        title.setWidthFull();
        body.setId("notice-body");
        body.setLabel(getTranslation("editor.notices.body"));
        body.setMaxLength(DisclosureLimits.NOTICE_BODY);
        body.setWidthFull();
        body.setMinHeight("8em");
        department.setId("notice-department");
        department.setLabel(getTranslation("editor.notices.department"));
        department.setItems(editorial.departments());
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setClearButtonVisible(true);
        publish.setId("notice-publish");
        publish.setText(getTranslation("editor.notices.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(Presses.once(this::publishNotice));
        var form = new VerticalLayout(new HorizontalLayout(kind, department), title, body, publish);
        form.setPadding(false);
        form.setId("notice-form");
        return form;
    }

    void publishNotice() {
        var ok = required(title) & required(body);
        if (!ok) {
            message.setText(getTranslation("editor.form.fix"));
            return;
        }
        try {
            editorial.publishNotice(
                    actor,
                    kind.getValue(),
                    title.getValue().strip(),
                    body.getValue().strip(),
                    department.getValue() == null ? null : department.getValue().code());
            title.clear();
            body.clear();
            department.clear();
            message.setText(getTranslation("editor.notices.done-published"));
            refresh();
        } catch (EditorialRefusal refusal) {
            message.setText(getTranslation(refusal.key()));
        }
    }

    private void refresh() {
        list.removeAll();
        var notices = editorial.notices();
        if (notices.isEmpty()) {
            list.add(new Paragraph(getTranslation("editor.notices.none")));
        }
        for (var notice : notices) {
            var entry = new Div(new NoticeCard(notice));
            entry.addClassName("notice-entry");
            entry.getStyle().set("margin-bottom", "var(--lumo-space-m)");
            if (editorial.editsCatalogue(actor) && notice.retraction() == null) {
                entry.add(actions(notice, entry));
            }
            list.add(entry);
        }
    }

    private Div actions(NoticeResponse notice, Div entry) {
        var correct = new Button(getTranslation("editor.notices.correct"));
        correct.addClassName("notice-correct");
        var retract = new Button(getTranslation("editor.notices.retract"));
        retract.addClassName("notice-retract");
        retract.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var panel = new Div();
        var bar = new Div(new HorizontalLayout(correct, retract), panel);
        correct.addClickListener(event -> {
            panel.removeAll();
            panel.add(correctionForm(notice));
        });
        retract.addClickListener(event -> {
            panel.removeAll();
            panel.add(retractionForm(notice));
        });
        return bar;
    }

    CorrectionForm correctionForm(NoticeResponse notice) {
        var form = new CorrectionForm(notice);
        form.submit.addClickListener(event -> {
            var ok = required(form.body) & required(form.reason);
            if (!ok) {
                form.message.setText(getTranslation("editor.form.fix"));
                return;
            }
            try {
                editorial.correctNotice(
                        actor,
                        notice.noticeId(),
                        form.title.getValue(),
                        form.body.getValue().strip(),
                        form.reason.getValue().strip(),
                        notice.sequence());
                message.setText(getTranslation("editor.notices.done-corrected"));
                refresh();
            } catch (EditorialRefusal refusal) {
                form.message.setText(getTranslation(refusal.key()));
            }
        });
        return form;
    }

    RetractionForm retractionForm(NoticeResponse notice) {
        var form = new RetractionForm();
        form.submit.addClickListener(event -> {
            if (!required(form.reason)) {
                form.message.setText(getTranslation("editor.form.fix"));
                return;
            }
            try {
                editorial.retractNotice(
                        actor, notice.noticeId(), form.reason.getValue().strip(), notice.sequence());
                message.setText(getTranslation("editor.notices.done-retracted"));
                refresh();
            } catch (EditorialRefusal refusal) {
                form.message.setText(getTranslation(refusal.key()));
            }
        });
        return form;
    }

    /** Marks a blank required field with its message; true when it has text. */
    private <F extends HasValue<?, String> & HasValidationProperties> boolean required(F field) {
        var value = field.getValue();
        var blank = value == null || value.isBlank();
        field.setInvalid(blank);
        field.setErrorMessage(blank ? getTranslation("editor.form.required") : null);
        return !blank;
    }

    /** A correction of a notice: the full corrected text (title optional) and the reason, which the public sees. */
    class CorrectionForm extends VerticalLayout {
        final TextField title = new TextField(getTranslation("editor.notices.corrected-title"));
        final TextArea body = new TextArea(getTranslation("editor.notices.corrected-body"));
        final TextArea reason = new TextArea(getTranslation("editor.notices.correction-reason"));
        final Button submit = new Button(getTranslation("editor.notices.publish-correction"));
        final Paragraph message = new Paragraph();

        CorrectionForm(NoticeResponse notice) {
            addClassName("notice-correction-form");
            setPadding(false);
            title.setValue(notice.title());
            title.setMaxLength(DisclosureLimits.NOTICE_TITLE);
            title.setWidthFull();
            body.setValue(notice.body());
            body.setMaxLength(DisclosureLimits.NOTICE_BODY);
            body.setWidthFull();
            reason.setMaxLength(DisclosureLimits.REASON);
            reason.setWidthFull();
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(title, body, reason, submit, message);
        }
    }

    /** A retraction: the reason stays visible on the tombstone. */
    class RetractionForm extends VerticalLayout {
        final TextArea reason = new TextArea(getTranslation("editor.notices.retraction-reason"));
        final Button submit = new Button(getTranslation("editor.notices.confirm-retract"));
        final Paragraph message = new Paragraph();

        RetractionForm() {
            addClassName("notice-retraction-form");
            setPadding(false);
            reason.setMaxLength(DisclosureLimits.REASON);
            reason.setWidthFull();
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            add(reason, submit, message);
        }
    }

    List<NoticeResponse> shown() {
        return editorial.notices();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.notices.heading");
    }
}
