package org.onetrip.liaison.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.onetrip.cases.api.ConflictOfInterestStatus;
import org.onetrip.cases.application.ConflictOfInterestDesk;
import org.onetrip.liaison.ui.Attempts;
import org.onetrip.liaison.ui.StaffSession;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.springframework.context.annotation.Scope;

/**
 * Warns the desk before it tries to hand a complaint or report to the department it complains about
 * (回避), with what the discipline office has decided, and lets the desk ask for that decision. The case
 * refuses (and records) an assignment the office has not permitted; this only says so beforehand.
 */
@SpringComponent
@Scope("prototype")
public class ConflictOfInterestWarning extends VerticalLayout {

    private final ConflictOfInterestDesk desk;
    private final StaffSession session;
    private final DepartmentDirectory departments;
    final Span message = new Span();
    final TextField reason = new TextField();
    final Button request = new Button();
    private String caseId;

    public ConflictOfInterestWarning(
            ConflictOfInterestDesk desk, StaffSession session, DepartmentDirectory departments) {
        this.desk = desk;
        this.session = session;
        this.departments = departments;
        setId("conflict-warning");
        setPadding(false);
        setSpacing(false);
        message.setId("conflict-warning-text");
        reason.setPlaceholder(getTranslation("liaison.conflict.reason"));
        reason.setAriaLabel(reason.getPlaceholder());
        reason.setMaxLength(2000);
        reason.setWidth("40em");
        reason.setId("conflict-request-reason");
        request.setText(getTranslation("liaison.conflict.request"));
        request.setId("conflict-request");
        request.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("oversight.field.required"));
                return;
            }
            if (Attempts.caseCommand(
                    this,
                    () -> desk.requestDecision(
                            session.actor(), caseId, reason.getValue().strip()),
                    "liaison.conflict.requested")) {
                reason.clear();
                check(caseId, null);
            }
        });
        var row = new HorizontalLayout(reason, request);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(message, row);
        setVisible(false);
    }

    /** Looks at the case (and the department about to be chosen, if any) and says what applies. */
    public void check(String caseId, String departmentCode) {
        this.caseId = caseId;
        setVisible(false);
        if (caseId == null) {
            return;
        }
        var status = Attempts.caseAnswer(this, () -> desk.status(caseId, session.actor()));
        if (status.isEmpty() || status.get().concernedDepartmentCode() == null) {
            return;
        }
        show(status.get(), departmentCode);
    }

    private void show(ConflictOfInterestStatus status, String departmentCode) {
        var concerned = departments.name(status.concernedDepartmentCode(), getLocale());
        boolean aboutToBreak = status.blocks(departmentCode);
        String text;
        if (Boolean.TRUE.equals(status.permitted())) {
            text = getTranslation("liaison.conflict.permitted", concerned, status.decisionReason());
        } else if (status.decisionRequested()) {
            text = getTranslation("liaison.conflict.waiting", concerned);
        } else if (Boolean.FALSE.equals(status.permitted())) {
            text = getTranslation("liaison.conflict.refused", concerned, status.decisionReason());
        } else {
            text = getTranslation(aboutToBreak ? "liaison.conflict.blocked" : "liaison.conflict.notice", concerned);
        }
        message.setText(text);
        message.getElement().getThemeList().clear();
        message.getElement().getThemeList().add(aboutToBreak ? "badge error" : "badge contrast");
        message.getStyle().set("white-space", "normal");
        boolean mayAsk = !status.decisionRequested() && !Boolean.TRUE.equals(status.permitted());
        reason.setVisible(mayAsk);
        request.setVisible(mayAsk);
        setVisible(true);
    }
}
