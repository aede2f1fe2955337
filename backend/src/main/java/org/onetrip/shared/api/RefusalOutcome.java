package org.onetrip.shared.api;

/** A command's answer that a rule refused it (the refusal itself recorded as an event where the rule says so). */
public interface RefusalOutcome {

    Enum<?> reason();

    String detail();
}
