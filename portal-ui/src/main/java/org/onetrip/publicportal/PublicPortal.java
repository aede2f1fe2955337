package org.onetrip.publicportal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.PublicCaseResponse;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.application.CaseDeadlines;
import org.onetrip.cases.application.CaseFiling;
import org.onetrip.cases.application.CaseHandling;
import org.onetrip.cases.application.CaseHistory;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.cases.application.NewCase;
import org.onetrip.disclosure.api.BulletinResponse;
import org.onetrip.disclosure.api.NoticeResponse;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.disclosure.application.PublishedDisclosures;
import org.onetrip.integrity.api.FilingReceipt;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.cases.PublicSearchResponse;
import org.onetrip.projections.disclosure.DisclosureSearch;
import org.onetrip.projections.disclosure.DisclosureType;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.ratelimit.RateLimits;
import org.springframework.stereotype.Service;

/**
 * What the public pages may do, and nothing more: file (rate-limited), look a case up by its receipt
 * code (rate-limited, unknown and malformed codes answer the same), rate an answered case, search
 * published results and the disclosures, and read the disclosures. Views talk to this, never to the buses.
 */
@Service
public class PublicPortal {

    /** The outcome of a filing or a lookup, so a view can tell the visitor exactly what happened. */
    public sealed interface Outcome<T> {
        record Done<T>(T value) implements Outcome<T> {}

        record NotFound<T>() implements Outcome<T> {}

        record RateLimited<T>() implements Outcome<T> {}

        record Refused<T>(String reason) implements Outcome<T> {}
    }

    private final CaseFiling filing;
    private final CaseHistory history;
    private final CaseHandling handling;
    private final CaseDeadlines deadlines;
    private final PublishedDisclosures disclosures;
    private final DepartmentDirectory departments;
    private final RateLimits rateLimits;
    private final CaseSearch search;
    private final DisclosureSearch disclosureSearch;

    public PublicPortal(
            CaseFiling filing,
            CaseHistory history,
            CaseHandling handling,
            CaseDeadlines deadlines,
            PublishedDisclosures disclosures,
            DepartmentDirectory departments,
            RateLimits rateLimits,
            CaseSearch search,
            DisclosureSearch disclosureSearch) {
        this.filing = filing;
        this.history = history;
        this.handling = handling;
        this.deadlines = deadlines;
        this.disclosures = disclosures;
        this.departments = departments;
        this.rateLimits = rateLimits;
        this.search = search;
        this.disclosureSearch = disclosureSearch;
    }

    public List<Department> departments() {
        return departments.all();
    }

    public Optional<Department> department(String code) {
        return departments.find(code);
    }

    /** The published, not withdrawn, items of the catalogue, for picking one when filing. */
    public List<ServiceItemListResponse.Entry> serviceItems() {
        return catalogue().stream()
                .filter(e -> e.status() != ServiceItemStatus.WITHDRAWN)
                .toList();
    }

    /** The public catalogue, withdrawn items included (they keep their tombstone). */
    public List<ServiceItemListResponse.Entry> catalogue() {
        return disclosures.catalogue(null, null, null).items().stream()
                .sorted(Comparator.comparing(ServiceItemListResponse.Entry::code))
                .toList();
    }

    public Optional<ServiceItemResponse> serviceItem(String code) {
        return disclosures.serviceItem(code, null);
    }

    public List<NoticeResponse> notices() {
        return disclosures.notices();
    }

    /** The published monthly bulletins, newest first. */
    public List<BulletinResponse> bulletins() {
        return disclosures.bulletins();
    }

    public Optional<BulletinResponse> bulletin(String bulletinId) {
        return disclosures.bulletin(bulletinId);
    }

