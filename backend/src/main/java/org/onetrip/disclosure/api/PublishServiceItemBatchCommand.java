package org.onetrip.disclosure.api;

import java.util.List;
import java.util.Map;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * Publishes drafts together as one named batch (成熟一批、公布一批): every item is published or none.
 * {@code vagueWordingAcknowledgements} maps an item code to the editor's reason for keeping flagged wording.
 */
public record PublishServiceItemBatchCommand(
        String batchId,
        Actor actor,
        Channel channel,
        String batchName,
        String note,
        List<String> itemCodes,
        Map<String, String> vagueWordingAcknowledgements) {

    public PublishServiceItemBatchCommand {
        itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
        vagueWordingAcknowledgements =
                vagueWordingAcknowledgements == null ? Map.of() : Map.copyOf(vagueWordingAcknowledgements);
    }
}
