package org.onetrip.projections.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.onetrip.privacy.api.PersonalIdentifiers;

class PublicIndexDefinitionTest {

    @Test
    void the_public_index_records_the_masking_rules_its_documents_were_made_with_so_a_change_rebuilds_it()
            throws IOException {
        try (var definition = getClass().getResourceAsStream("/projections/public-cases-index.json")) {
            var meta = new ObjectMapper().readTree(definition).at("/mappings/_meta/masked");
            assertThat(meta.asText())
                    .as("change public-cases-index.json's _meta.masked with PersonalIdentifiers.RULES")
                    .isEqualTo(PersonalIdentifiers.RULES);
        }
    }
}
