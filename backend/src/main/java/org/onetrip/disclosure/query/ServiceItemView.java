package org.onetrip.disclosure.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onetrip.disclosure.api.RequiredMaterial;
import org.onetrip.disclosure.api.ServiceItemContent;
import org.onetrip.disclosure.api.ServiceItemDiff;
import org.onetrip.disclosure.api.ServiceItemDraftCreatedEvent;
import org.onetrip.disclosure.api.ServiceItemDraftEditedEvent;
import org.onetrip.disclosure.api.ServiceItemEvent;
import org.onetrip.disclosure.api.ServiceItemPublishedEvent;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.disclosure.api.ServiceItemResponse.EditorCheck;
import org.onetrip.disclosure.api.ServiceItemResponse.Tombstone;
import org.onetrip.disclosure.api.ServiceItemResponse.VersionEntry;
import org.onetrip.disclosure.api.ServiceItemRevisedEvent;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.disclosure.api.ServiceItemWithdrawnEvent;
import org.onetrip.disclosure.api.VagueWordingDetector;
import org.onetrip.organisation.query.DepartmentDirectory;

/** Folds an item's events into what the catalogue shows; every published version is kept whole. */
final class ServiceItemView {

    record Version(int number, Instant at, String batchName, String changeNote, ServiceItemContent content) {}

    String code;
    ServiceItemStatus status;
    ServiceItemContent draft;
    String batchId;
    String batchName;
    Tombstone withdrawn;
    final List<Version> versions = new ArrayList<>();

    static ServiceItemView of(List<ServiceItemEvent> events) {
        var view = new ServiceItemView();
        for (var event : events) {
            view.apply(event);
        }
        return view;
    }

    private void apply(ServiceItemEvent event) {
        if (event instanceof ServiceItemDraftCreatedEvent created) {
            code = created.itemCode();
            status = ServiceItemStatus.DRAFT;
            draft = created.content();
        } else if (event instanceof ServiceItemDraftEditedEvent edited) {
            draft = edited.content();
        } else if (event instanceof ServiceItemPublishedEvent published) {
            status = ServiceItemStatus.PUBLISHED;
            batchId = published.batchId();
            batchName = published.batchName();
            versions.add(new Version(
                    published.version(),
                    published.context().occurredAt(),
                    published.batchName(),
                    published.batchNote(),
                    published.content()));
        } else if (event instanceof ServiceItemRevisedEvent revised) {
            versions.add(new Version(
                    revised.version(), revised.context().occurredAt(), null, revised.changeNote(), revised.content()));
        } else if (event instanceof ServiceItemWithdrawnEvent withdrawal) {
            status = ServiceItemStatus.WITHDRAWN;
            withdrawn = new Tombstone(withdrawal.context().occurredAt(), withdrawal.reason(), withdrawal.lastVersion());
        }
    }

    boolean published() {
        return !versions.isEmpty();
    }

    int currentVersion() {
        return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).number();
    }

    ServiceItemContent current() {
        return versions.isEmpty() ? draft : versions.get(versions.size() - 1).content();
    }

    Optional<Version> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    Optional<ServiceItemResponse> response(
            Integer asked, boolean staff, long sequence, DepartmentDirectory departments) {
        if (!staff && !published()) {
            return Optional.empty();
        }
        Version shown = null;
        if (asked != null) {
            var found = version(asked);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            shown = found.get();
        } else if (published()) {
            shown = versions.get(versions.size() - 1);
        }
        var content = shown == null ? draft : shown.content();
        var history = new ArrayList<VersionEntry>();
        for (int i = 0; i < versions.size(); i++) {
            var version = versions.get(i);
            history.add(new VersionEntry(
                    version.number(),
                    version.at(),
                    version.batchName(),
                    version.changeNote(),
                    i == 0
                            ? List.of()
                            : ServiceItemDiff.between(versions.get(i - 1).content(), version.content())));
        }
        var check = staff ? new EditorCheck(current().missingFields(), VagueWordingDetector.inspect(current())) : null;
        return Optional.of(new ServiceItemResponse(
                code,
                status,
                shown == null ? 0 : shown.number(),
                currentVersion(),
                sequence,
                content,
                departments.find(content.departmentCode()).map(d -> d.nameZh()).orElse(null),
                content.hallZone() == null ? null : content.hallZone().label(),
                content.classification() == null
                        ? null
                        : content.classification().label(),
                content.materials().stream().map(RequiredMaterial::describe).toList(),
                versions.isEmpty() ? null : versions.get(0).at(),
                shown == null ? null : shown.at(),
                batchId,
                batchName,
                withdrawn,
                history,
                check));
    }
}
