package org.onetrip.cases.command;

import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.privacy.command.ContactVault;
import org.onetrip.shared.command.EventContexts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VisitCaseFilingConfiguration {

    @Bean
    VisitCaseFiling visitCaseFiling(EventContexts contexts, DepartmentDirectory departments, ContactVault vault) {
        return VisitCaseFiling.random(contexts, departments, vault);
    }
}
