package org.onetrip.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.layout.MainLayout;
import org.onetrip.liaison.discipline.ui.AllegationsView;
import org.onetrip.liaison.enterprise.ui.EnterpriseLedgerView;
import org.onetrip.liaison.enterprise.ui.EnterpriseRequestsView;
import org.onetrip.liaison.enterprise.ui.EnterprisesView;
import org.onetrip.liaison.grid.ui.GridComplianceView;
import org.onetrip.liaison.grid.ui.GridVisitsView;
import org.onetrip.liaison.grid.ui.GridsView;
import org.onetrip.liaison.publicui.EnterpriseStatusView;
import org.onetrip.shared.api.Role;

/** Which roles each liaison screen is for: staff screens to staff, the queue to the discipline office. */
class LiaisonRoutesTest {

    static final String[] STAFF = {"INTAKE", "HANDLER", "DISCIPLINE", "AUDITOR", "ADMIN"};

    @Test
    void each_screen_is_a_route_in_the_main_layout_open_only_to_its_roles() {
        assertRoute(GridsView.class, "grids", STAFF);
        assertRoute(GridVisitsView.class, "grid-visits", STAFF);
        assertRoute(GridComplianceView.class, "grid-compliance", STAFF);
        assertRoute(EnterprisesView.class, "enterprises", STAFF);
        assertRoute(EnterpriseLedgerView.class, "enterprise-ledger", STAFF);
        assertRoute(EnterpriseRequestsView.class, "enterprise-requests", STAFF);
        assertRoute(AllegationsView.class, "discipline/allegations", "DISCIPLINE");
        var enterprise = EnterpriseStatusView.class;
        assertThat(enterprise.getAnnotation(Route.class).value()).isEqualTo("enterprise");
        assertThat(enterprise.getAnnotation(AnonymousAllowed.class)).isNotNull();
        assertThat(enterprise.getAnnotation(RolesAllowed.class)).isNull();
    }

    @Test
    void the_navigation_shows_each_screen_only_to_roles_its_view_admits() {
        var navigation = new LiaisonNavigation();
        for (var entry : List.of(
                navigation.gridVisitsEntry(),
                navigation.gridComplianceEntry(),
                navigation.gridsEntry(),
                navigation.enterpriseLedgerEntry(),
                navigation.enterpriseRequestsEntry(),
                navigation.enterprisesEntry(),
                navigation.allegationsEntry())) {
            var allowed = entry.view().getAnnotation(RolesAllowed.class).value();
            assertThat(entry.roles()).isNotEmpty();
            assertThat(entry.roles()).extracting(Role::name).isSubsetOf(List.of(allowed));
        }
        assertThat(navigation.enterpriseStatusEntry().roles())
                .as("everyone, signed in or not")
                .isEmpty();
        assertThat(navigation.allegationsEntry().roles()).containsExactly(Role.DISCIPLINE);
    }

    private static void assertRoute(Class<?> view, String path, String... roles) {
        var route = view.getAnnotation(Route.class);
        assertThat(route.value()).isEqualTo(path);
        assertThat(route.layout()).isEqualTo(MainLayout.class);
        assertThat(view.getAnnotation(RolesAllowed.class).value()).containsExactlyInAnyOrder(roles);
    }
}
