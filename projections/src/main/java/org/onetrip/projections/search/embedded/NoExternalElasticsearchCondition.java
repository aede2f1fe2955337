package org.onetrip.projections.search.embedded;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code spring.elasticsearch.uris} is set in none of its forms (list, indexed, environment variable). */
class NoExternalElasticsearchCondition extends SpringBootCondition {

    static final String EXTERNAL_URIS = "spring.elasticsearch.uris";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var uris = Binder.get(context.getEnvironment())
                .bind(EXTERNAL_URIS, Bindable.listOf(String.class))
                .orElse(List.of());
        return uris.isEmpty()
                ? ConditionOutcome.match(EXTERNAL_URIS + " is not set")
                : ConditionOutcome.noMatch(EXTERNAL_URIS + " points at " + uris);
    }
}
