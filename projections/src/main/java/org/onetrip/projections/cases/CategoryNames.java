package org.onetrip.projections.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onetrip.cases.api.CaseCategory;

/** The names of each case category in both languages ({@code search/category-names.txt}), indexed with a case. */
public final class CategoryNames {

    private static final Map<CaseCategory, List<String>> NAMES = load();

    private CategoryNames() {}

    public static List<String> of(CaseCategory category) {
        return category == null ? List.of() : NAMES.getOrDefault(category, List.of());
    }

    private static Map<CaseCategory, List<String>> load() {
        var names = new EnumMap<CaseCategory, List<String>>(CaseCategory.class);
        try (var in = CategoryNames.class.getClassLoader().getResourceAsStream("search/category-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("search/category-names.txt is missing");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    var keyAndNames = line.split("=", 2);
                    names.put(
                            CaseCategory.valueOf(keyAndNames[0].strip()),
                            List.of(keyAndNames[1].strip().split("\\s*,\\s*")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search/category-names.txt cannot be read", e);
        }
        return Map.copyOf(names);
    }
}
