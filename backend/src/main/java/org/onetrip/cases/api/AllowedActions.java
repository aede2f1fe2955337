package org.onetrip.cases.api;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * For one actor and one state of a case: which actions the case would refuse, and why (the rule the
 * case itself checks; what depends only on the input — a blank reason, an unknown department — is
 * checked when the action is sent). An action not in {@code refusals} is allowed now.
 */
public record AllowedActions(long version, Map<CaseAction, RefusalReason> refusals) {

    public AllowedActions {
        refusals = refusals.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(refusals));
    }

    public boolean allows(CaseAction action) {
        return !refusals.containsKey(action);
    }

    public Optional<RefusalReason> refusal(CaseAction action) {
        return Optional.ofNullable(refusals.get(action));
    }
}
