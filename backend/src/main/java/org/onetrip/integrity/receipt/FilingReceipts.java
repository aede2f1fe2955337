package org.onetrip.integrity.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.onetrip.integrity.api.FilingReceipt;
import org.onetrip.integrity.api.PublishedReceiptKey;
import org.onetrip.integrity.api.ReceiptVerification;
import org.onetrip.integrity.chain.CanonicalJson;
import org.onetrip.integrity.chain.EventHashes;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Issues and checks proof-of-filing receipts against the stored filing event. */
@Component
public class FilingReceipts {

    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventStorageEngine engine;
    private final EventHashes hashes;
    private final ReceiptKeys keys;

    public FilingReceipts(
            EventStorageEngine engine, @Qualifier("eventSerializer") Serializer eventSerializer, ReceiptKeys keys) {
        this.engine = engine;
        this.hashes = new EventHashes(eventSerializer);
        this.keys = keys;
    }

    /** Issues from the case's stored events as just read, from its first (the filing) on. */
    public FilingReceipt issue(String receiptCode, List<? extends DomainEventMessage<?>> events) {
        var filed = events.get(0);
        var caseId = filed.getAggregateIdentifier();
        var head = events.get(events.size() - 1);
        var key = keys.current();
        var unsigned = new FilingReceipt(
                VERSION,
                receiptCode,
                commitment(caseId),
                EventHashes.timestamp(filed.getTimestamp()),
                contentHash(hashes.payload(filed)),
                EventHashes.storedHash(head),
                key.keyId(),
                null);
        return new FilingReceipt(
                unsigned.version(),
                unsigned.receiptCode(),
                unsigned.caseCommitment(),
                unsigned.filedAt(),
                unsigned.contentHash(),
                unsigned.chainHead(),
                unsigned.keyId(),
                key.sign(signedBytes(unsigned)));
    }

    /** {@code caseId} is the case the receipt code leads to, if any; title/description are optional. */
    public ReceiptVerification verify(
            FilingReceipt receipt, Optional<String> caseId, String title, String description) {
        var problems = new ArrayList<String>();
        // a receipt naming no key is from before keys rotated: the first key signed it
        var key = receipt == null ? Optional.<PublishedReceiptKey>empty() : keys.resolve(receipt.keyId());
        boolean genuine = key.isPresent()
                && receipt.signature() != null
                && keys.verify(key.get().keyId(), signedBytes(receipt), receipt.signature());
        if (!genuine) {
            problems.add(
                    receipt != null && key.isEmpty()
                            ? "signed with an unknown key"
                            : "the signature does not match the receipt's content");
        }
        boolean stored = false;
        Boolean textMatches = null;
        if (receipt != null && caseId.isPresent() && commitment(caseId.get()).equals(receipt.caseCommitment())) {
            var events = events(caseId.get());
            if (!events.isEmpty()) {
                var filed = events.get(0);
                boolean content = contentHash(hashes.payload(filed)).equals(receipt.contentHash());
                boolean time = EventHashes.timestamp(filed.getTimestamp()).equals(receipt.filedAt());
                boolean linked = events.stream()
                        .anyMatch(e -> receipt.chainHead() != null
                                && receipt.chainHead().equals(EventHashes.storedHash(e))
                                && receipt.chainHead().equals(hashes.hash(e)));
                stored = content && time && linked;
                if (!content) {
                    problems.add("the stored filing no longer has the filed title and description");
                }
                if (!time) {
                    problems.add("the stored filing time differs");
                }
                if (!linked) {
                    problems.add("no intact stored event has the receipt's chain head");
                }
            }
        } else {
            problems.add("no case with this receipt code and commitment");
        }
        if (receipt != null && (title != null || description != null)) {
            var node = JsonNodeFactory.instance.objectNode();
            node.put("title", title);
            node.put("description", description);
            textMatches = contentHash(node).equals(receipt.contentHash());
            if (!textMatches) {
                problems.add("the text given is not the text the receipt was issued for");
            }
        }
        return new ReceiptVerification(genuine, stored, textMatches, List.copyOf(problems), key.orElse(null));
    }

    public static String commitment(String caseId) {
        return EventHashes.sha256Hex(("onetrip-case:" + caseId).getBytes(StandardCharsets.UTF_8));
    }

    static String contentHash(JsonNode payload) {
        var node = JsonNodeFactory.instance.objectNode();
        node.set("title", payload == null ? null : payload.get("title"));
        node.set("description", payload == null ? null : payload.get("description"));
        return EventHashes.sha256Hex(CanonicalJson.bytes(node));
    }

    static byte[] signedBytes(FilingReceipt receipt) {
        ObjectNode node = JSON.valueToTree(receipt);
        node.remove("signature");
        return CanonicalJson.bytes(node);
    }

    private List<? extends DomainEventMessage<?>> events(String caseId) {
        try (var stream = engine.readEvents(caseId, 0).asStream()) {
            return stream.toList();
        }
    }
}
