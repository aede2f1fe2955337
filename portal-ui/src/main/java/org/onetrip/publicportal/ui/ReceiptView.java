package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.onetrip.cases.api.PublicCaseResponse;
import org.onetrip.integrity.api.FilingReceipt;
import org.onetrip.layout.MainLayout;
import org.onetrip.publicportal.PublicPortal;
import org.onetrip.publicportal.PublicPortal.Outcome;
import org.onetrip.publicportal.ReceiptChecks;

/** The receipt after filing: the code, large and grouped, printable, and what happens next by when. */
@Route(value = "receipt", layout = MainLayout.class)
@AnonymousAllowed
public class ReceiptView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** Only the receipt is printed: no navigation, no buttons. Constant text, no user content. */
    static final String PRINT_CSS = "@media print { vaadin-app-layout::part(navbar), vaadin-app-layout::part(drawer)"
            + " { display: none !important; } vaadin-app-layout { --vaadin-app-layout-drawer-width: 0 !important; }"
            + " .no-print { display: none !important; } .receipt-code { border: 2px solid #000 !important; } }";

    private static final String SIGNED_RECEIPT = "onetrip.signed-receipt.";

    private final PublicPortal portal;
    private final String publicBaseUrl;

    public ReceiptView(
            PublicPortal portal,
            @org.springframework.beans.factory.annotation.Value("${onetrip.notifications.public-base-url:}")
                    String publicBaseUrl) {
        this.portal = portal;
        this.publicBaseUrl = publicBaseUrl;
        setId("receipt");
        setMaxWidth("800px");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        var outcome = portal.track(code, FileView.clientAddress());
        if (outcome instanceof Outcome.Done<PublicCaseResponse> done) {
            show(done.value());
        } else if (outcome instanceof Outcome.RateLimited<PublicCaseResponse>) {
            add(TrackView.message(getTranslation("public.rate-limited.lookup")));
        } else {
            add(TrackView.notFound(getTranslation("public.track.not-found")));
        }
    }

    void show(PublicCaseResponse found) {
        var code = new Span(Formats.code(found.receiptCode()));
        code.setId("receipt-code");
        code.addClassName("receipt-code");
        code.getStyle()
                // one line on a 390 px phone too: a code broken across lines is copied wrong
                .set("font-size", "clamp(1.1em, 5.2vw, 2.5em)")
                .set("white-space", "nowrap")
                .set("font-family", "monospace")
                .set("font-weight", "bold")
                .set("letter-spacing", "0.08em")
                .set("padding", "0.3em 0.6em")
                .set("border", "2px dashed var(--lumo-contrast-50pct)")
                .set("border-radius", "8px");

        var print = new Button(
                getTranslation("public.receipt.print"),
                VaadinIcon.PRINT.create(),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("print-receipt");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var track = new RouterLink(
                getTranslation("public.receipt.track-link"), TrackView.class, Formats.code(found.receiptCode()));
        var actions = new HorizontalLayout(print, track);
        actions.setAlignItems(Alignment.CENTER);
        actions.addClassName("no-print");

        int days = portal.workingDays(found.kind());
        var next = new OrderedList(
                new ListItem(getTranslation("public.receipt.next.intake")),
                new ListItem(getTranslation(
                        "public.receipt.next.assign",
                        getTranslation("public.kind." + found.kind().name()),
                        days)),
                new ListItem(getTranslation("public.receipt.next.answer")),
                new ListItem(getTranslation("public.receipt.next.rate")));
        next.setId("receipt-next");

        var summary = new Div();
        summary.add(
                new Span(getTranslation("public.kind." + found.kind().name()) + " · "
                        + Formats.dateTime(found.filedAt()) + " · "),
                Formats.text(found.title()));

        var qr = new org.onetrip.layout.TrackingQrCode(
                org.onetrip.layout.TrackingQrCode.baseUrl(publicBaseUrl) + "/track/"
                        + Formats.code(found.receiptCode()),
                getTranslation("public.receipt.qr"));
        var codeAndQr = new HorizontalLayout(code, qr);
        codeAndQr.setAlignItems(Alignment.CENTER);
        codeAndQr.setWrap(true);
        add(
                new H1(getTranslation("public.receipt.heading")),
                new Paragraph(getTranslation("public.receipt.code-label")),
                codeAndQr,
                new Paragraph(getTranslation("public.receipt.keep")),
                summary,
                new H2(getTranslation("public.receipt.next.heading")),
                next,
                new Paragraph(getTranslation("public.receipt.deadline", days)),
                actions,
                signedReceipt(Formats.code(found.receiptCode())));
    }

    /** Only this browser session, which filed the case, is shown its signed receipt: it is not issued again later. */
    static void keepSignedReceipt(VaadinSession session, PublicPortal.Filed filed) {
        session.setAttribute(SIGNED_RECEIPT + filed.receiptCode(), ReceiptChecks.toJson(filed.receipt()));
    }

    private Div signedReceipt(String receiptCode) {
        var section = new Div();
        section.setId("signed-receipt");
        section.setWidthFull();
        var session = VaadinSession.getCurrent();
        var json = session == null ? null : (String) session.getAttribute(SIGNED_RECEIPT + receiptCode);
        if (json == null) {
            section.add(new Paragraph(getTranslation("public.receipt.signed.not-here")));
            return section;
        }
        var text = new TextArea(getTranslation("public.receipt.signed.label"));
        text.setId("signed-receipt-json");
        text.setValue(json);
        text.setReadOnly(true);
        text.setWidthFull();
        text.getStyle().set("font-family", "monospace");
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(bytes),
                        "receipt-" + receiptCode + ".json",
                        "application/json",
                        bytes.length)),
                getTranslation("public.receipt.signed.download"));
        download.setId("signed-receipt-download");
        var check = new RouterLink(getTranslation("public.receipt.signed.check"), ReceiptCheckView.class);
        var links = new HorizontalLayout(download, check);
        links.addClassName("no-print");
        var keyId = ReceiptChecks.parse(json).map(FilingReceipt::keyId).orElse("");
        var signedWith = new Paragraph(getTranslation("public.receipt.signed.key", keyId));
        signedWith.setId("signed-receipt-key");
        section.add(
                new H2(getTranslation("public.receipt.signed.heading")),
                new Paragraph(getTranslation("public.receipt.signed.explanation")),
                signedWith,
                text,
                links);
        return section;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI()
                .getPage()
                .executeJs(
                        "if (!document.getElementById('public-print-css')) {"
                                + " const s = document.createElement('style'); s.id = 'public-print-css'; s.textContent = $0;"
                                + " document.head.appendChild(s); }",
                        PRINT_CSS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.receipt.heading");
    }
}
