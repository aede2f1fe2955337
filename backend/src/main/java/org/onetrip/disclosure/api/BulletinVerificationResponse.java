package org.onetrip.disclosure.api;

/** The published figures beside the figures recomputed now from the events as of the cut-off. */
public record BulletinVerificationResponse(
        String bulletinId,
        boolean matches,
        long publishedEventCount,
        long recomputedEventCount,
        BulletinFigures published,
        BulletinFigures recomputed) {}
