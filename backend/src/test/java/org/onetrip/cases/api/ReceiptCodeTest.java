package org.onetrip.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onetrip.agency.api.AgencyRequestIds;
import org.onetrip.appointments.api.BookingIds;
import org.onetrip.enterprise.api.AccessCodes;

/** The receipt code the public track a case with: 16 random Crockford base-32 symbols and a check symbol. */
class ReceiptCodeTest {

    /** Crockford's base-32 alphabet: no I, L, O or U. Written out here, not read from the class under test. */
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Test
    void a_generated_code_parses_back_to_itself() {
        for (int i = 0; i < 1_000; i++) {
            var code = ReceiptCode.generate();
            assertThat(ReceiptCode.parse(code.value())).contains(code);
            assertThat(ReceiptCode.parse(code.grouped())).contains(code);
            assertThat(ReceiptCode.parse(code.toString())).contains(code);
        }
    }

    @Test
    void a_code_is_seventeen_symbols_of_the_crockford_alphabet() {
        for (int i = 0; i < 1_000; i++) {
            var value = ReceiptCode.generate().value();
            assertThat(value).hasSize(17);
            assertThat(value.chars()).allMatch(c -> CROCKFORD.indexOf(c) >= 0);
        }
    }

    @Test
    void the_last_symbol_is_the_luhn_mod_32_check_of_the_sixteen_before_it() {
        for (int i = 0; i < 1_000; i++) {
            var value = ReceiptCode.generate().value();
            assertThat(value.charAt(16)).isEqualTo(luhnMod32(value.substring(0, 16)));
        }
    }

    @Test
    void the_grouped_form_is_three_groups_of_four_and_one_of_five() {
        var code = ReceiptCode.generate();
        var value = code.value();
        assertThat(code.grouped())
                .matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}")
                .isEqualTo(value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-"
                        + value.substring(12));
        assertThat(code.toString()).isEqualTo(code.grouped());
    }

    @Test
    void parsing_forgives_lowercase_dashes_and_spaces() {
        var code = ReceiptCode.generate();
        assertThat(ReceiptCode.parse(code.grouped().toLowerCase())).contains(code);
        assertThat(ReceiptCode.parse(code.grouped().replace('-', ' '))).contains(code);
        assertThat(ReceiptCode.parse("  " + code.value().substring(0, 5) + " - "
                        + code.value().substring(5) + " "))
                .contains(code);
    }

    @Test
    void parsing_reads_letter_o_as_zero_and_i_or_l_as_one() {
        var code = codeOf("0A1B0C1D0E1F0G1H");
        var typed = code.value()
                .replaceFirst("0", "O")
                .replaceFirst("0", "o")
                .replaceFirst("1", "I")
                .replaceFirst("1", "l")
                .replaceFirst("1", "L")
                .replaceFirst("1", "i");
        assertThat(typed).doesNotContain("1");
        assertThat(ReceiptCode.parse(typed)).contains(code);
    }

    @Test
    void parsing_rejects_what_is_not_a_code() {
        var value = ReceiptCode.generate().value();
        assertThat(ReceiptCode.parse(null)).isEmpty();
        assertThat(ReceiptCode.parse("")).isEmpty();
        assertThat(ReceiptCode.parse(value.substring(0, 16)))
                .as("check symbol missing")
                .isEmpty();
        assertThat(ReceiptCode.parse(value + "0")).as("one symbol too many").isEmpty();
        assertThat(ReceiptCode.parse(value.substring(0, 16) + "U"))
                .as("U is not in the alphabet")
                .isEmpty();
        assertThat(ReceiptCode.parse(value.substring(0, 8) + "*" + value.substring(9)))
                .isEmpty();
        assertThat(ReceiptCode.parse(" ".repeat(30) + value))
                .as("longer than 40 characters typed")
                .isEmpty();
    }

    @Test
    void the_constructor_accepts_only_well_formed_codes() {
        var value = ReceiptCode.generate().value();
        assertThatThrownBy(() -> new ReceiptCode(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReceiptCode(value.toLowerCase())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReceiptCode(new ReceiptCode(value).grouped()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReceiptCode(value.substring(0, 16) + otherThan(value.charAt(16))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_single_wrong_symbol_is_caught() {
        var random = new Random(20260213);
        for (int n = 0; n < 200; n++) {
            var value = randomCode(random).value();
            for (int position = 0; position < value.length(); position++) {
                for (char symbol : CROCKFORD.toCharArray()) {
                    if (symbol == value.charAt(position)) {
                        continue;
                    }
                    var typo = value.substring(0, position) + symbol + value.substring(position + 1);
                    assertThat(ReceiptCode.parse(typo))
                            .as("%s with %s at %d", value, symbol, position)
                            .isEmpty();
                }
            }
        }
    }

    @Test
    void nearly_every_swap_of_neighbouring_symbols_is_caught() {
        var random = new Random(42);
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 2_000; n++) {
            var value = randomCode(random).value();
            for (int position = 0; position < value.length() - 1; position++) {
                char left = value.charAt(position);
                char right = value.charAt(position + 1);
                if (left == right) {
                    continue;
                }
                var swapped = value.substring(0, position) + right + left + value.substring(position + 2);
                swaps++;
                if (ReceiptCode.parse(swapped).isEmpty()) {
                    caught++;
                }
            }
        }
        double rate = (double) caught / swaps;
        assertThat(swaps).isGreaterThan(25_000);
        assertThat(rate).as("%d of %d swaps caught", caught, swaps).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void ten_thousand_codes_are_all_different() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(ReceiptCode.generate().value());
        }
        assertThat(seen).hasSize(10_000);
    }

    // ---- helpers

    private static ReceiptCode randomCode(Random random) {
        var symbols = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            symbols.append(CROCKFORD.charAt(random.nextInt(32)));
        }
        return codeOf(symbols.toString());
    }

    private static ReceiptCode codeOf(String sixteenSymbols) {
        return new ReceiptCode(sixteenSymbols + luhnMod32(sixteenSymbols));
    }

    private static char luhnMod32(String symbols) {
        int factor = 2;
        int sum = 0;
        for (int i = symbols.length() - 1; i >= 0; i--) {
            int addend = factor * CROCKFORD.indexOf(symbols.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return CROCKFORD.charAt((32 - sum % 32) % 32);
    }

    private static char otherThan(char symbol) {
        return symbol == '0' ? '1' : '0';
    }

    @Test
    void a_digest_is_the_sha_256_of_purpose_and_code_so_what_earlier_releases_stored_still_matches() {
        var code = new ReceiptCode("4AY1WJH7RK4EZM0Z2");

        assertThat(code.digest("onetrip-receipt"))
                .isEqualTo("409a95f296268a4488a133ee10e7b676e6ec3e07f1f21b9098c48f5a722b4ee5");
        assertThat(BookingIds.of(code)).isEqualTo("bk-2c0f73ec47fd5879a96dc7c12eb30c30");
        assertThat(AgencyRequestIds.of(code)).isEqualTo("ag-5471040d90fe77659f8b5fd77891f886");
        assertThat(AccessCodes.hash(code))
                .isEqualTo("415984dbc2887e7ced71ffe795f522226d48cc22ecf4f59d06b07f57935a310f");
    }
}
