package org.onetrip.disclosure.application;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.disclosure.api.AssessmentResponse;
import org.onetrip.disclosure.api.BulletinComputation;
import org.onetrip.disclosure.api.Classification;
import org.onetrip.disclosure.api.CorrectNoticeCommand;
import org.onetrip.disclosure.api.CreateServiceItemDraftCommand;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.disclosure.api.DisclosureOutcome;
import org.onetrip.disclosure.api.DisclosureRefusalReason;
import org.onetrip.disclosure.api.DisclosureRefusedException;
import org.onetrip.disclosure.api.EditServiceItemDraftCommand;
import org.onetrip.disclosure.api.FindAssessmentQuery;
import org.onetrip.disclosure.api.FindNoticesQuery;
import org.onetrip.disclosure.api.FindServiceItemQuery;
import org.onetrip.disclosure.api.FindServiceItemsQuery;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.disclosure.api.LiaisonVisits;
import org.onetrip.disclosure.api.NoticeKind;
import org.onetrip.disclosure.api.NoticeListResponse;
import org.onetrip.disclosure.api.NoticeResponse;
import org.onetrip.disclosure.api.PublishBulletinCommand;
import org.onetrip.disclosure.api.PublishNoticeCommand;
import org.onetrip.disclosure.api.PublishServiceItemBatchCommand;
import org.onetrip.disclosure.api.RetractNoticeCommand;
import org.onetrip.disclosure.api.ReviseServiceItemCommand;
import org.onetrip.disclosure.api.ServiceItemContent;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.disclosure.api.VagueWording;
import org.onetrip.disclosure.api.VagueWordingDetector;
import org.onetrip.disclosure.api.WithdrawServiceItemCommand;
import org.onetrip.disclosure.command.BulletinFiguresSource;
import org.onetrip.disclosure.command.DisclosureRoles;
import org.onetrip.disclosure.query.AssessmentScores;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.persistence.TimeOrderedIds;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The editors' side of 政务公开, shared by the staff REST API and the editing screens: the catalogue with
 * drafts, drafts, named batches, revisions, withdrawal, notices with corrections and retractions, bulletin
 * preview and publication, and the annual assessment. Who may do what is decided by the aggregates
 * ({@link DisclosureRoles}); the {@code may…} answers let a screen offer only what would be accepted.
 */
@Service
public class DisclosureEditing {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final BulletinFiguresSource figures;

    DisclosureEditing(CommandGateway commands, QueryGateway queries, BulletinFiguresSource figures) {
        this.commands = commands;
        this.queries = queries;
        this.figures = figures;
    }

    public static boolean mayEditCatalogue(Actor actor) {
        return DisclosureRoles.editsCatalogue(actor);
    }

    public static boolean mayDraftFor(Actor actor, String departmentCode) {
        return DisclosureRoles.draftsFor(actor, departmentCode);
    }

    public static boolean mayPublishBulletins(Actor actor) {
        return DisclosureRoles.publishesBulletins(actor);
    }

    /** The whole catalogue including drafts; each filter null for all. */
    public ServiceItemListResponse catalogue(HallZone hallZone, Classification classification, String department) {
        return list(
                new FindServiceItemsQuery(true, hallZone, classification, department), ServiceItemListResponse.class);
    }

    /** An item with its draft, its history and the editor's check. */
    public Optional<ServiceItemResponse> item(String code) {
        if (code == null || code.isBlank() || code.length() > 16) {
            return Optional.empty();
        }
        return queries.query(
                        new FindServiceItemQuery(code, null, true),
                        ResponseTypes.optionalInstanceOf(ServiceItemResponse.class))
                .join();
    }

    /** The catch-all wording in a content, as the editor types it (the same check publication applies). */
    public static List<VagueWording> vagueWording(ServiceItemContent content) {
        return VagueWordingDetector.inspect(content);
    }

    public DisclosureOutcomeOf<ServiceItemResponse> createDraft(Actor actor, String code, ServiceItemContent content) {
        if (item(code).isPresent()) {
            return new DisclosureOutcomeOf.Refused<>(
                    DisclosureRefusalReason.ALREADY_EXISTS.name(), "service item " + code + " exists already");
        }
        return itemAfter(code, () -> new CreateServiceItemDraftCommand(code, actor, Channel.WORKBENCH, content));
    }

    public DisclosureOutcomeOf<ServiceItemResponse> editDraft(
            Actor actor, String code, ServiceItemContent content, Long expectedVersion) {
        return itemAfter(
                code, () -> new EditServiceItemDraftCommand(code, actor, Channel.WORKBENCH, content, expectedVersion));
    }

