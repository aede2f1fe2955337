package org.onetrip.disclosure.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The Open311 GeoReport v2 documents, field names as the specification spells them. */
public final class Open311 {

    private Open311() {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"service_code", "service_name", "description", "metadata", "type", "keywords", "group"})
    public record Service(
            String serviceCode,
            String serviceName,
            String description,
            boolean metadata,
            String type,
            String keywords,
            String group) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ServiceDefinition(String serviceCode, List<Attribute> attributes) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({
        "variable",
        "code",
        "datatype",
        "required",
        "datatype_description",
        "order",
        "description",
        "values"
    })
    public record Attribute(
            boolean variable,
            String code,
            String datatype,
            boolean required,
            String datatypeDescription,
            int order,
            String description,
            List<Value> values) {}

    public record Value(String key, String name) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CreatedRequest(String serviceRequestId, String serviceNotice, String accountId) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({
        "service_request_id",
        "status",
        "status_notes",
        "service_name",
        "service_code",
        "description",
        "agency_responsible",
        "service_notice",
        "requested_datetime",
        "updated_datetime",
        "expected_datetime",
        "address",
        "address_id",
        "zipcode",
        "lat",
        "long",
        "media_url"
    })
    public record ServiceRequest(
            String serviceRequestId,
            String status,
            String statusNotes,
            String serviceName,
            String serviceCode,
            String description,
            String agencyResponsible,
            String serviceNotice,
            String requestedDatetime,
            String updatedDatetime,
            String expectedDatetime,
            String address,
            String addressId,
            String zipcode,
            Double lat,

            @com.fasterxml.jackson.annotation.JsonProperty("long")
            Double lon,

            String mediaUrl) {}

    @JsonPropertyOrder({"code", "description"})
    public record Error(int code, String description) {}

    /** Open311 service discovery: where the GeoReport v2 endpoint is and which formats it speaks. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"changeset", "contact", "key_service", "endpoints"})
    public record Discovery(String changeset, String contact, String keyService, List<Endpoint> endpoints) {}

    @JsonPropertyOrder({"specification", "url", "changeset", "type", "formats"})
    public record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {}

    /** Answered as {@code [{"code": status, "description": …}]} with that HTTP status. */
    public static class Open311Exception extends RuntimeException {
        private final int status;
        private final long retryAfterSeconds;

        public Open311Exception(int status, String description) {
            this(status, description, 0);
        }

        /** A 429 says when to try again ({@code Retry-After}), as the portal's limits do. */
        public Open311Exception(int status, String description, long retryAfterSeconds) {
            super(description);
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int status() {
            return status;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
