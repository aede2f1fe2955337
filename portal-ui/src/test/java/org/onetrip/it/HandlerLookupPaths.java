package org.onetrip.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.mock.web.MockHttpServletRequest;

/** Paths and requests near a mapping's pattern, those it matches and those it nearly matches. */
final class HandlerLookupPaths {

    private HandlerLookupPaths() {}

    static List<String> around(String pattern) {
        var concrete = concrete(pattern);
        var paths = new ArrayList<String>();
        paths.add(concrete);
        paths.add(concrete + "/");
        paths.add(concrete + "x");
        paths.add(concrete + "/x1");
        paths.add(concrete.toUpperCase(Locale.ROOT));
        paths.add(concrete.replaceFirst("^/([^/]+)", "/$1;m=1"));
        paths.add(escapedFirstLetter(concrete));
        for (int slash = concrete.indexOf('/', 1); slash > 0; slash = concrete.indexOf('/', slash + 1)) {
            paths.add(concrete.substring(0, slash));
            paths.add(concrete.substring(0, slash + 1));
        }
        paths.add("/");
        return paths;
    }

    static List<Supplier<MockHttpServletRequest>> requests(String path) {
        var requests = new ArrayList<Supplier<MockHttpServletRequest>>();
        for (var method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
            requests.add(() -> {
                var request = new MockHttpServletRequest(method, path);
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    request.setContentType("application/json");
                }
                request.addHeader("Accept", "application/json");
                return request;
            });
        }
        requests.add(() -> {
            var request = new MockHttpServletRequest("GET", path);
            request.addHeader("Accept", "text/html");
            return request;
        });
        requests.add(() -> {
            var preflight = new MockHttpServletRequest("OPTIONS", path);
            preflight.addHeader("Origin", "https://example.org");
            preflight.addHeader("Access-Control-Request-Method", "POST");
            return preflight;
        });
        return requests;
    }

    /** Variables become one segment, capture-the-rest variables and {@code **} two. */
    private static String concrete(String pattern) {
        var path = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int depth = 1;
                int end = i + 1;
                while (depth > 0) {
                    depth += pattern.charAt(end) == '{' ? 1 : pattern.charAt(end) == '}' ? -1 : 0;
                    end++;
                }
                path.append(pattern.charAt(i + 1) == '*' ? "a/b" : "x1");
                i = end - 1;
            } else if (pattern.startsWith("**", i)) {
                path.append("a/b");
                i++;
            } else if (c == '*') {
                path.append("x1");
            } else if (c == '?') {
                path.append('x');
            } else {
                path.append(c);
            }
        }
        return path.toString();
    }

    private static String escapedFirstLetter(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isLetter(c) && c < 128) {
                return path.substring(0, i) + String.format("%%%02X", (int) c) + path.substring(i + 1);
            }
        }
        return path + "%41";
    }
}
