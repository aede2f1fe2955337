package org.onetrip.projections.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what a person typed into a query that cannot be query syntax: simple_query_string with only
 * harmless operators, a length cap, control characters removed, and synonym groups
 * ({@code search/synonyms.txt}) expanded into alternatives.
 */
public final class SearchText {

    public static final int MAX_LENGTH = 200;
    private static final List<Set<String>> SYNONYMS = loadSynonyms();

    private SearchText() {}

    /** Every word typed must be found; null when there is nothing to search for. */
    public static Query match(String typed, List<String> fields) {
        var text = clean(typed);
        if (text.isEmpty()) {
            return null;
        }
        var should = new ArrayList<Query>();
        for (var alternative : alternatives(text)) {
            should.add(Query.of(q -> q.simpleQueryString(s -> s.query(alternative)
                    .fields(fields)
                    .defaultOperator(Operator.And)
                    .flags(
                            SimpleQueryStringFlag.And,
                            SimpleQueryStringFlag.Or,
                            SimpleQueryStringFlag.Not,
                            SimpleQueryStringFlag.Phrase,
                            SimpleQueryStringFlag.Precedence,
                            SimpleQueryStringFlag.Whitespace)
                    .lenient(true))));
        }
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
    }

    /**
     * Cases with every word typed ({@code allWordsFields}, as {@link #match}) rank first; a case with only
     * {@code minimumShouldMatch} of the words (Elasticsearch's syntax, such as {@code 50%}) in one of
     * {@code someWordsFields} is found too. Those should be CJK-bigram fields: a bigram is a word-sized
     * unit, where word segmentation cuts an unknown word into single characters that match almost
     * anything. So 超期未办结 (超期 期未 未办 办结) finds a complaint that says 超过一个月仍未办结. The text
     * goes into {@code match} queries, which parse no syntax. Null when there is nothing to search for.
     */
    public static Query matchSome(
            String typed, List<String> allWordsFields, List<String> someWordsFields, String minimumShouldMatch) {
        var all = match(typed, allWordsFields);
        if (all == null) {
            return null;
        }
        var should = new ArrayList<Query>();
        should.add(Query.of(q -> q.bool(b -> b.should(all).boost(2.0f))));
        for (var alternative : alternatives(clean(typed))) {
            for (var field : someWordsFields) {
                should.add(Query.of(q -> q.match(m -> m.field(field)
                        .query(alternative)
                        .operator(Operator.Or)
                        .minimumShouldMatch(minimumShouldMatch)
                        .lenient(true))));
            }
        }
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
    }

    private static Set<String> alternatives(String text) {
        var alternatives = new LinkedHashSet<String>();
        alternatives.add(text);
        for (var group : SYNONYMS) {
            for (var term : group) {
                if (text.contains(term)) {
                    for (var other : group) {
                        alternatives.add(text.replace(term, other));
                    }
                }
            }
        }
        return alternatives;
    }

    static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        var text = typed.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidSearchException("q", "a search may be at most " + MAX_LENGTH + " characters long");
        }
        return text;
    }

    private static List<Set<String>> loadSynonyms() {
        var groups = new ArrayList<Set<String>>();
        try (var in = SearchText.class.getClassLoader().getResourceAsStream("search/synonyms.txt")) {
            if (in == null) {
                return List.of();
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    groups.add(new LinkedHashSet<>(List.of(line.split("\\s*,\\s*"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search/synonyms.txt cannot be read", e);
        }
        return List.copyOf(groups);
    }
}
