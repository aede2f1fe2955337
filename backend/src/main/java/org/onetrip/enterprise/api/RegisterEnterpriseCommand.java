package org.onetrip.enterprise.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * Enters an enterprise in the register and pairs it with a liaison cadre. The contact person's data
 * is stored only encrypted; {@code accessCode} is the enterprise's key to the status of its own issues,
 * stored only as a hash and shown once, to be handed over.
 */
public record RegisterEnterpriseCommand(
        @TargetAggregateIdentifier String enterpriseId,
        Actor actor,
        Channel channel,
        String name,
        EnterpriseSector sector,
        String park,
        ContactDetails contact,
        String liaisonPersonId,
        ReceiptCode accessCode) {}
