package org.onetrip.enterprise.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Replaces the enterprise's access code (lost, or passed on); the old one stops working at once. */
public record ReissueEnterpriseCodeCommand(
        @TargetAggregateIdentifier String enterpriseId,
        Actor actor,
        Channel channel,
        ReceiptCode accessCode,
        String reason)
        implements EnterpriseCommand {}
