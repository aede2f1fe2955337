package org.onetrip.disclosure.api;

/** A catch-all phrase (兜底条款) found in a field, with the text around it. */
public record VagueWording(String field, String term, String excerpt) {}
