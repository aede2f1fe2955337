package org.onetrip.layout;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;

/**
 * A QR code of a tracking page's full address, with a caption, for the receipt and booking pages: a
 * phone's camera opens the page again without typing the code.
 */
public class TrackingQrCode extends Div {

    public TrackingQrCode(String absoluteUrl, String caption) {
        var code = new Html("<div>" + QrCodes.svg(absoluteUrl, 160) + "</div>");
        code.setId("tracking-qr-svg");
        var text = new Span(caption);
        text.getStyle().set("font-size", "var(--lumo-font-size-s)").set("max-width", "180px");
        add(code, text);
        setId("tracking-qr");
        getElement().setAttribute("data-url", absoluteUrl);
        getStyle()
                .set("display", "inline-flex")
                .set("flex-direction", "column")
                .set("align-items", "center")
                .set("gap", "var(--lumo-space-xs)");
    }

    /**
     * The portal's public address: {@code onetrip.notifications.public-base-url} when set, otherwise the
     * address this request came to.
     */
    public static String baseUrl(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.replaceAll("/+$", "");
        }
        var request = VaadinRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var scheme = request.isSecure() ? "https" : "http";
        var host = request.getHeader("Host");
        return scheme + "://" + (host == null ? "localhost" : host) + request.getContextPath();
    }
}
