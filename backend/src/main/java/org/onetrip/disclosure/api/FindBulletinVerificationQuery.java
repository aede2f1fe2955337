package org.onetrip.disclosure.api;

/** Recomputes a published bulletin from the events as of its cut-off and compares. */
public record FindBulletinVerificationQuery(String bulletinId) {}
