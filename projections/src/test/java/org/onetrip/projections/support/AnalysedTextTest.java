package org.onetrip.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.disclosure.DisclosureSearch;
import org.onetrip.projections.liaison.EnterpriseSearch;
import org.onetrip.projections.testing.SearchNode;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Chinese segmentation is most of what the search node spends on a filing, so text is analysed only where a
 * search reads it; elsewhere it is kept in the document for display.
 */
class AnalysedTextTest {

    static final Map<String, List<String>> READ_BY_A_SEARCH = Map.of(
            "cases-index.json", CaseSearch.STAFF_TEXT_FIELDS,
            "public-cases-index.json", CaseSearch.PUBLIC_TEXT_FIELDS,
            "disclosures-index.json", DisclosureSearch.FIELDS,
            "enterprises-index.json", EnterpriseSearch.NAME_FIELDS);

    ElasticsearchClient client = SearchNode.client();

    @Test
    void every_analysed_text_field_of_every_index_is_one_a_search_reads() throws IOException {
        var definitions = new PathMatchingResourcePatternResolver().getResources("classpath*:projections/*-index.json");
        assertThat(definitions).hasSizeGreaterThanOrEqualTo(12);
        for (var definition : definitions) {
            var file = definition.getFilename();
            var read = READ_BY_A_SEARCH.getOrDefault(file, List.of()).stream()
                    .map(field -> field.replaceFirst("\\^.*", ""))
                    .collect(Collectors.toSet());
            assertThat(analysed(file)).as(file).isSubsetOf(read);
        }
    }

    @Test
    void a_filing_is_segmented_for_the_staff_and_public_searches_only() throws IOException {
        assertThat(analysed("cases-index.json"))
                .contains("title", "title.cjk", "description", "description.cjk", "categoryNames");
        assertThat(analysed("public-cases-index.json")).contains("title", "title.cjk");
        assertThat(analysed("timeline-index.json")).isEmpty();
        assertThat(analysed("allegations-index.json")).isEmpty();
    }

    private Set<String> analysed(String file) throws IOException {
        var index = new ProjectionIndex(
                client, SearchNode.uniquePrefix("analysed"), "projections/" + file, Clock.systemUTC());
        index.ensureExists();
        var fields = client.fieldCaps(
                        request -> request.index(index.readAlias()).fields("*"))
                .fields();
        var analysed = new TreeSet<String>();
        fields.forEach((name, byType) -> {
            var text = byType.get("text");
            if (text != null && text.searchable()) {
                analysed.add(name);
            }
        });
        return analysed;
    }
}
