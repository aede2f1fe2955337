package org.onetrip.oversight;

import java.util.Set;
import org.onetrip.layout.NavigationEntry;
import org.onetrip.oversight.admin.ui.AdminView;
import org.onetrip.oversight.audit.ui.AuditView;
import org.onetrip.oversight.audit.ui.DisclosureAsOfView;
import org.onetrip.oversight.audit.ui.IntegrityView;
import org.onetrip.oversight.discipline.ui.DisciplineView;
import org.onetrip.shared.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The oversight screens in the side navigation (orders 200–299), each for the roles its view allows. */
@Configuration(proxyBeanMethods = false)
class OversightNavigation {

    @Bean
    NavigationEntry disciplineEntry() {
        return new NavigationEntry(200, "oversight.nav.discipline", DisciplineView.class, Set.of(Role.DISCIPLINE));
    }

    @Bean
    NavigationEntry auditEntry() {
        return new NavigationEntry(
                210, "oversight.nav.audit", AuditView.class, Set.of(Role.AUDITOR, Role.DISCIPLINE, Role.ADMIN));
    }

    @Bean
    NavigationEntry integrityEntry() {
        return new NavigationEntry(
                212, "oversight.nav.integrity", IntegrityView.class, Set.of(Role.AUDITOR, Role.DISCIPLINE, Role.ADMIN));
    }

    @Bean
    NavigationEntry disclosureAsOfEntry() {
        return new NavigationEntry(
                214,
                "oversight.nav.disclosure-as-of",
                DisclosureAsOfView.class,
                Set.of(Role.AUDITOR, Role.DISCIPLINE, Role.ADMIN));
    }

    @Bean
    NavigationEntry adminEntry() {
        return new NavigationEntry(220, "oversight.nav.admin", AdminView.class, Set.of(Role.ADMIN));
    }
}
