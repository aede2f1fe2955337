package org.onetrip.disclosure.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * GeoReport v2's XML format, written from the same documents as the JSON (so both carry exactly the
 * same fields): a list becomes its root element with one child per entry, named as the specification
 * names them ({@code <services><service>}, {@code <service_requests><request>}, {@code <errors><error>}).
 * Written by hand rather than by registering an XML message converter, which would change what every
 * other endpoint answers to {@code Accept: application/xml}.
 */
final class Open311Xml {

    static final MediaType TEXT_XML = new MediaType("text", "xml", StandardCharsets.UTF_8);
    private static final Map<String, String> ENTRY = Map.of(
            "services",
            "service",
            "attributes",
            "attribute",
            "values",
            "value",
            "service_requests",
            "request",
            "errors",
            "error",
            "endpoints",
            "endpoint",
            "formats",
            "format");

    private Open311Xml() {}

    static String write(ObjectMapper json, String root, Object document) {
        var out = new StringBuilder(4096).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        element(out, root, json.valueToTree(document));
        return out.append('\n').toString();
    }

    private static void element(StringBuilder out, String name, JsonNode node) {
        out.append('<').append(name).append('>');
        if (node.isArray()) {
            var entry = ENTRY.getOrDefault(name, "item");
            node.forEach(child -> element(out, entry, child));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> element(out, field.getKey(), field.getValue()));
        } else if (!node.isNull()) {
            escape(out, node.asText());
        }
        out.append("</").append(name).append('>');
    }

    /** Markup characters escaped; characters XML 1.0 cannot carry at all are dropped. */
    private static void escape(StringBuilder out, String text) {
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == '\t'
                            || c == '\n'
                            || c == '\r'
                            || (c >= 0x20 && (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
    }
}
