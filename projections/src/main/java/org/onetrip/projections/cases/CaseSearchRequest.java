package org.onetrip.projections.cases;

import java.util.List;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.shared.api.Channel;

public record CaseSearchRequest(
        String q,
        List<CaseStatus> status,
        List<String> department,
        List<CaseKind> kind,
        List<CaseCategory> category,
        List<Channel> channel,
        DeadlineStatus deadline,
        boolean flaggedOnly,
        boolean extensionPending,
        int page,
        int size,
        CaseSort sort) {

    public enum CaseSort {
        RELEVANCE,
        NEWEST,
        OLDEST,
        DUE_FIRST,
        MOST_FLAGGED
    }

    /** Any case, whether or not an extension request is pending. */
    public CaseSearchRequest(
            String q,
            List<CaseStatus> status,
            List<String> department,
            List<CaseKind> kind,
            List<CaseCategory> category,
            List<Channel> channel,
            DeadlineStatus deadline,
            boolean flaggedOnly,
            int page,
            int size,
            CaseSort sort) {
        this(q, status, department, kind, category, channel, deadline, flaggedOnly, false, page, size, sort);
    }

    public CaseSearchRequest withDepartment(String only) {
        return new CaseSearchRequest(
                q,
                status,
                List.of(only),
                kind,
                category,
                channel,
                deadline,
                flaggedOnly,
                extensionPending,
                page,
                size,
                sort);
    }
}
