package org.onetrip.disclosure.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds catch-all wording (模糊语言、兜底条款) in an item's conditions and materials, which the seed
 * asks to remove: "其他材料", "相关证明", a trailing "等" and the like. It only flags; the editor
 * rewrites or acknowledges with a reason before publication.
 */
public final class VagueWordingDetector {

    private static final List<String> PHRASES = List.of(
            "其他相关材料", "其他有关材料", "其他材料", "其它材料", "其他证明", "相关证明", "有关证明", "相关材料", "有关材料", "相关资料", "等材料", "等证明", "等证件",
            "等资料", "必要时", "视情况", "根据需要", "另行通知", "其他条件", "其他情形");

    // a trailing 等 closes an open list; 等级/等待/平等/同等 and the like are not lists
    private static final Pattern TRAILING_DENG = Pattern.compile("(?<![平同相对])等(?=\\s*([。，,；;、）)\\]]|$))");

    private VagueWordingDetector() {}

    public static List<VagueWording> inspect(ServiceItemContent content) {
        var found = new ArrayList<VagueWording>();
        for (int i = 0; i < content.conditions().size(); i++) {
            inspect(found, "conditions[" + i + "]", content.conditions().get(i));
        }
        for (int i = 0; i < content.materials().size(); i++) {
            var material = content.materials().get(i);
            inspect(found, "materials[" + i + "].name", material.name());
            inspect(found, "materials[" + i + "].note", material.note());
        }
        return List.copyOf(found);
    }

    static void inspect(List<VagueWording> found, String field, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        var covered = new boolean[text.length()];
        for (var phrase : PHRASES) {
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                if (!covered[at]) {
                    found.add(new VagueWording(field, phrase, excerpt(text, at, phrase.length())));
                    for (int k = at; k < at + phrase.length(); k++) {
                        covered[k] = true;
                    }
                }
            }
        }
        Matcher deng = TRAILING_DENG.matcher(text);
        while (deng.find()) {
            if (!covered[deng.start()]) {
                found.add(new VagueWording(field, "等", excerpt(text, deng.start(), 1)));
            }
        }
    }

    private static String excerpt(String text, int at, int length) {
        int from = Math.max(0, at - 12);
        int to = Math.min(text.length(), at + length + 12);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
