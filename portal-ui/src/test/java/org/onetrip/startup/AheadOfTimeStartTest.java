package org.onetrip.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class AheadOfTimeStartTest {

    @Test
    void readmes_start_with_a_port_a_data_folder_and_raised_rate_limits_takes_the_prepared_definitions() {
        var environment = environment(
                "--server.port=18080",
                "--onetrip.data-dir=/srv/onetrip",
                "--onetrip.search.embedded.http-port=19200",
                "--onetrip.rate-limit.filings-per-hour=1000000",
                "--logging.level.root=warn",
                "--spring.main.banner-mode=off");
        environment.getPropertySources().addLast(systemProperties(Map.of("java.version", "17", "user.home", "/root")));
        environment.getPropertySources().addLast(variables(Map.of("PATH", "/usr/bin", "HOME", "/root")));

        assertThat(AheadOfTimeStart.reasonToWorkOut(environment)).isEmpty();
    }

    @Test
    void an_active_profile_makes_the_start_work_its_definitions_out() {
        var environment = environment();
        environment.setActiveProfiles("production");

        assertThat(AheadOfTimeStart.reasonToWorkOut(environment)).hasValue("profile production is active");
    }

    @Test
    void another_event_store_on_the_command_line_makes_the_start_work_its_definitions_out() {
        assertThat(AheadOfTimeStart.reasonToWorkOut(environment("--onetrip.event-store=kurrent")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("onetrip.event-store"));
    }

    @Test
    void a_command_line_mode_makes_the_start_work_its_definitions_out() {
        assertThat(AheadOfTimeStart.reasonToWorkOut(environment("--onetrip.replay=all")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("onetrip.replay"));
    }

    @Test
    void an_environment_variable_naming_a_database_makes_the_start_work_its_definitions_out() {
        assertWorkedOutBecauseOf(
                variables(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/onetrip")), "spring.datasource.url");
    }

    @Test
    void a_system_property_in_a_watched_namespace_makes_the_start_work_its_definitions_out() {
        assertWorkedOutBecauseOf(
                systemProperties(Map.of("spring.elasticsearch.uris", "http://search:9200")),
                "spring.elasticsearch.uris");
    }

    @Test
    void any_setting_in_a_configuration_file_outside_the_jar_makes_the_start_work_its_definitions_out() {
        assertWorkedOutBecauseOf(
                new MapPropertySource(
                        "Config resource 'file [config/application.yml]' via location 'optional:file:./config/'",
                        Map.of("custom.setting", "x")),
                "custom.setting");
    }

    @Test
    void the_jars_own_configuration_files_are_what_the_definitions_were_prepared_from() {
        var environment = environment();
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'",
                        Map.of("onetrip.event-store", "jpa", "spring.profiles.default", "demo")));

        assertThat(AheadOfTimeStart.reasonToWorkOut(environment)).isEmpty();
    }

    /** What a start may set without leaving the prepared definitions must not be read by any condition. */
    @Test
    void no_condition_of_the_application_reads_a_setting_the_prepared_start_accepts() {
        var read = new ArrayList<String>();
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onetrip")
                .forEach(type -> Stream.concat(
                                type.getAnnotations().stream(),
                                type.getMethods().stream().flatMap(method -> method.getAnnotations().stream()))
                        .forEach(annotation -> read.addAll(propertiesReadBy(annotation))));
        assertThat(read).as("the settings conditions read").contains("onetrip.event-store", "onetrip.demo-data");

        assertThat(read)
                .filteredOn(property -> AheadOfTimeStart.VALUES_ONLY.stream()
                        .anyMatch(allowed -> allowed.equals(ConfigurationPropertyName.adapt(property, '.'))
                                || allowed.isAncestorOf(ConfigurationPropertyName.adapt(property, '.'))))
                .isEmpty();
    }

    private static List<String> propertiesReadBy(JavaAnnotation<?> annotation) {
        if (annotation.getRawType().isEquivalentTo(ConditionalOnProperty.class)) {
            var prefix = (String) annotation.get("prefix").orElse("");
            return Stream.concat(
                            Arrays.stream((Object[]) annotation.get("name").orElse(new String[0])),
                            Arrays.stream((Object[]) annotation.get("value").orElse(new String[0])))
                    .map(name -> prefix.isEmpty() ? (String) name : prefix + "." + name)
                    .toList();
        }
        if (annotation.getRawType().isEquivalentTo(ConditionalOnExpression.class)) {
            var expression = (String) annotation.get("value").orElse("");
            return java.util.regex.Pattern.compile("\\$\\{([^:}]+)")
                    .matcher(expression)
                    .results()
                    .map(match -> match.group(1))
                    .toList();
        }
        return List.of();
    }

    private static void assertWorkedOutBecauseOf(PropertySource<?> source, String setting) {
        var environment = environment();
        environment.getPropertySources().addLast(source);

        assertThat(AheadOfTimeStart.reasonToWorkOut(environment))
                .hasValueSatisfying(reason -> assertThat(reason).contains(setting));
    }

    private static StandardEnvironment environment(String... arguments) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(arguments));
        return environment;
    }

    private static MapPropertySource systemProperties(Map<String, Object> properties) {
        return new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, properties);
    }

    private static SystemEnvironmentPropertySource variables(Map<String, Object> variables) {
        return new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables);
    }
}
