package org.onetrip.workbench.ui;

import com.vaadin.flow.component.html.Span;
import org.onetrip.projections.cases.DeadlineStatus;

/** On time / due soon / overdue as a coloured Lumo badge. */
public class DeadlineBadge extends Span {

    public DeadlineBadge(DeadlineStatus status) {
        var shown = status == null ? DeadlineStatus.NO_DEADLINE : status;
        setText(getTranslation("workbench.deadline." + shown.name()));
        getElement().getThemeList().add("badge");
        switch (shown) {
            case ON_TIME -> getElement().getThemeList().add("success");
            case DUE_SOON -> getElement().getThemeList().add("warning");
            case OVERDUE -> getElement().getThemeList().add("error");
            case NO_DEADLINE -> getElement().getThemeList().add("contrast");
        }
        getElement().setAttribute("data-deadline", shown.name());
    }
}
