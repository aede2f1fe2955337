package org.onetrip.privacy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalIdentifiersTest {

    @Test
    void a_mobile_number_keeps_only_its_first_three_and_last_four_digits_however_it_is_written() {
        assertThat(PersonalIdentifiers.mask("请联系王师傅13812345678处理")).isEqualTo("请联系王师傅138****5678处理");
        assertThat(PersonalIdentifiers.mask("电话 138-1234-5678。")).isEqualTo("电话 138****5678。");
        assertThat(PersonalIdentifiers.mask("电话 138 1234 5678")).isEqualTo("电话 138****5678");
        assertThat(PersonalIdentifiers.mask("手机：138　1234　5678")).isEqualTo("手机：138****5678");
        assertThat(PersonalIdentifiers.mask("手机 138\u00A01234\u00A05678")).isEqualTo("手机 138****5678");
        assertThat(PersonalIdentifiers.mask("+86 13812345678")).isEqualTo("138****5678");
        assertThat(PersonalIdentifiers.mask("手机１３８１２３４５６７８")).isEqualTo("手机138****5678");
    }

    @Test
    void a_resident_id_number_keeps_only_its_first_and_last_character_however_it_is_grouped() {
        assertThat(PersonalIdentifiers.mask("身份证330102199001011234，")).isEqualTo("身份证3****************4，");
        assertThat(PersonalIdentifiers.mask("身份证号33010219900101123x")).isEqualTo("身份证号3****************X");
        assertThat(PersonalIdentifiers.mask("330102 19900101 1234")).isEqualTo("3****************4");
        assertThat(PersonalIdentifiers.mask("330102-19900101-1234")).isEqualTo("3****************4");
        assertThat(PersonalIdentifiers.mask("330102 1990 0101 1234")).isEqualTo("3****************4");
        assertThat(PersonalIdentifiers.mask("３３０１０２　１９９００１０１　１２３４")).isEqualTo("3****************4");
    }

    @Test
    void a_bank_card_number_that_passes_its_check_digit_keeps_only_its_last_four_digits() {
        assertThat(PersonalIdentifiers.mask("卡号6222021234567890128")).isEqualTo("卡号***************0128");
        assertThat(PersonalIdentifiers.mask("卡号 6228 4800 1234 5671")).isEqualTo("卡号 ************5671");
        assertThat(PersonalIdentifiers.mask("卡号6222021234567890123"))
                .as("the check digit is wrong: a number, not a card")
                .isEqualTo("卡号6222021234567890123");
    }

    @Test
    void an_email_address_keeps_its_first_letter_and_its_domain() {
        assertThat(PersonalIdentifiers.mask("发到 wangxm@example.com 即可")).isEqualTo("发到 w***@example.com 即可");
        assertThat(PersonalIdentifiers.mask("发到wangxm＠example.com")).isEqualTo("发到w***＠example.com");
    }

    @Test
    void a_vehicle_plate_keeps_its_province_letter_and_last_two_symbols() {
        assertThat(PersonalIdentifiers.mask("浙A12345长期占用消防通道")).isEqualTo("浙A***45长期占用消防通道");
        assertThat(PersonalIdentifiers.mask("车牌浙A·D12345")).isEqualTo("车牌浙A****45");
        assertThat(PersonalIdentifiers.mask("车牌浙 a12345")).isEqualTo("车牌浙a***45");
        assertThat(PersonalIdentifiers.mask("粤Z1234港")).isEqualTo("粤Z***4港");
        assertThat(PersonalIdentifiers.mask("新version发布了，云server升级")).isEqualTo("新version发布了，云server升级");
    }

    @Test
    void office_numbers_dates_amounts_file_and_case_numbers_are_left_as_they_are() {
        var text = "如有疑问请致电0571-86012345或12345热线，分机0571-86012345-8001；有效期20260301-20260331；"
                + "补助1380元，案件编号R-7KQ2M9XA3B4C，文号浙政办发〔2026〕12号，文件编号2026-0301-0001-0002，"
                + "房号 1201 1202 1203 1204，订单号 2138123456789。";
        assertThat(PersonalIdentifiers.mask(text)).isEqualTo(text);
        assertThat(PersonalIdentifiers.mask("1500\n2000\n3000\n4000")).isEqualTo("1500\n2000\n3000\n4000");
    }

    @Test
    void nothing_to_mask_and_no_text_are_returned_unchanged() {
        assertThat(PersonalIdentifiers.mask(null)).isNull();
        assertThat(PersonalIdentifiers.mask("")).isEmpty();
        assertThat(PersonalIdentifiers.mask("路灯坏了 $1 \\")).isEqualTo("路灯坏了 $1 \\");
    }

    @Test
    void the_rules_are_named_anew_whenever_a_pattern_changes_so_the_public_index_is_rebuilt() {
        assertThat(Map.of(PersonalIdentifiers.RULES, PersonalIdentifiers.patternsFingerprint()))
                .as("a changed pattern needs a new PersonalIdentifiers.RULES and public-cases-index.json's "
                        + "_meta.masked, and then the fingerprint here")
                .isEqualTo(Map.of("mobile, resident-id, bank-card, email, plate; v2", "cf2bf0416cb3"));
    }
}
