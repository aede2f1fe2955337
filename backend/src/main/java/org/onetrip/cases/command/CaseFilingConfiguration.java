package org.onetrip.cases.command;

import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.privacy.command.ContactVault;
import org.onetrip.shared.command.EventContexts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseFilingConfiguration {

    @Bean
    CaseFiling caseFiling(EventContexts contexts, DepartmentDirectory departments, ContactVault vault) {
        return CaseFiling.random(contexts, departments, vault);
    }
}