    public DisclosureOutcomeOf<ServiceItemResponse> revise(
            Actor actor,
            String code,
            ServiceItemContent content,
            String changeNote,
            String vagueWordingAcknowledgement,
            Long expectedVersion) {
        return itemAfter(
                code,
                () -> new ReviseServiceItemCommand(
                        code,
                        actor,
                        Channel.WORKBENCH,
                        content,
                        changeNote,
                        blankToNull(vagueWordingAcknowledgement),
                        expectedVersion));
    }

    public DisclosureOutcomeOf<ServiceItemResponse> withdraw(
            Actor actor, String code, String reason, Long expectedVersion) {
        return itemAfter(
                code, () -> new WithdrawServiceItemCommand(code, actor, Channel.WORKBENCH, reason, expectedVersion));
    }

    /** Publishes drafts as one named batch, all or none; answers the batch id. */
    public DisclosureOutcomeOf<String> publishBatch(
            Actor actor, String batchName, String note, List<String> itemCodes, Map<String, String> acknowledgements) {
        var batchId = TimeOrderedIds.next();
        return send(
                new PublishServiceItemBatchCommand(
                        batchId, actor, Channel.WORKBENCH, batchName, note, itemCodes, acknowledgements),
                () -> batchId);
    }

    public List<NoticeResponse> notices() {
        return list(FindNoticesQuery.all(), NoticeListResponse.class).notices();
    }

    public Optional<NoticeResponse> notice(String noticeId) {
        if (noticeId == null || noticeId.isBlank() || noticeId.length() > 64) {
            return Optional.empty();
        }
        return list(new FindNoticesQuery(noticeId), NoticeListResponse.class).notices().stream()
                .findFirst();
    }

    /** Publishes a notice; answers its id. */
    public DisclosureOutcomeOf<String> publishNotice(
            Actor actor, NoticeKind kind, String title, String body, String departmentCode, List<String> relatedItems) {
        var noticeId = TimeOrderedIds.next();
        return send(
                new PublishNoticeCommand(
                        noticeId,
                        actor,
                        Channel.WORKBENCH,
                        kind,
                        title,
                        body,
                        blankToNull(departmentCode),
                        relatedItems == null ? List.of() : relatedItems),
                () -> noticeId);
    }

    public DisclosureOutcomeOf<NoticeResponse> correctNotice(
            Actor actor, String noticeId, String title, String body, String reason, Long expectedVersion) {
        return noticeAfter(
                noticeId,
                () -> new CorrectNoticeCommand(
                        noticeId, actor, Channel.WORKBENCH, blankToNull(title), body, reason, expectedVersion));
    }

    public DisclosureOutcomeOf<NoticeResponse> retractNotice(
            Actor actor, String noticeId, String reason, Long expectedVersion) {
        return noticeAfter(
                noticeId, () -> new RetractNoticeCommand(noticeId, actor, Channel.WORKBENCH, reason, expectedVersion));
    }

    /** The title a bulletin gets when the editor leaves it empty. */
    public static String defaultBulletinTitle(YearMonth period) {
        return period.getYear() + "年" + period.getMonthValue() + "月“最多跑一次”改革工作通报";
    }

