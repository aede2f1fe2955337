package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.integrity.api.PublishedReceiptKey;
import org.onetrip.integrity.api.ReceiptVerification;
import org.onetrip.layout.LiveRegion;
import org.onetrip.layout.MainLayout;
import org.onetrip.publicportal.PublicPortal.Outcome;
import org.onetrip.publicportal.ReceiptChecks;

/**
 * Anyone can check a signed filing receipt: is it genuine (this service's key, nothing altered), does
 * the stored filing still match it, and, if given, is this the text that was filed.
 */
@Route(value = "verify-receipt", layout = MainLayout.class)
@AnonymousAllowed
public class ReceiptCheckView extends VerticalLayout implements HasDynamicTitle {

    private final ReceiptChecks checks;
    private final TextArea receipt = new TextArea();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Button verify = new Button();
    private final Div result = new Div();

    public ReceiptCheckView(ReceiptChecks checks) {
        this.checks = checks;
        setId("receipt-check");
        setMaxWidth("800px");
        getStyle().set("margin", "0 auto");
        receipt.setLabel(getTranslation("public.receipt-check.receipt"));
        receipt.setHelperText(getTranslation("public.receipt-check.receipt.help"));
        receipt.setMaxLength(ReceiptChecks.MAX_RECEIPT_CHARS);
        receipt.setWidthFull();
        receipt.setMinHeight("8em");
        receipt.setId("receipt-json");
        title.setLabel(getTranslation("public.receipt-check.title"));
        title.setMaxLength(CaseLimits.TITLE);
        title.setWidthFull();
        title.setId("receipt-title");
        description.setLabel(getTranslation("public.receipt-check.description"));
        description.setHelperText(getTranslation("public.receipt-check.text.help"));
        description.setMaxLength(CaseLimits.DESCRIPTION);
        description.setWidthFull();
        description.setId("receipt-description");
        verify.setText(getTranslation("public.receipt-check.verify"));
        verify.setId("receipt-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(click -> check());
        result.setId("receipt-result");
        LiveRegion.polite(result);
        result.setWidthFull();
        add(
                new H1(getTranslation("public.receipt-check.heading")),
                new Paragraph(getTranslation("public.receipt-check.explanation")),
                receipt,
                title,
                description,
                verify,
                result,
                publishedKeys());
    }

    /** Every key, newest first: a retired key no longer signs, but the receipts it signed check against it. */
    private Div publishedKeys() {
        var keys = new Div();
        keys.setId("receipt-keys");
        keys.setWidthFull();
        keys.add(new H2(getTranslation("public.receipt-check.keys")));
        keys.add(new Paragraph(getTranslation("public.receipt-check.keys.explanation")));
        for (var key : checks.publishedKeys()) {
            var heading = new Paragraph(describe(key));
            heading.addClassName("receipt-key");
            var material = new Pre(key.publicKey());
            material.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
            if (key.inForce()) {
                heading.setId("receipt-key-in-force");
                material.setId("receipt-public-key");
            }
            keys.add(heading, material);
        }
        return keys;
    }

    private String describe(PublishedReceiptKey key) {
        return key.inForce()
                ? getTranslation(
                        "public.receipt-check.key.in-force",
                        key.keyId(),
                        key.generation(),
                        Formats.dateTime(key.validFrom()))
                : getTranslation(
                        "public.receipt-check.key.retired",
                        key.keyId(),
                        key.generation(),
                        Formats.dateTime(key.validFrom()),
                        Formats.dateTime(key.retiredAt()));
    }

    private void check() {
        receipt.setInvalid(false);
        result.removeAll();
        var parsed = ReceiptChecks.parse(receipt.getValue());
        if (parsed.isEmpty()) {
            receipt.setInvalid(true);
            receipt.setErrorMessage(getTranslation("public.receipt-check.malformed"));
            return;
        }
        var outcome = checks.verify(parsed.get(), title.getValue(), description.getValue(), FileView.clientAddress());
        if (outcome instanceof Outcome.Done<ReceiptVerification> done) {
            show(done.value());
        } else {
            result.add(TrackView.message(getTranslation("public.rate-limited.lookup")));
        }
    }

    private void show(ReceiptVerification verification) {
        var verdict = TrackView.message(getTranslation(
                verification.genuine()
                                && verification.storedFilingMatches()
                                && !Boolean.FALSE.equals(verification.textMatches())
                        ? "public.receipt-check.ok"
                        : "public.receipt-check.not-ok"));
        verdict.setId("receipt-verdict");
        var checksDone = new UnorderedList(
                line(
                        "receipt-genuine",
                        verification.genuine() ? "public.receipt-check.genuine" : "public.receipt-check.not-genuine"),
                line(
                        "receipt-stored",
                        verification.storedFilingMatches()
                                ? "public.receipt-check.stored"
                                : "public.receipt-check.not-stored"));
        if (verification.signingKey() != null) {
            var signedWith = new ListItem(describe(verification.signingKey()));
            signedWith.setId("receipt-signed-with");
            checksDone.add(signedWith);
        }
        if (verification.textMatches() != null) {
            checksDone.add(line(
                    "receipt-text",
                    verification.textMatches() ? "public.receipt-check.text" : "public.receipt-check.not-text"));
        }
        result.add(verdict, checksDone);
    }

    private ListItem line(String id, String key) {
        var item = new ListItem(getTranslation(key));
        item.setId(id);
        return item;
    }

    public TextArea receipt() {
        return receipt;
    }

    public TextField title() {
        return title;
    }

    public TextArea description() {
        return description;
    }

    public Button verify() {
        return verify;
    }

    public Div result() {
        return result;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.receipt-check.heading");
    }
}
