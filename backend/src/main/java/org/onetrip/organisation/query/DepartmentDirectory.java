package org.onetrip.organisation.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.onetrip.organisation.api.Department;

/** The township's units, read once from {@code organisation/departments.json}. */
public class DepartmentDirectory {

    private final Map<String, Department> byCode = new LinkedHashMap<>();

    public DepartmentDirectory(List<Department> departments) {
        for (var department : departments) {
            if (byCode.putIfAbsent(department.code(), department) != null) {
                throw new IllegalArgumentException("department code used twice: " + department.code());
            }
        }
    }

    public static DepartmentDirectory fromClasspath(ObjectMapper mapper) {
        try (InputStream in = DepartmentDirectory.class.getResourceAsStream("/organisation/departments.json")) {
            if (in == null) {
                throw new IllegalStateException("organisation/departments.json is missing from the classpath");
            }
            return new DepartmentDirectory(mapper.readValue(in, new TypeReference<List<Department>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("organisation/departments.json cannot be read", e);
        }
    }

    public boolean exists(String code) {
        return code != null && byCode.containsKey(code);
    }

    public Optional<Department> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** The department's name in that language; an unknown code as it is, none as empty. */
    public String name(String code, Locale locale) {
        return code == null
                ? ""
                : find(code).map(department -> department.name(locale)).orElse(code);
    }

    public List<Department> all() {
        return List.copyOf(byCode.values());
    }
}
