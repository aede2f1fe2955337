package org.onetrip.disclosure.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VagueWordingDetectorTest {

    @Test
    void catch_all_phrases_and_a_trailing_deng_are_flagged_with_their_field() {
        var found = new ArrayList<VagueWording>();
        VagueWordingDetector.inspect(found, "materials[0].name", "身份证、户口簿等材料");
        VagueWordingDetector.inspect(found, "conditions[1]", "提供其他相关材料及相关证明");
        VagueWordingDetector.inspect(found, "conditions[2]", "身份证、户口簿等。");
        VagueWordingDetector.inspect(found, "conditions[3]", "必要时提供收入证明");
        assertThat(found).extracting(VagueWording::term).containsExactly("等材料", "其他相关材料", "相关证明", "等", "必要时");
        assertThat(found.get(0).field()).isEqualTo("materials[0].name");
        assertThat(found.get(0).excerpt()).contains("等材料");
    }

    @Test
    void ordinary_words_with_deng_are_not_flagged() {
        var found = new ArrayList<VagueWording>();
        VagueWordingDetector.inspect(found, "conditions[0]", "三级以上残疾等级评定，男女平等，同等条件下优先，等待公示结束");
        assertThat(found).isEmpty();
    }

    @Test
    void conditions_and_materials_are_inspected_but_not_the_scope() {
        var content = new ServiceItemContent(
                "n",
                null,
                null,
                null,
                null,
                "其他材料",
                List.of("其他材料"),
                List.of(new RequiredMaterial("户口簿", MaterialForm.COPY, 1, false, "及相关材料")),
                null,
                null,
                null,
                null,
                null);
        assertThat(VagueWordingDetector.inspect(content))
                .extracting(VagueWording::field)
                .containsExactly("conditions[0]", "materials[0].note");
    }
}