    /** The newest published disclosures of every kind (retracted notices and withdrawn items left out), newest first. */
    public List<RecentDisclosure> recentDisclosures(int limit) {
        var recent = new ArrayList<RecentDisclosure>();
        bulletins()
                .forEach(b -> recent.add(
                        new RecentDisclosure(DisclosureType.BULLETIN, b.bulletinId(), b.title(), b.publishedAt())));
        notices().stream()
                .filter(n -> n.retraction() == null)
                .forEach(n -> recent.add(
                        new RecentDisclosure(DisclosureType.NOTICE, n.noticeId(), n.title(), n.lastChangedAt())));
        serviceItems()
                .forEach(i -> recent.add(
                        new RecentDisclosure(DisclosureType.SERVICE_ITEM, i.code(), i.name(), i.lastChangedAt())));
        return recent.stream()
                .filter(r -> r.at() != null)
                .sorted(Comparator.comparing(RecentDisclosure::at).reversed())
                .limit(limit)
                .toList();
    }

    /** Published service items, notices and bulletins by Chinese full text; {@code type} null for all. */
    public DisclosureSearch.Response searchDisclosures(String text, DisclosureType type, int page, int size) {
        return disclosureSearch.search(text == null || text.isBlank() ? null : text.strip(), type, page, size);
    }

    public PublicSearchResponse searchPublished(String text, String departmentCode, int page, int size) {
        return search.searchPublished(
                text == null || text.isBlank() ? null : text.strip(),
                departmentCode == null ? List.of() : List.of(departmentCode),
                page,
                size);
    }

    /** How many working days the kind is given from assignment. */
    public int workingDays(CaseKind kind) {
        return deadlines.workingDays(kind);
    }

    /** What the filer takes away: the grouped receipt code and the signed proof of what was filed and when. */
    public record Filed(String receiptCode, FilingReceipt receipt) {}

    /** Files through the portal as the public, as the REST filing does: the code and a signed receipt. */
    public Outcome<Filed> file(NewCase filed, String client) {
        if (!rateLimits.tryAcquire(RateLimits.Kind.FILING, client)) {
            return new Outcome.RateLimited<>();
        }
        var outcome = filing.file(filed, Actor.PUBLIC, Channel.PORTAL);
        if (outcome instanceof CaseOutcome.Done<CaseFiling.Filed> done) {
            return new Outcome.Done<>(
                    new Filed(done.value().receiptCode().grouped(), done.value().receipt()));
        }
        return new Outcome.Refused<>(reason(outcome));
    }

    /** Looks a case up by what the visitor typed; a malformed code costs an allowance like an unknown one. */
    public Outcome<PublicCaseResponse> track(String typed, String client) {
        if (!rateLimits.tryAcquire(RateLimits.Kind.LOOKUP, client)) {
            return new Outcome.RateLimited<>();
        }
        return history.publicCase(typed)
                .<Outcome<PublicCaseResponse>>map(Outcome.Done::new)
                .orElseGet(Outcome.NotFound::new);
    }

    /** Rates an answered case as the public; refused (not thrown) when the case cannot be rated now. */
    public Outcome<CaseStatus> rate(String typedCode, Rating rating, String comment, String client) {
        if (!rateLimits.tryAcquire(RateLimits.Kind.LOOKUP, client)) {
            return new Outcome.RateLimited<>();
        }
        var outcome = handling.rateAsPublic(typedCode, rating, comment);
        if (outcome instanceof CaseOutcome.Done<CaseRefResponse> done) {
            return new Outcome.Done<>(done.value().status());
        }
        return outcome instanceof CaseOutcome.Unknown<CaseRefResponse>
                ? new Outcome.NotFound<>()
                : new Outcome.Refused<>(reason(outcome));
    }

    private static String reason(CaseOutcome<?> outcome) {
        if (outcome instanceof CaseOutcome.Refused<?> refused) {
            return refused.detail();
        }
        if (outcome instanceof CaseOutcome.Invalid<?> invalid) {
            return invalid.message();
        }
        return String.valueOf(outcome);
    }
}
