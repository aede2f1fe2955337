package org.onetrip.it;

import java.util.Map;

/** Who acts, as the staff API is told until form login exists. */
final class Staff {

    static final Map<String, String> INTAKE = of("zhang.min", "INTAKE", "bianmin");
    static final Map<String, String> DISCIPLINE = of("li.qing", "DISCIPLINE", "jiwei");
    static final Map<String, String> NOBODY = Map.of();

    private Staff() {
    }

    static Map<String, String> handler(String department) {
        return of("handler." + department, "HANDLER", department);
    }

    static Map<String, String> of(String id, String role, String department) {
        return Map.of("X-Actor-Id", id, "X-Actor-Role", role, "X-Actor-Department", department);
    }
}
