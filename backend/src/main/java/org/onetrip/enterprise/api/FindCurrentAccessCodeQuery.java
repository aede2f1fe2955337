package org.onetrip.enterprise.api;

/** The hash of an enterprise's current access code, read from its events (the search index learns of it later). */
public record FindCurrentAccessCodeQuery(String enterpriseId) {}
