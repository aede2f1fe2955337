package org.onetrip.privacy.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks the personal identifiers a machine can recognise in text the public will read (a published handling
 * result's title and answer): mainland mobile numbers, resident ID numbers, bank card numbers, e-mail addresses and
 * vehicle plates, as people write them: full-width digits, spaces of either width, dashes, an ID grouped as on the
 * card. A candidate that fails its own check (an ID's birth date, a card's Luhn digit) is left alone, so dates,
 * amounts and file numbers stay readable. Names and addresses cannot be told from other words, so the answer form
 * asks staff not to write them. Landline numbers stay: those in answers are the offices' own.
 *
 * <p>{@link #RULES} names this set of rules; the public index's definition records it, so changing a rule means
 * changing both, and the index is then rebuilt with the new rules when the release starts
 * ({@code PersonalIdentifiersTest} fails until {@link #RULES} is changed with the patterns).
 */
public final class PersonalIdentifiers {

    /** The version of the rules below, recorded in public-cases-index.json's {@code _meta}. */
    public static final String RULES = "mobile, resident-id, bank-card, email, plate; v2";

    private static final String D = "[0-9０-９]";
    private static final String NOT_DIGIT_BEFORE = "(?<![0-9０-９])";
    private static final String NOT_DIGIT_AFTER = "(?![0-9０-９])";
    /** Within one line only: a space of either width, a non-breaking space, a dash. */
    private static final String SEPARATOR = "[ \\u00A0\\u3000\\-－—–]";

    private static final String PROVINCES = "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]";
    private static final String PLATE_LETTER = "[A-HJ-NP-Za-hj-np-z]";

    private record Rule(Pattern pattern, UnaryOperator<String> mask) {}

    private static final List<Rule> RULES_IN_ORDER = List.of(
            // 18 characters, the 7th–10th a year of birth, the last a digit or X; grouped 6-8-4 or 6-4-4-4 or not
            new Rule(
                    Pattern.compile(NOT_DIGIT_BEFORE + "[1-9１-９]" + D + "{5}" + SEPARATOR + "?(?:18|19|20|１８|１９|２０)" + D
                            + "{2}" + SEPARATOR + "?" + D + "{4}" + SEPARATOR + "?" + D + "{3}[0-9０-９XxＸｘ]"
                            + NOT_DIGIT_AFTER + "(?![A-Za-z])"),
                    PersonalIdentifiers::maskResidentId),
            new Rule(
                    Pattern.compile(NOT_DIGIT_BEFORE + "(?:[+＋]?(?:86|８６)" + SEPARATOR + "?)?[1１][3-9３-９]" + D
                            + SEPARATOR + "?" + D + "{4}" + SEPARATOR + "?" + D + "{4}" + NOT_DIGIT_AFTER),
                    PersonalIdentifiers::maskMobile),
            // 16 to 19 digits, grouped by four with one separator throughout or not at all
            new Rule(
                    Pattern.compile(NOT_DIGIT_BEFORE + "[3-6３-６]" + D + "{3}(" + SEPARATOR + "?)" + D + "{4}\\1" + D
                            + "{4}\\1" + D + "{4}(?:\\1" + D + "{1,3})?" + NOT_DIGIT_AFTER),
                    PersonalIdentifiers::maskCard),
            new Rule(
                    Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+[@＠]([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}"),
                    PersonalIdentifiers::maskEmail),
            new Rule(
                    Pattern.compile(PROVINCES + "[ \\u3000]?" + PLATE_LETTER + "[·•.\\s]?"
                            // a digit among the symbols, so that an English word after 新 or 云 is not a plate
                            + "(?=[A-HJ-NP-Za-hj-np-z]{0,5}[0-9])[A-HJ-NP-Za-hj-np-z0-9]{4,5}"
                            + "[A-HJ-NP-Za-hj-np-z0-9挂学警港澳](?![A-Za-z0-9])"),
                    PersonalIdentifiers::maskPlate));

    private PersonalIdentifiers() {}

    /** The text with every recognised identifier masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        var masked = text;
        for (var rule : RULES_IN_ORDER) {
            masked = rule.pattern()
                    .matcher(masked)
                    .replaceAll(m -> Matcher.quoteReplacement(rule.mask().apply(m.group())));
        }
        return masked;
    }

    /** A digest of the patterns, which a test pins together with {@link #RULES}. */
    static String patternsFingerprint() {
        try {
            var patterns = RULES_IN_ORDER.stream()
                    .map(rule -> rule.pattern().pattern())
                    .collect(Collectors.joining("\n"));
            var digest = MessageDigest.getInstance("SHA-256").digest(patterns.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String maskResidentId(String written) {
        var id = significant(written);
        int month = Integer.parseInt(id.substring(10, 12));
        int day = Integer.parseInt(id.substring(12, 14));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return written;
        }
        return keep(id, 1, 1);
    }

    private static String maskMobile(String written) {
        var digits = significant(written);
        var national = digits.substring(digits.length() - 11);
        return national.substring(0, 3) + "****" + national.substring(7);
    }

    private static String maskCard(String written) {
        var digits = significant(written);
        return luhn(digits) ? keep(digits, 0, 4) : written;
    }

    private static String maskEmail(String email) {
        int at = Math.max(email.indexOf('@'), email.indexOf('＠'));
        return email.charAt(0) + "***" + email.substring(at);
    }

    private static String maskPlate(String plate) {
        var compact = plate.replaceAll("[·•.\\s\\u3000]", "");
        return compact.substring(0, 2) + "*".repeat(compact.length() - 4) + compact.substring(compact.length() - 2);
    }

    /** Keeps the first {@code head} and the last {@code tail} characters, the others become asterisks. */
    private static String keep(String value, int head, int tail) {
        return value.substring(0, head)
                + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }

    /** The digits (as ASCII) and an ID's final X, without separators. */
    private static String significant(String value) {
        var kept = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                kept.append(Character.getNumericValue(c));
            } else if (c == 'X' || c == 'x' || c == 'Ｘ' || c == 'ｘ') {
                kept.append('X');
            }
        });
        return kept.toString();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
        }
        return sum % 10 == 0;
    }
}
