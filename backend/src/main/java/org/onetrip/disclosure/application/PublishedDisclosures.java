package org.onetrip.disclosure.application;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.disclosure.api.BulletinListResponse;
import org.onetrip.disclosure.api.BulletinResponse;
import org.onetrip.disclosure.api.BulletinVerificationResponse;
import org.onetrip.disclosure.api.Classification;
import org.onetrip.disclosure.api.FindBulletinVerificationQuery;
import org.onetrip.disclosure.api.FindBulletinsQuery;
import org.onetrip.disclosure.api.FindNoticesQuery;
import org.onetrip.disclosure.api.FindPublicationBatchesQuery;
import org.onetrip.disclosure.api.FindServiceItemDiffQuery;
import org.onetrip.disclosure.api.FindServiceItemQuery;
import org.onetrip.disclosure.api.FindServiceItemsQuery;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.disclosure.api.NoticeListResponse;
import org.onetrip.disclosure.api.NoticeResponse;
import org.onetrip.disclosure.api.PublicationBatchListResponse;
import org.onetrip.disclosure.api.PublicationBatchResponse;
import org.onetrip.disclosure.api.ServiceItemDiffResponse;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.springframework.stereotype.Service;

/**
 * What the public may read of 政务公开: the published catalogue with its history, the batches, notices
 * with their corrections and retractions, and the monthly bulletins with their verification. Drafts never
 * appear here. The public REST API and the portal's pages read through this, not through each other.
 */
@Service
public class PublishedDisclosures {

    static final int MAX_ID = 64;

    private final QueryGateway queries;

    PublishedDisclosures(QueryGateway queries) {
        this.queries = queries;
    }

    /** The catalogue, withdrawn items included (they keep their tombstone); each filter null for all. */
    public ServiceItemListResponse catalogue(HallZone hallZone, Classification classification, String department) {
        return list(
                new FindServiceItemsQuery(false, hallZone, classification, department), ServiceItemListResponse.class);
    }

    /** An item's current published version ({@code version} null) or an earlier one, with its history. */
    public Optional<ServiceItemResponse> serviceItem(String code, Integer version) {
        return tooLong(code)
                ? Optional.empty()
                : ask(new FindServiceItemQuery(code, version, false), ServiceItemResponse.class);
    }

    public Optional<ServiceItemDiffResponse> diff(String code, int from, int to) {
        return tooLong(code)
                ? Optional.empty()
                : ask(new FindServiceItemDiffQuery(code, from, to), ServiceItemDiffResponse.class);
    }

    public PublicationBatchListResponse batches() {
        return list(FindPublicationBatchesQuery.all(), PublicationBatchListResponse.class);
    }

    public Optional<PublicationBatchResponse> batch(String batchId) {
        return tooLong(batchId)
                ? Optional.empty()
                : list(new FindPublicationBatchesQuery(batchId), PublicationBatchListResponse.class).batches().stream()
                        .findFirst();
    }

    public List<NoticeResponse> notices() {
        return list(FindNoticesQuery.all(), NoticeListResponse.class).notices();
    }

    public Optional<NoticeResponse> notice(String noticeId) {
        return tooLong(noticeId)
                ? Optional.empty()
                : list(new FindNoticesQuery(noticeId), NoticeListResponse.class).notices().stream()
                        .findFirst();
    }

    /** The published monthly bulletins, newest first. */
    public List<BulletinResponse> bulletins() {
        return list(FindBulletinsQuery.all(), BulletinListResponse.class).bulletins();
    }

    public Optional<BulletinResponse> bulletin(String bulletinId) {
        return tooLong(bulletinId)
                ? Optional.empty()
                : list(new FindBulletinsQuery(bulletinId), BulletinListResponse.class).bulletins().stream()
                        .findFirst();
    }

    /** The bulletin recomputed from the events as of its cut-off, compared with what was published. */
    public Optional<BulletinVerificationResponse> verifyBulletin(String bulletinId) {
        return tooLong(bulletinId)
                ? Optional.empty()
                : ask(new FindBulletinVerificationQuery(bulletinId), BulletinVerificationResponse.class);
    }

    private static boolean tooLong(String id) {
        return id == null || id.isBlank() || id.length() > MAX_ID;
    }

    private <R> Optional<R> ask(Object query, Class<R> responseType) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(responseType))
                .join();
    }

    private <R> R list(Object query, Class<R> responseType) {
        return queries.query(query, ResponseTypes.instanceOf(responseType)).join();
    }
}
