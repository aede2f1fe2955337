package org.onetrip.workbench;

import java.util.Set;
import org.onetrip.layout.NavigationEntry;
import org.onetrip.shared.api.Role;
import org.onetrip.workbench.department.ui.InboxView;
import org.onetrip.workbench.intake.ui.IntakeView;
import org.onetrip.workbench.search.StaffCaseSearch;
import org.onetrip.workbench.search.ui.CaseSearchView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkbenchNavigation {

    @Bean
    NavigationEntry intakeDeskEntry() {
        return new NavigationEntry(110, "workbench.nav.intake", IntakeView.class, Set.of(Role.INTAKE));
    }

    @Bean
    NavigationEntry departmentInboxEntry() {
        return new NavigationEntry(120, "workbench.nav.inbox", InboxView.class, Set.of(Role.HANDLER));
    }

    @Bean
    NavigationEntry caseSearchEntry() {
        return new NavigationEntry(125, "search.nav", CaseSearchView.class, StaffCaseSearch.ROLES);
    }
}
