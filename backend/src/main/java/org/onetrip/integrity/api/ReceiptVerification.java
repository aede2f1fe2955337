package org.onetrip.integrity.api;

import java.util.List;

/**
 * {@code genuine}: signed by this service's key and unaltered. {@code storedFilingMatches}: the stored
 * filing event still gives the receipt's content hash, time and chain link. {@code textMatches}: the
 * title and description sent along (if any) are what was filed. {@code signingKey}: the published key the receipt
 * names (the first key for a receipt naming none), in force or retired; null when this service has no such key.
 */
public record ReceiptVerification(
        boolean genuine,
        boolean storedFilingMatches,
        Boolean textMatches,
        List<String> problems,
        PublishedReceiptKey signingKey) {}
