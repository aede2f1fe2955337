package org.onetrip.it;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Demo staff accounts, signed in per request with HTTP Basic as API clients do. */
final class Staff {

    static final String DEMO_PASSWORD = "onetrip-demo";
    static final Map<String, String> INTAKE = account("zhang.min");
    static final Map<String, String> DISCIPLINE = account("li.qing");
    static final Map<String, String> AUDITOR = account("auditor");
    static final Map<String, String> ADMIN = account("admin");
    static final Map<String, String> NOBODY = Map.of();

    private Staff() {}

    static Map<String, String> handler(String department) {
        return account("handler." + department);
    }

    static Map<String, String> account(String username) {
        return basic(username, DEMO_PASSWORD);
    }

    static Map<String, String> basic(String username, String password) {
        var token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return Map.of("Authorization", "Basic " + token);
    }
}
