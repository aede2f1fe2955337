package org.onetrip.editorial;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.disclosure.api.AssessmentResponse;
import org.onetrip.disclosure.api.BulletinComputation;
import org.onetrip.disclosure.api.BulletinResponse;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.disclosure.api.LiaisonVisits;
import org.onetrip.disclosure.api.NoticeKind;
import org.onetrip.disclosure.api.NoticeResponse;
import org.onetrip.disclosure.api.ServiceItemContent;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.disclosure.api.VagueWording;
import org.onetrip.disclosure.application.DisclosureEditing;
import org.onetrip.disclosure.application.DisclosureOutcomeOf;
import org.onetrip.disclosure.application.PublishedDisclosures;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Actor;
import org.springframework.stereotype.Service;

/**
 * What the 政务公开 editing screens read and do, as the signed-in member of staff: the catalogue with
 * drafts, batches, revisions and withdrawal; notices with corrections and retractions; the bulletin's
 * preview and publication; the annual assessment. Everything goes through {@link DisclosureEditing},
 * the service the staff REST API uses too; an outcome that is not done becomes an {@link EditorialRefusal}.
 */
@Service
public class Editorial {

    private final DisclosureEditing editing;
    private final PublishedDisclosures published;
    private final DepartmentDirectory departments;
    private final Clock clock;

    public Editorial(
            DisclosureEditing editing, PublishedDisclosures published, DepartmentDirectory departments, Clock clock) {
        this.editing = editing;
        this.published = published;
        this.departments = departments;
        this.clock = clock;
    }

    public static Actor actor(Optional<StaffPrincipal> principal) {
        return principal
                .map(StaffPrincipal::actor)
                .orElseThrow(() -> new EditorialRefusal("editor.refusal.not-signed-in", null, ""));
    }

    public boolean editsCatalogue(Actor actor) {
        return DisclosureEditing.mayEditCatalogue(actor);
    }

    public boolean draftsFor(Actor actor, String departmentCode) {
        return DisclosureEditing.mayDraftFor(actor, departmentCode);
    }

    public boolean publishesBulletins(Actor actor) {
        return DisclosureEditing.mayPublishBulletins(actor);
    }

    /** The items this member of staff may work on: all for the catalogue's editors, else the own department's. */
    public List<ServiceItemListResponse.Entry> items(Actor actor) {
        var department = editsCatalogue(actor) ? null : actor.departmentCode();
        return editing.catalogue(null, null, department).items();
    }

    public Optional<ServiceItemResponse> item(String code) {
        return editing.item(code);
    }

    public List<VagueWording> vagueWording(ServiceItemContent content) {
        return DisclosureEditing.vagueWording(content);
    }

    public ServiceItemResponse createDraft(Actor actor, String code, ServiceItemContent content) {
        return done(editing.createDraft(actor, code, content));
    }

    public ServiceItemResponse editDraft(Actor actor, String code, ServiceItemContent content, long version) {
        return done(editing.editDraft(actor, code, content, version));
    }

    public ServiceItemResponse revise(
            Actor actor, String code, ServiceItemContent content, String note, String acknowledgement, long version) {
        return done(editing.revise(actor, code, content, note, acknowledgement, version));
    }

    public ServiceItemResponse withdraw(Actor actor, String code, String reason, long version) {
        return done(editing.withdraw(actor, code, reason, version));
    }

    public String publishBatch(
            Actor actor, String name, String note, List<String> codes, Map<String, String> acknowledgements) {
        return done(editing.publishBatch(actor, name, note, codes, acknowledgements));
    }

    public List<NoticeResponse> notices() {
        return editing.notices();
    }

    public String publishNotice(Actor actor, NoticeKind kind, String title, String body, String departmentCode) {
        return done(editing.publishNotice(actor, kind, title, body, departmentCode, List.of()));
    }

    public NoticeResponse correctNotice(
            Actor actor, String noticeId, String title, String body, String reason, long version) {
        return done(editing.correctNotice(actor, noticeId, title, body, reason, version));
    }

    public NoticeResponse retractNotice(Actor actor, String noticeId, String reason, long version) {
        return done(editing.retractNotice(actor, noticeId, reason, version));
    }

    public Optional<BulletinComputation> previewBulletin(YearMonth period, Instant cutOff) {
        return editing.previewBulletin(period, cutOff, clock.instant());
    }

    public String publishBulletin(Actor actor, String title, YearMonth period, Instant cutOff) {
        return done(editing.publishBulletin(actor, title, period, cutOff));
    }

    public Optional<BulletinResponse> bulletin(String bulletinId) {
        return published.bulletin(bulletinId);
    }

    public List<BulletinResponse> bulletins() {
        return published.bulletins();
    }

    public String defaultBulletinTitle(YearMonth period) {
        return DisclosureEditing.defaultBulletinTitle(period);
    }

    public AssessmentResponse assessment(int year) {
        return done(editing.assessment(year));
    }

    public Map<String, Integer> deductionCounts(DepartmentFigures figures, LiaisonVisits visits) {
        return DisclosureEditing.deductionCounts(figures, visits);
    }

    public List<Department> departments() {
        return departments.all();
    }

    public String departmentName(String code, Locale locale) {
        return code == null ? "" : departments.name(code, locale);
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return clock.instant().atZone(WorkingDays.ZONE).toLocalDate();
    }

    /** The value, or the refusal the outcome stands for, keyed for translation. */
    static <T> T done(DisclosureOutcomeOf<T> outcome) {
        if (outcome instanceof DisclosureOutcomeOf.Done<T> done) {
            return done.value();
        }
        if (outcome instanceof DisclosureOutcomeOf.Refused<T> refused) {
            throw new EditorialRefusal("editor.refusal." + refused.reason(), null, refused.detail());
        }
        if (outcome instanceof DisclosureOutcomeOf.Invalid<T> invalid) {
            throw new EditorialRefusal("editor.refusal.invalid", invalid.field(), invalid.message());
        }
        if (outcome instanceof DisclosureOutcomeOf.Conflict<T> conflict) {
            throw new EditorialRefusal("editor.refusal.CONCURRENT_MODIFICATION", null, conflict.detail());
        }
        throw new EditorialRefusal("editor.refusal.unknown", null, ((DisclosureOutcomeOf.Unknown<T>) outcome).detail());
    }
}
