package org.onetrip.organisation.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class OrganisationConfiguration {

    @Bean
    DepartmentDirectory departmentDirectory(ObjectMapper objectMapper) {
        return DepartmentDirectory.fromClasspath(objectMapper);
    }
}
