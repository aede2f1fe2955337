package org.onetrip.eventstore.contract;

/** Payloads the contract stores. */
public final class ContractEvents {

    private ContractEvents() {}

    public record ComplaintNoted(String text, int number) {}

    /** Revision 1 of a greeting: only its text. Upcast to {@link Greeting} revision 2. */
    public record OldGreeting(String text) {}

    public record Greeting(String text, int words) {}

    public record CaseSnapshot(String state, long version) {}
}
