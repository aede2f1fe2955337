package org.onetrip.liaison.enterprise.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * An enterprise's access code, shown this once after registering or reissuing it: nothing keeps it but
 * its hash, so the cadre writes it down for the enterprise now.
 */
public class AccessCodeNotice extends Div {

    public AccessCodeNotice(String enterpriseName, String code) {
        setId("access-code-notice");
        getStyle()
                .set("border", "2px solid var(--lumo-primary-color)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-m) 0");
        var value = new Span(code);
        value.setId("access-code");
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-family", "monospace");
        add(
                new Paragraph(getTranslation("liaison.code.heading", enterpriseName)),
                value,
                new Paragraph(getTranslation("liaison.code.hand-over")));
    }
}
