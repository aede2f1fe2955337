package org.onetrip.cases.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The code the public tracks a case with: 16 random Crockford base-32 symbols (80 bits) and one
 * check symbol, written in groups of four so it can be read out on the phone. It is drawn
 * independently of the case id, so it reveals nothing about filing order.
 */
public record ReceiptCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_SYMBOLS = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    public ReceiptCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a receipt code: " + value);
        }
    }

    public static ReceiptCode generate() {
        var symbols = new StringBuilder(RANDOM_SYMBOLS + 1);
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            symbols.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        symbols.append(checkSymbol(symbols));
        return new ReceiptCode(symbols.toString());
    }

    /** Accepts what a person types or says: any case, spaces or dashes, and O/I/L for 0/1/1. */
    public static Optional<ReceiptCode> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        var normalised = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-' -> {}
                case 'O' -> normalised.append('0');
                case 'I', 'L' -> normalised.append('1');
                default -> normalised.append(c);
            }
        }
        var candidate = normalised.toString();
        return isWellFormed(candidate) ? Optional.of(new ReceiptCode(candidate)) : Optional.empty();
    }

    private static boolean isWellFormed(String value) {
        if (value == null || value.length() != RANDOM_SYMBOLS + 1) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return checkSymbol(value.substring(0, RANDOM_SYMBOLS)) == value.charAt(RANDOM_SYMBOLS);
    }

    // Luhn mod 32: catches every single wrong symbol and nearly every swap of neighbours.
    private static char checkSymbol(CharSequence symbols) {
        int base = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = symbols.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(symbols.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / base + addend % base;
        }
        return ALPHABET.charAt((base - sum % base) % base);
    }

    /**
     * The one way every page shows a receipt code: grouped with dashes; a stored or typed code in any
     * accepted spelling comes out the same, and what is no receipt code is shown as given.
     */
    public static String shown(String code) {
        return parse(code).map(ReceiptCode::grouped).orElse(code == null ? "" : code);
    }

    /**
     * A receipt code as staff and auditors see it: its first four symbols, enough to tell two cases apart, not enough
     * to track, rate or reopen one as its filer. Null stays null.
     */
    public static String masked(String code) {
        if (code == null) {
            return null;
        }
        return parse(code).map(c -> c.value().substring(0, 4)).orElse("") + "•••";
    }

    /**
     * A one-way digest of this code for one purpose ({@code "onetrip-receipt"}, {@code "onetrip-booking"}, ...): the
     * SHA-256 of the purpose, a colon and the code, in hex. What finds a record by its code without keeping the code:
     * with 80 random bits behind it there is nothing to guess from.
     */
    public String digest(String purpose) {
        return digest(purpose, value);
    }

    /** {@link #digest(String)} of a code as an event stored it, taken as it is. */
    public static String digest(String purpose, String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((purpose + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-"
                + value.substring(12);
    }

    @Override
    public String toString() {
        return grouped();
    }
}
