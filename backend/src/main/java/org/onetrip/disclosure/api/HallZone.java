package org.onetrip.disclosure.api;

import java.util.Arrays;
import java.util.Optional;

/** The service hall's zones (专区) named in the seed; the constant names are the pinyin of the label. */
public enum HallZone {
    MINZHENG("民政"),
    RENSHE("人社"),
    CUNZHEN("村镇"),
    JISHENG("计生"),
    QIYE("企业"),
    NONGYE("农业"),
    LINYE("林业"),
    XINFANG("信访");

    private final String label;

    HallZone(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The zone a department's configuration names by its label, such as 民政. */
    public static Optional<HallZone> ofLabel(String label) {
        return Arrays.stream(values()).filter(zone -> zone.label.equals(label)).findFirst();
    }
}
