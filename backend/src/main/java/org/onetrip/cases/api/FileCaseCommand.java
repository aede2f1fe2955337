package org.onetrip.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Files a new case; the public through the portal, intake for every other channel. */
public record FileCaseCommand(
        @TargetAggregateIdentifier String caseId,
        Actor actor,
        Channel channel,
        ReceiptCode receiptCode,
        CaseKind kind,
        CaseCategory category,
        String title,
        String description,
        String serviceItemCode,
        String concernedDepartmentCode,
        Complainant complainant) {}
