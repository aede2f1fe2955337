package org.onetrip.home.ui;

import java.util.Set;
import org.onetrip.layout.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HomeNavigation {

    @Bean
    NavigationEntry homeEntry() {
        return new NavigationEntry(0, "nav.home", HomeView.class, Set.of());
    }
}