    /**
     * The figures a bulletin of {@code period} cut off at {@code cutOff} (null: the end of the month) would
     * publish, computed by the same calculator the bulletin uses. Empty when the cut-off is outside the
     * period or has not passed.
     */
    public Optional<BulletinComputation> previewBulletin(YearMonth period, Instant cutOff, Instant now) {
        var start = period.atDay(1).atStartOfDay(WorkingDays.ZONE).toInstant();
        var end = period.plusMonths(1).atDay(1).atStartOfDay(WorkingDays.ZONE).toInstant();
        var effective = cutOff == null ? end : cutOff;
        if (!effective.isAfter(start) || effective.isAfter(end) || effective.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(figures.compute(start, effective));
    }

    /** Computes and publishes the bulletin (the aggregate computes the figures itself); answers its id. */
    public DisclosureOutcomeOf<String> publishBulletin(Actor actor, String title, YearMonth period, Instant cutOff) {
        var effectiveTitle = title == null || title.isBlank() ? defaultBulletinTitle(period) : title;
        var command =
                PublishBulletinCommand.of(actor, Channel.WORKBENCH, effectiveTitle, period, cutOff, WorkingDays.ZONE);
        var outcome = send(command, command::bulletinId);
        if (outcome instanceof DisclosureOutcomeOf.Refused<String> refused
                && refused.reason().equals(DisclosureRefusalReason.ALREADY_EXISTS.name())) {
            return new DisclosureOutcomeOf.Refused<>(
                    DisclosureRefusalReason.BULLETIN_ALREADY_PUBLISHED.name(),
                    "the bulletin of " + period + " as of that cut-off is published already: " + command.bulletinId());
        }
        return outcome;
    }

    /** What each deduction of a score counts, keyed like the weights; the score deducts count × weight. */
    public static Map<String, Integer> deductionCounts(DepartmentFigures figures, LiaisonVisits visits) {
        return AssessmentScores.deductionCounts(figures, visits);
    }

    /** The year's scores per department with the weights used; invalid outside 2000–2100. */
    public DisclosureOutcomeOf<AssessmentResponse> assessment(int year) {
        if (!PublishBulletinCommand.inRange(YearMonth.of(year, 1))) {
            return new DisclosureOutcomeOf.Invalid<>(
                    "year",
                    "year: must be between " + PublishBulletinCommand.FIRST_YEAR + " and "
                            + PublishBulletinCommand.LAST_YEAR);
        }
        return new DisclosureOutcomeOf.Done<>(list(new FindAssessmentQuery(year), AssessmentResponse.class));
    }

    private DisclosureOutcomeOf<ServiceItemResponse> itemAfter(String code, Supplier<Object> command) {
        var outcome = send(command.get(), () -> code);
        if (!(outcome instanceof DisclosureOutcomeOf.Done<String>)) {
            return retype(outcome);
        }
        return item(code)
                .<DisclosureOutcomeOf<ServiceItemResponse>>map(DisclosureOutcomeOf.Done::new)
                .orElseGet(() -> new DisclosureOutcomeOf.Unknown<>("service item " + code));
    }

    private DisclosureOutcomeOf<NoticeResponse> noticeAfter(String noticeId, Supplier<Object> command) {
        var outcome = send(command.get(), () -> noticeId);
        if (!(outcome instanceof DisclosureOutcomeOf.Done<String>)) {
            return retype(outcome);
        }
        return notice(noticeId)
                .<DisclosureOutcomeOf<NoticeResponse>>map(DisclosureOutcomeOf.Done::new)
                .orElseGet(() -> new DisclosureOutcomeOf.Unknown<>("notice " + noticeId));
    }

    private <T> DisclosureOutcomeOf<T> send(Object command, Supplier<T> value) {
        Object result;
        try {
            result = commands.sendAndWait(command);
        } catch (RuntimeException e) {
            return translate(e);
        }
        if (result instanceof DisclosureOutcome.Refused refused) {
            return new DisclosureOutcomeOf.Refused<>(refused.reason().name(), refused.detail());
        }
        return new DisclosureOutcomeOf.Done<>(value.get());
    }

    private static <T> DisclosureOutcomeOf<T> translate(RuntimeException e) {
        Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof DisclosureRefusedException refused) {
            return new DisclosureOutcomeOf.Refused<>(refused.reason().name(), refused.getMessage());
        }
        if (cause instanceof InvalidCommandException invalid) {
            return new DisclosureOutcomeOf.Invalid<>(invalid.field(), invalid.getMessage());
        }
        if (cause instanceof ConflictingModificationException || cause instanceof ConcurrencyException) {
            return new DisclosureOutcomeOf.Conflict<>(String.valueOf(cause.getMessage()));
        }
        if (cause instanceof AggregateNotFoundException missing) {
            return new DisclosureOutcomeOf.Unknown<>("disclosure " + missing.getAggregateIdentifier());
        }
        if (cause instanceof AggregateStreamCreationException) {
            return new DisclosureOutcomeOf.Refused<>(
                    DisclosureRefusalReason.ALREADY_EXISTS.name(), "that code or id is taken");
        }
        if (cause instanceof DataIntegrityViolationException) {
            return new DisclosureOutcomeOf.Refused<>(
                    DisclosureRefusalReason.BATCH_NAME_TAKEN.name(),
                    "another batch of that name was published at the same moment");
        }
        throw e;
    }

    @SuppressWarnings("unchecked")
    private static <T> DisclosureOutcomeOf<T> retype(DisclosureOutcomeOf<?> notDone) {
        return (DisclosureOutcomeOf<T>) notDone;
    }

    private <R> R list(Object query, Class<R> responseType) {
        return queries.query(query, ResponseTypes.instanceOf(responseType)).join();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
