package org.onetrip.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.onetrip.layout.MainLayout;
import org.onetrip.oversight.admin.ui.AdminView;
import org.onetrip.oversight.audit.ui.AuditView;
import org.onetrip.oversight.audit.ui.DisclosureAsOfView;
import org.onetrip.oversight.audit.ui.IntegrityView;
import org.onetrip.oversight.discipline.ui.DisciplineCaseView;
import org.onetrip.oversight.discipline.ui.DisciplineView;
import org.onetrip.shared.api.Role;

class OversightRoutesTest {

    @Test
    void each_screen_is_a_route_in_the_main_layout_open_only_to_its_roles() {
        assertRoute(DisciplineView.class, "discipline", "DISCIPLINE");
        assertRoute(DisciplineCaseView.class, "discipline/case", "DISCIPLINE");
        assertRoute(AuditView.class, "audit", "AUDITOR", "DISCIPLINE", "ADMIN");
        assertRoute(IntegrityView.class, "audit/integrity", "AUDITOR", "DISCIPLINE", "ADMIN");
        assertRoute(DisclosureAsOfView.class, "audit/disclosures", "AUDITOR", "DISCIPLINE", "ADMIN");
        assertRoute(AdminView.class, "admin", "ADMIN");
    }

    @Test
    void the_navigation_entries_are_in_the_oversight_range_with_the_same_roles_as_their_views() {
        var navigation = new OversightNavigation();
        for (var entry : java.util.List.of(
                navigation.disciplineEntry(),
                navigation.auditEntry(),
                navigation.integrityEntry(),
                navigation.disclosureAsOfEntry(),
                navigation.adminEntry())) {
            assertThat(entry.order()).isBetween(200, 299);
            var allowed = entry.view().getAnnotation(RolesAllowed.class).value();
            assertThat(entry.roles()).extracting(Role::name).containsExactlyInAnyOrder(allowed);
        }
    }

    private static void assertRoute(Class<?> view, String path, String... roles) {
        var route = view.getAnnotation(Route.class);
        assertThat(route.value()).isEqualTo(path);
        assertThat(route.layout()).isEqualTo(MainLayout.class);
        assertThat(view.getAnnotation(RolesAllowed.class).value()).containsExactlyInAnyOrder(roles);
    }
}
