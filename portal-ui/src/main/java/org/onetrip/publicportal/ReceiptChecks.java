package org.onetrip.publicportal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.onetrip.cases.application.CaseFiling;
import org.onetrip.integrity.api.FilingReceipt;
import org.onetrip.integrity.api.PublishedReceiptKey;
import org.onetrip.integrity.api.ReceiptVerification;
import org.onetrip.integrity.receipt.ReceiptKeys;
import org.onetrip.publicportal.PublicPortal.Outcome;
import org.onetrip.shared.ratelimit.RateLimits;
import org.springframework.stereotype.Service;

/**
 * The public check of a signed filing receipt, as {@code POST /api/public/integrity/receipts/verify}
 * does it. It resolves a receipt code, so it costs a lookup allowance like tracking a case.
 */
@Service
public class ReceiptChecks {

    public static final int MAX_RECEIPT_CHARS = 2_000;

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final CaseFiling filing;
    private final ReceiptKeys keys;
    private final RateLimits rateLimits;

    public ReceiptChecks(CaseFiling filing, ReceiptKeys keys, RateLimits rateLimits) {
        this.filing = filing;
        this.keys = keys;
        this.rateLimits = rateLimits;
    }

    /** The receipt as the filer keeps it: the same JSON the REST filing answers with, and {@link #parse} reads. */
    public static String toJson(FilingReceipt receipt) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(receipt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a receipt is always writable", e);
        }
    }

    /** Empty when the text is not a receipt (not JSON of the receipt's shape). */
    public static Optional<FilingReceipt> parse(String receiptJson) {
        if (receiptJson == null || receiptJson.isBlank() || receiptJson.length() > MAX_RECEIPT_CHARS) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(receiptJson.strip(), FilingReceipt.class));
        } catch (JsonProcessingException notAReceipt) {
            return Optional.empty();
        }
    }

    /** {@code title}/{@code description} blank: not compared. */
    public Outcome<ReceiptVerification> verify(FilingReceipt receipt, String title, String description, String client) {
        if (!rateLimits.tryAcquire(RateLimits.Kind.LOOKUP, client)) {
            return new Outcome.RateLimited<>();
        }
        boolean textGiven = !blank(title) || !blank(description);
        return new Outcome.Done<>(filing.verifyReceipt(
                receipt, textGiven ? nullToEmpty(title) : null, textGiven ? nullToEmpty(description) : null));
    }

    /** Every key that ever signed receipts, newest first, with the period it signed in. */
    public List<PublishedReceiptKey> publishedKeys() {
        return keys.all();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
