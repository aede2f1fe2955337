package org.onetrip.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code Authorization} header of a demo staff account: a bearer token from {@code POST /api/auth/token}
 * (the fast path, renewed before it expires) or, with {@code load.staff-auth=basic}, HTTP Basic on every
 * request.
 */
public final class StaffCredentials {

    public static final String PASSWORD = "onetrip-demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final boolean bearer;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAfter) {}

    public StaffCredentials(String baseUrl) {
        this.baseUrl = baseUrl;
        this.bearer = !System.getProperty("load.staff-auth", "bearer").equals("basic");
    }

    public static String basic(String username) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The header for the configured kind of sign-in. */
    public String authorization(String username) {
        return bearer ? bearer(username) : basic(username);
    }

    public String bearer(String username) {
        var token = tokens.get(username);
        if (token == null || Instant.now().isAfter(token.renewAfter())) {
            token = tokens.compute(
                    username,
                    (name, old) -> old != null && Instant.now().isBefore(old.renewAfter()) ? old : issue(name));
        }
        return "Bearer " + token.value();
    }

    private Token issue(String username) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/auth/token"))
                .header("Authorization", basic(username))
                .POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "no token for " + username + ": HTTP " + response.statusCode() + " " + response.body());
            }
            var body = JSON.readTree(response.body());
            long lifetime = body.path("expires_in").asLong(60);
            return new Token(
                    body.path("access_token").asText(),
                    Instant.now().plusSeconds(Math.max(1, lifetime - Math.min(60, lifetime / 2))));
        } catch (IOException e) {
            throw new IllegalStateException("no token for " + username, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
