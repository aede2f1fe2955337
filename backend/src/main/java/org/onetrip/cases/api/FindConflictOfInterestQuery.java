package org.onetrip.cases.api;

/** Whether handing the case to a department would let the department complained about handle it. */
public record FindConflictOfInterestQuery(String caseId) {}
