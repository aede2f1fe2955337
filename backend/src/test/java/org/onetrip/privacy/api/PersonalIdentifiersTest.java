package org.onetrip.privacy.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalIdentifiersTest {

    @Test
    void aMobileNumberKeepsOnlyItsFirstThreeAndLastFourDigits() {
        assertThat(PersonalIdentifiers.mask("请联系王师傅13812345678处理")).isEqualTo("请联系王师傅138****5678处理");
        assertThat(PersonalIdentifiers.mask("电话 138-1234-5678。")).isEqualTo("电话 138****5678。");
        assertThat(PersonalIdentifiers.mask("电话 138 1234 5678")).isEqualTo("电话 138****5678");
        assertThat(PersonalIdentifiers.mask("+86 13812345678")).isEqualTo("138****5678");
        assertThat(PersonalIdentifiers.mask("手机１３８１２３４５６７８")).isEqualTo("手机138****5678");
    }

    @Test
    void aResidentIdNumberKeepsOnlyItsFirstAndLastCharacter() {
        assertThat(PersonalIdentifiers.mask("身份证330102199001011234，")).isEqualTo("身份证3****************4，");
        assertThat(PersonalIdentifiers.mask("身份证号33010219900101123X")).isEqualTo("身份证号3****************X");
        assertThat(PersonalIdentifiers.mask("旧证330102900101123")).isEqualTo("旧证3*************3");
    }

    @Test
    void aBankCardNumberKeepsOnlyItsLastFourDigits() {
        assertThat(PersonalIdentifiers.mask("卡号6222021234567890123")).isEqualTo("卡号***************0123");
        assertThat(PersonalIdentifiers.mask("卡号 6222 0212 3456 7890")).isEqualTo("卡号 ************7890");
    }

    @Test
    void anEmailAddressKeepsItsFirstLetterAndItsDomain() {
        assertThat(PersonalIdentifiers.mask("发到 wangxm@example.com 即可")).isEqualTo("发到 w***@example.com 即可");
    }

    @Test
    void aVehiclePlateKeepsItsProvinceLetterAndLastTwoSymbols() {
        assertThat(PersonalIdentifiers.mask("浙A12345长期占用消防通道")).isEqualTo("浙A***45长期占用消防通道");
        assertThat(PersonalIdentifiers.mask("车牌浙A·D12345")).isEqualTo("车牌浙A****45");
    }

    @Test
    void officeNumbersDatesAmountsAndCaseNumbersAreLeftAsTheyAre() {
        var text = "如有疑问请致电0571-86012345或12345热线；2026年3月1日前完成，补助1380元，案件编号R-7KQ2M9XA3B4C，文号浙政办发〔2026〕12号。";
        assertThat(PersonalIdentifiers.mask(text)).isEqualTo(text);
    }

    @Test
    void aNumberThatMerelyContainsElevenDigitsIsNotTakenForAMobile() {
        assertThat(PersonalIdentifiers.mask("订单号 2138123456789")).isEqualTo("订单号 2138123456789");
    }

    @Test
    void nothingToMaskAndNoTextAreReturnedUnchanged() {
        assertThat(PersonalIdentifiers.mask(null)).isNull();
        assertThat(PersonalIdentifiers.mask("")).isEmpty();
        assertThat(PersonalIdentifiers.mask("路灯坏了 $1 \\")).isEqualTo("路灯坏了 $1 \\");
    }
}
