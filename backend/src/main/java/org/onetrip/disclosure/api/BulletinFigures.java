package org.onetrip.disclosure.api;

import java.util.List;

public record BulletinFigures(List<DepartmentFigures> departments, DepartmentFigures totals) {
    public BulletinFigures {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
