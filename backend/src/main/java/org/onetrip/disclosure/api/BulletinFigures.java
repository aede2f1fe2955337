package org.onetrip.disclosure.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.onetrip.enterprise.api.EnterpriseLiaisonFigures;
import org.onetrip.grid.api.GridCompliance;

/**
 * A bulletin's figures: per department and in total, and the month's grid-visit compliance and
 * enterprise liaison (四.四), which the plan ties to the same supervision. A bulletin published before
 * those sections existed has them null, and is verified without them.
 */
public record BulletinFigures(
        List<DepartmentFigures> departments,
        DepartmentFigures totals,
        @JsonInclude(JsonInclude.Include.NON_NULL) GridCompliance gridVisits,
        @JsonInclude(JsonInclude.Include.NON_NULL) EnterpriseLiaisonFigures enterpriseLiaison) {

    public BulletinFigures {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    public BulletinFigures(List<DepartmentFigures> departments, DepartmentFigures totals) {
        this(departments, totals, null, null);
    }

    /** These figures with only the sections {@code published} has, to compare a recomputation with it. */
    public BulletinFigures sectionsOf(BulletinFigures published) {
        return new BulletinFigures(
                departments,
                totals,
                published.gridVisits() == null ? null : gridVisits,
                published.enterpriseLiaison() == null ? null : enterpriseLiaison);
    }

    /** A figure as bulletins print it: whole numbers without a decimal point, empty when there is none. */
    public static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
