package org.onetrip.projections.cases;

import java.time.LocalDate;
import java.util.List;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;

/** A staff case search; {@code filedFrom} and {@code filedTo} are township dates, both included. */
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
        LocalDate filedFrom,
        LocalDate filedTo,
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

    /** Any filing date. */
    public CaseSearchRequest(
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
        this(
                q,
                status,
                department,
                kind,
                category,
                channel,
                deadline,
                flaggedOnly,
                extensionPending,
                null,
                null,
                page,
                size,
                sort);
    }

    /** Any case, whether or not an extension request is pending, filed on any date. */
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
                filedFrom,
                filedTo,
                page,
                size,
                sort);
    }

    /**
     * The search as {@code reader} may run it: a department handler only over their own department's
     * cases (whatever departments were asked for), every other staff role over all.
     */
    public CaseSearchRequest readBy(Actor reader) {
        return reader.role() == Role.HANDLER ? withDepartment(reader.departmentCode()) : this;
    }

    public CaseSearchRequest page(int number) {
        return new CaseSearchRequest(
                q,
                status,
                department,
                kind,
                category,
                channel,
                deadline,
                flaggedOnly,
                extensionPending,
                filedFrom,
                filedTo,
                number,
                size,
                sort);
    }
}
