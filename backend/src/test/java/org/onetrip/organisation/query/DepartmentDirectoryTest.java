package org.onetrip.organisation.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DepartmentDirectoryTest {

    final DepartmentDirectory directory = DepartmentDirectory.fromClasspath(new ObjectMapper());

    @Test
    void a_department_is_named_in_the_readers_language_an_unknown_code_stays_as_it_is_and_none_is_empty() {
        assertThat(directory.name("minzheng", Locale.SIMPLIFIED_CHINESE)).isEqualTo("民政所");
        assertThat(directory.name("minzheng", Locale.ENGLISH)).isNotBlank().isNotEqualTo("民政所");
        assertThat(directory.name("no-such-unit", Locale.ENGLISH)).isEqualTo("no-such-unit");
        assertThat(directory.name(null, Locale.ENGLISH)).isEmpty();
    }
}
