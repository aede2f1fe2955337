package org.onetrip.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * Files a new case; the public through the portal, intake for every other channel, and staff who
 * found the matter on a grid or enterprise visit ({@code origin}, the channel {@link Channel#VISIT}).
 */
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
        Complainant complainant,
        CaseOrigin origin) {

    /** A case filed by the public or the desk, not found on a visit. */
    public FileCaseCommand(
            String caseId,
            Actor actor,
            Channel channel,
            ReceiptCode receiptCode,
            CaseKind kind,
            CaseCategory category,
            String title,
            String description,
            String serviceItemCode,
            String concernedDepartmentCode,
            Complainant complainant) {
        this(
                caseId,
                actor,
                channel,
                receiptCode,
                kind,
                category,
                title,
                description,
                serviceItemCode,
                concernedDepartmentCode,
                complainant,
                null);
    }
}
