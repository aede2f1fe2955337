package org.onetrip.enterprise.api;

/** The kinds of problem the plan names (四.四.2), collected and solved by kind (分类集中解决). */
public enum EnterpriseIssueType {
    /** 用地 */
    LAND,
    /** 审批 */
    APPROVAL,
    /** 征拆 */
    DEMOLITION,
    /** 资金、融资 */
    FINANCING,
    /** 水电气供应 */
    UTILITIES,
    OTHER
}
