package org.onetrip.disclosure.api;

/** The performance-assessment scores (绩效考核) of {@code year}, up to the end of the year or now. */
public record FindAssessmentQuery(int year) {}
