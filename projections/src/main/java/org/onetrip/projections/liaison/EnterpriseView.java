package org.onetrip.projections.liaison;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onetrip.enterprise.api.EnterpriseSector;

/** An enterprise of the register as staff read it: never its contact, never its access code. */
public record EnterpriseView(
        String enterpriseId,
        String name,
        EnterpriseSector sector,
        String park,
        String liaisonPersonId,
        String liaisonName,
        String liaisonDepartmentCode,
        boolean hasContact,
        boolean contactErased,
        int visits,
        LocalDate lastVisitOn,
        List<String> visitMonths,
        int requests,
        Instant registeredAt) {

    static EnterpriseView of(EnterpriseDocument doc) {
        return new EnterpriseView(
                doc.enterpriseId,
                doc.name,
                doc.sector,
                doc.park,
                doc.liaisonPersonId,
                doc.liaisonName,
                doc.liaisonDepartmentCode,
                doc.hasContact,
                doc.contactErased,
                doc.visits,
                doc.lastVisitOn,
                List.copyOf(doc.visitMonths),
                doc.requests,
                doc.registeredAt);
    }

    public boolean visitedIn(String month) {
        return visitMonths.contains(month);
    }
}
