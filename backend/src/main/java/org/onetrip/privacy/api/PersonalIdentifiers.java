package org.onetrip.privacy.api;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the personal identifiers a machine can recognise in text the public will read (a published handling
 * result's title and answer): mainland mobile numbers, resident ID numbers, bank card numbers, e-mail addresses and
 * vehicle plates. Names and addresses cannot be told from other words, so the answer form asks staff not to write
 * them. Landline numbers stay: those in answers are the offices' own. Full-width digits count as digits.
 *
 * <p>{@link #RULES} names this set of rules; the public index's definition records it, so changing a rule means
 * changing both, and the index is then rebuilt with the new rules when the release starts.
 */
public final class PersonalIdentifiers {

    /** The version of the rules below, recorded in public-cases-index.json's {@code _meta}. */
    public static final String RULES = "mobile, resident-id, bank-card, email, plate; v1";

    private static final String D = "[0-9０-９]";
    private static final String NOT_DIGIT_BEFORE = "(?<![0-9０-９])";
    private static final String NOT_DIGIT_AFTER = "(?![0-9０-９])";
    private static final String SEPARATOR = "[-\\s－]?";

    private record Rule(Pattern pattern, Function<String, String> mask) {}

    private static final List<Rule> RULES_IN_ORDER = List.of(
            // 18 digits (the last may be X) or the older 15, with a plausible birth date inside
            new Rule(
                    Pattern.compile(NOT_DIGIT_BEFORE
                            + "(?:[1-9１-９]" + D + "{5}(?:18|19|20|１８|１９|２０)" + D + "{2}" + D + "{2}" + D + "{2}"
                            + D + "{3}[0-9０-９XxＸｘ]"
                            + "|[1-9１-９]" + D + "{14})"
                            + NOT_DIGIT_AFTER + "(?![A-Za-z])"),
                    digits -> keep(digits, 1, 1)),
            new Rule(
                    Pattern.compile(NOT_DIGIT_BEFORE + "(?:(?:\\+|＋)?(?:86|８６)" + SEPARATOR + ")?[1１][3-9３-９]" + D
                            + SEPARATOR + D + "{4}" + SEPARATOR + D + "{4}" + NOT_DIGIT_AFTER),
                    PersonalIdentifiers::maskMobile),
            new Rule(
                    Pattern.compile(NOT_DIGIT_BEFORE + D + "{4}(?:" + SEPARATOR + D + "{4}){3}(?:" + SEPARATOR + D
                            + "{1,3})?" + NOT_DIGIT_AFTER),
                    card -> keep(digitsOf(card), 0, 4)),
            new Rule(Pattern.compile(NOT_DIGIT_BEFORE + D + "{16,19}" + NOT_DIGIT_AFTER), card -> keep(card, 0, 4)),
            new Rule(
                    Pattern.compile("[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}"),
                    email -> email.charAt(0) + "***" + email.substring(email.indexOf('@'))),
            new Rule(
                    Pattern.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]"
                            + "[·•.\\s]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警]"
                            + "(?![A-Za-z0-9])"),
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
                    .replaceAll((MatchResult m) ->
                            Matcher.quoteReplacement(rule.mask().apply(m.group())));
        }
        return masked;
    }

    private static String maskMobile(String number) {
        var digits = digitsOf(number);
        var national = digits.substring(digits.length() - 11);
        return national.substring(0, 3) + "****" + national.substring(7);
    }

    private static String maskPlate(String plate) {
        var compact = plate.replaceAll("[·•.\\s]", "");
        return compact.substring(0, 2) + "*".repeat(compact.length() - 4) + compact.substring(compact.length() - 2);
    }

    /** Keeps the first {@code head} and the last {@code tail} characters, the others become asterisks. */
    private static String keep(String value, int head, int tail) {
        return value.substring(0, head)
                + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }

    private static String digitsOf(String value) {
        var digits = new StringBuilder();
        value.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.getNumericValue(c)));
        return digits.toString();
    }
}
