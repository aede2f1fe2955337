package org.onetrip.shared.api;

/**
 * A command broke one of its feature's rules and nothing was stored: {@link #reasonCode()} names the
 * rule (an enum constant of the feature), so every entry point can answer the same way.
 */
public abstract class RuleRefusedException extends RuntimeException {

    protected RuleRefusedException(String detail) {
        super(detail);
    }

    public abstract String reasonCode();
}
