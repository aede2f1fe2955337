package org.onetrip.disclosure.api;

/** "最多跑一次" is the rule and "跑多次" the exception, which must cite its legal reason. */
public enum Classification {
    AT_MOST_ONE_TRIP("最多跑一次"),
    ZERO_VISITS("零上门"),
    MORE_THAN_ONE_TRIP("跑多次");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
