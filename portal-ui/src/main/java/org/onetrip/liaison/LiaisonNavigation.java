package org.onetrip.liaison;

import java.util.Set;
import org.onetrip.layout.NavigationEntry;
import org.onetrip.liaison.discipline.ui.AllegationsView;
import org.onetrip.liaison.enterprise.ui.EnterpriseLedgerView;
import org.onetrip.liaison.enterprise.ui.EnterpriseRequestsView;
import org.onetrip.liaison.enterprise.ui.EnterprisesView;
import org.onetrip.liaison.grid.ui.GridComplianceView;
import org.onetrip.liaison.grid.ui.GridVisitsView;
import org.onetrip.liaison.grid.ui.GridsView;
import org.onetrip.liaison.publicui.EnterpriseStatusView;
import org.onetrip.shared.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "网格走访，企业联点" and the discipline office's queue in the side navigation: the enterprise's own page for
 * everyone (order 75), the staff screens (150–169) for the roles their views allow, the queue (205).
 */
@Configuration(proxyBeanMethods = false)
class LiaisonNavigation {

    static final Set<Role> STAFF = Set.of(Role.INTAKE, Role.HANDLER, Role.DISCIPLINE, Role.AUDITOR, Role.ADMIN);
    static final Set<Role> FIELD_STAFF = Set.of(Role.INTAKE, Role.HANDLER, Role.DISCIPLINE);

    @Bean
    NavigationEntry enterpriseStatusEntry() {
        return new NavigationEntry(75, "liaison.nav.enterprise-status", EnterpriseStatusView.class, Set.of());
    }

    @Bean
    NavigationEntry gridVisitsEntry() {
        return new NavigationEntry(150, "liaison.nav.grid-visits", GridVisitsView.class, FIELD_STAFF);
    }

    @Bean
    NavigationEntry gridComplianceEntry() {
        return new NavigationEntry(152, "liaison.nav.grid-compliance", GridComplianceView.class, STAFF);
    }

    @Bean
    NavigationEntry gridsEntry() {
        return new NavigationEntry(154, "liaison.nav.grids", GridsView.class, STAFF);
    }

    @Bean
    NavigationEntry enterpriseLedgerEntry() {
        return new NavigationEntry(160, "liaison.nav.ledger", EnterpriseLedgerView.class, FIELD_STAFF);
    }

    @Bean
    NavigationEntry enterpriseRequestsEntry() {
        return new NavigationEntry(162, "liaison.nav.requests", EnterpriseRequestsView.class, STAFF);
    }

    @Bean
    NavigationEntry enterprisesEntry() {
        return new NavigationEntry(164, "liaison.nav.enterprises", EnterprisesView.class, STAFF);
    }

    @Bean
    NavigationEntry allegationsEntry() {
        return new NavigationEntry(205, "liaison.nav.allegations", AllegationsView.class, Set.of(Role.DISCIPLINE));
    }
}
