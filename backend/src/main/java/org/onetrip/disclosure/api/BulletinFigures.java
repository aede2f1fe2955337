package org.onetrip.disclosure.api;

import java.util.List;

public record BulletinFigures(List<DepartmentFigures> departments, DepartmentFigures totals) {
    public BulletinFigures {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /** A figure as bulletins print it: whole numbers without a decimal point, empty when there is none. */
    public static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
