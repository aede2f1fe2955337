package org.onetrip.enterprise.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** A new contact person or number; the old contact's key is destroyed, so it cannot be read any more. */
public record ReplaceEnterpriseContactCommand(
        @TargetAggregateIdentifier String enterpriseId,
        Actor actor,
        Channel channel,
        ContactDetails contact,
        String reason)
        implements EnterpriseCommand {}
