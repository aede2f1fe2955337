package org.onetrip.integrity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onetrip.integrity.api.PublishedReceiptKey;
import org.onetrip.integrity.receipt.ReceiptKeys;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public integrity")
public class PublicReceiptKeysController {

    private final ReceiptKeys keys;

    public PublicReceiptKeysController(ReceiptKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/api/public/receipt-keys")
    @Operation(
            summary = "Every Ed25519 key that ever signed filing receipts, newest first, with the period it signed in"
                    + " (retiredAt null: in force). A receipt's keyId names its key; a receipt naming none is the"
                    + " first generation's")
    public List<PublishedReceiptKey> receiptKeys() {
        return keys.all();
    }
}
