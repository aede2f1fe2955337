package org.onetrip.shared.config;

import com.ethlo.time.ITU;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * Reads an instant in the form the application writes (UTC, {@code 2026-12-05T02:58:32.289901Z}) with ITU, and any
 * other form as Jackson's own reader does, which also decides what is refused. java.time's parser builds a map of
 * fields for every instant and copies it for each optional part: in a rebuild of the case index it took a quarter of
 * the event reader's CPU and 340 MB of its garbage per 100 000 events (docs/benchmarks.md, round 12).
 */
public final class InstantsAsWritten extends SimpleModule {

    public InstantsAsWritten() {
        super("onetrip-instants-as-written");
        addDeserializer(Instant.class, new Reader());
    }

    /** {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction, {@code Z}: what {@link Instant#toString()} writes. */
    static boolean isAsWritten(String text) {
        int length = text.length();
        return length >= 20
                && text.charAt(4) == '-'
                && text.charAt(10) == 'T'
                && text.charAt(length - 1) == 'Z'
                && (length == 20 || text.charAt(19) == '.');
    }

    private static final class Reader extends StdScalarDeserializer<Instant> {

        Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                var text = parser.getText();
                if (isAsWritten(text)) {
                    try {
                        return ITU.parseDateTime(text).toInstant();
                    } catch (DateTimeException e) {
                        // not a valid instant after all (a 30 February, a leap second): Jackson's reader says so
                    }
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }
}
