package org.onetrip.workbench;

/**
 * Why a workbench action did not happen, as a reason code the views translate with
 * {@code workbench.refused.<code>}: a {@code RefusalReason} name of the case, or one of the codes here.
 */
public class WorkbenchRefusal extends RuntimeException {

    public static final String ACCESS_DENIED = "ACCESS_DENIED";
    public static final String UNKNOWN_CASE = "UNKNOWN_CASE";
    public static final String CONCURRENT = "CONCURRENT";
    public static final String INVALID = "INVALID";
    public static final String FAILED = "FAILED";

    private final String code;

    public WorkbenchRefusal(String code, String detail) {
        super(code + (detail == null ? "" : ": " + detail));
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "workbench.refused." + code;
    }
}
