package org.onetrip.mechanisms.agency.ui;

import java.util.Set;
import org.onetrip.layout.NavigationEntry;
import org.onetrip.shared.api.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 帮代办 in the side navigation: progress by tracking code for everyone, the list for staff. */
@Configuration(proxyBeanMethods = false)
class AgencyNavigation {

    @Bean
    NavigationEntry publicAgencyTrackEntry() {
        return new NavigationEntry(25, "agency.nav.track", AgencyTrackView.class, Set.of());
    }

    @Bean
    NavigationEntry agencyEntry() {
        return new NavigationEntry(
                140,
                "agency.nav.list",
                AgencyView.class,
                Set.of(Role.INTAKE, Role.HANDLER, Role.DISCIPLINE, Role.ADMIN));
    }
}
