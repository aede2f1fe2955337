package org.onetrip.disclosure.api;

public record FindPublicationBatchesQuery(String batchId) {
    public static FindPublicationBatchesQuery all() {
        return new FindPublicationBatchesQuery(null);
    }
}
