package org.onetrip.disclosure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.PublicCaseResponse;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.application.CaseFiling;
import org.onetrip.cases.application.CaseHistory;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.cases.application.NewCase;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.disclosure.application.PublishedDisclosures;
import org.onetrip.disclosure.web.Open311.Attribute;
import org.onetrip.disclosure.web.Open311.CreatedRequest;
import org.onetrip.disclosure.web.Open311.Open311Exception;
import org.onetrip.disclosure.web.Open311.Service;
import org.onetrip.disclosure.web.Open311.ServiceDefinition;
import org.onetrip.disclosure.web.Open311.ServiceRequest;
import org.onetrip.disclosure.web.Open311.Value;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.ratelimit.RateLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The published catalogue as Open311 GeoReport v2 services, and service requests filed as cases
 * through the portal (public actor). XML (the specification's required format) and JSON, chosen by
 * the extension; the service request id is the case's receipt code. Location is optional here (a
 * service item is not a place); what the public wrote stays with the case, and the status answer
 * shows the case's title, never the free text or contact data. Requests are listed only by their ids:
 * a receipt code is the filer's key to the case, so it is never handed out in a list.
 */
@RestController
@RequestMapping("/open311")
@Tag(name = "Open311 GeoReport v2", description = "The catalogue as services; service requests become cases")
public class Open311Controller {

    static final int DESCRIPTION = 4000;
    /** When the endpoint list below last changed (service discovery's changeset). */
    static final String CHANGESET = "2026-11-26T00:00:00Z";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,100}\\.[^@\\s]{1,20}");
    private static final Pattern PHONE = Pattern.compile(CaseLimits.PHONE_PATTERN);
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]{1,490}");
    private static final List<CaseKind> KINDS =
            List.of(CaseKind.COMPLAINT, CaseKind.ENQUIRY, CaseKind.SUGGESTION, CaseKind.REPORT);
    private static final String NOTICE = "已登记，请凭回执码（service_request_id）查询办理进度。"
            + "Registered: keep the service_request_id (receipt code) to track it.";

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** Ids looked up in one GET requests call; each one counts against the lookup allowance. */
    static final int MAX_IDS = 10;

    private final PublishedDisclosures disclosures;
    private final CaseFiling filing;
    private final CaseHistory cases;
    private final DepartmentDirectory departments;
    private final RateLimits rateLimits;
    private final ObjectMapper json;
    private final String jurisdiction;

    public Open311Controller(
            PublishedDisclosures disclosures,
            CaseFiling filing,
            CaseHistory cases,
            DepartmentDirectory departments,
            RateLimits rateLimits,
            ObjectMapper json,
            @org.springframework.beans.factory.annotation.Value("${onetrip.open311.jurisdiction-id:onetrip}")
                    String jurisdiction) {
        this.disclosures = disclosures;
        this.filing = filing;
        this.cases = cases;
        this.departments = departments;
        this.rateLimits = rateLimits;
        this.json = json;
        this.jurisdiction = jurisdiction;
    }

    @GetMapping("/discovery.{format:json|xml}")
    @Operation(summary = "Open311 service discovery: the GeoReport v2 endpoint and the formats it speaks")
    public ResponseEntity<?> discovery(@PathVariable String format, HttpServletRequest http) {
        var base = ServletUriComponentsBuilder.fromContextPath(http)
                .path("/open311/v2/")
                .build()
                .toUriString();
        var endpoint = new Open311.Endpoint(
                SPECIFICATION,
                base,
                CHANGESET,
                "production",
                List.of(MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_JSON_VALUE));
        return respond(
                format, HttpStatus.OK, "discovery", new Open311.Discovery(CHANGESET, null, null, List.of(endpoint)));
    }

    @GetMapping("/v2/services.{format:json|xml}")
    @Operation(summary = "GeoReport v2 service list: the published, not withdrawn, service items")
    public ResponseEntity<?> services(@PathVariable String format, HttpServletRequest http) {
        jurisdiction(http);
        return respond(format, HttpStatus.OK, "services", serviceList());
    }

    private List<Service> serviceList() {
        var services = new ArrayList<Service>();
        var items = disclosures.catalogue(null, null, null);
        for (var entry : items.items()) {
            if (entry.status() != ServiceItemStatus.PUBLISHED) {
                continue;
            }
            disclosures.serviceItem(entry.code(), null).ifPresent(item -> services.add(service(item)));
        }
        return services;
    }

    @GetMapping("/v2/services/{serviceCode}.{format:json|xml}")
    @Operation(summary = "GeoReport v2 service definition: the attributes a request may carry")
    public ResponseEntity<?> definition(
            @PathVariable String serviceCode, @PathVariable String format, HttpServletRequest http) {
        jurisdiction(http);
        var item = published(serviceCode);
        return respond(format, HttpStatus.OK, "service_definition", new ServiceDefinition(item.code(), attributes()));
    }

    @PostMapping("/v2/requests.{format:json|xml}")
    @Operation(summary = "GeoReport v2 POST service request (form-encoded): files a case, answers its receipt code")
    public ResponseEntity<?> create(@PathVariable String format, HttpServletRequest http) {
        // checked here rather than by the mapping, so the refusal is an Open311 error and not a servlet error page
        if (!formEncoded(http)) {
            throw new Open311Exception(415, "send the request as application/x-www-form-urlencoded");
        }
        jurisdiction(http);
        var serviceCode = param(http, "service_code", 16);
        if (serviceCode == null) {
            throw new Open311Exception(400, "service_code was not provided");
        }
        var item = published(serviceCode);
        var description = param(http, "description", DESCRIPTION);
        if (description == null) {
            throw new Open311Exception(400, "description was not provided: say what happened");
        }
        var lat = coordinate(http, "lat", 90);
        var lon = coordinate(http, "long", 180);
        if ((lat == null) != (lon == null)) {
            throw new Open311Exception(400, "lat and long come together");
        }
        var address = param(http, "address_string", 300);
        var addressId = param(http, "address_id", 64);
        var email = param(http, "email", 100);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new Open311Exception(400, "email is not an e-mail address");
        }
        var phone = param(http, "phone", 20);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new Open311Exception(400, "phone must be 5 to 20 digits");
        }
        var firstName = param(http, "first_name", 25);
        var lastName = param(http, "last_name", 25);
        var mediaUrl = param(http, "media_url", 500);
        if (mediaUrl != null && !URL.matcher(mediaUrl).matches()) {
            throw new Open311Exception(400, "media_url must be an http(s) URL");
        }
        param(http, "api_key", 200);
        param(http, "device_id", 200);
        param(http, "account_id", 200);
        var kind = choice(http, "kind", KINDS.stream().map(Enum::name).toList(), CaseKind.COMPLAINT.name());
        var category = choice(
                http,
                "category",
                Arrays.stream(CaseCategory.values()).map(Enum::name).toList(),
                CaseCategory.OTHER.name());
        var anonymous = choice(http, "anonymous", List.of("true", "false"), "true");

        var text = new StringBuilder(description);
        if (address != null || lat != null || addressId != null) {
            text.append("\n地点：").append(address == null ? "" : address);
            if (addressId != null) {
                text.append("（地址编号 ").append(addressId).append('）');
            }
            if (lat != null) {
                text.append("（").append(lat).append(", ").append(lon).append('）');
            }
        }
        if (mediaUrl != null) {
            text.append("\n附件：").append(mediaUrl);
        }
        var name = ((lastName == null ? "" : lastName) + (firstName == null ? "" : firstName)).strip();
        // counted only once the request is valid: a refused request stores nothing and costs nothing
        if (!rateLimits.tryAcquire(RateLimits.Kind.FILING, http.getRemoteAddr())) {
            throw tooMany(RateLimits.Kind.FILING);
        }
        var caseKind = CaseKind.valueOf(kind);
        var title = kindLabel(caseKind) + "：" + item.content().name();
        var outcome = filing.file(
                new NewCase(
                        caseKind,
                        CaseCategory.valueOf(category),
                        title,
                        text.toString(),
                        item.code(),
                        item.content().departmentCode(),
                        Boolean.parseBoolean(anonymous),
                        name.isEmpty() ? null : name,
                        phone,
                        email),
                Actor.PUBLIC,
                Channel.PORTAL);
        if (!(outcome instanceof CaseOutcome.Done<CaseFiling.Filed> filed)) {
            throw new Open311Exception(400, failure(outcome));
        }
        var code = filed.value().receiptCode().grouped();
        return respond(format, HttpStatus.CREATED, "service_requests", List.of(new CreatedRequest(code, NOTICE, null)));
    }

    @GetMapping("/v2/requests/{serviceRequestId}.{format:json|xml}")
    @Operation(summary = "GeoReport v2 GET service request: the public status of a case by its receipt code")
    public ResponseEntity<?> request(
            @PathVariable String serviceRequestId, @PathVariable String format, HttpServletRequest http) {
        jurisdiction(http);
        var found = lookUp(serviceRequestId, http)
                .orElseThrow(() -> new Open311Exception(404, "no service request " + truncate(serviceRequestId, 40)));
        return respond(format, HttpStatus.OK, "service_requests", List.of(found));
    }

    @GetMapping("/v2/requests.{format:json|xml}")
    @Operation(summary = "GeoReport v2 GET service requests: by service_request_id (comma-separated, up to 10) only")
    public ResponseEntity<?> requests(@PathVariable String format, HttpServletRequest http) {
        jurisdiction(http);
        var ids = param(http, "service_request_id", MAX_IDS * 32);
        if (ids == null) {
            throw new Open311Exception(
                    400,
                    "service_request_id was not provided: requests are listed only by their ids"
                            + " (comma-separated), because a receipt code is private to whoever filed the case");
        }
        var wanted = Arrays.stream(ids.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .distinct()
                .toList();
        if (wanted.size() > MAX_IDS) {
            throw new Open311Exception(400, "service_request_id may name at most " + MAX_IDS + " requests");
        }
        var found = new ArrayList<ServiceRequest>();
        for (var id : wanted) {
            lookUp(id, http).ifPresent(found::add);
        }
        return respond(format, HttpStatus.OK, "service_requests", found);
    }

    /** Why a filing was not taken, in Open311's words; the form was checked above, so this is rare. */
    private static String failure(CaseOutcome<?> outcome) {
        if (outcome instanceof CaseOutcome.Invalid<?> invalid) {
            return invalid.message();
        }
        if (outcome instanceof CaseOutcome.Refused<?> refused) {
            return refused.detail();
        }
        return "the service request could not be filed";
    }

    private static boolean formEncoded(HttpServletRequest http) {
        try {
            return http.getContentType() != null
                    && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(
                            MediaType.parseMediaType(http.getContentType()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Anything else under /open311: an Open311 error, not the portal's page. */
    @Hidden
    @RequestMapping("/**")
    public ResponseEntity<?> unknown(HttpServletRequest http) {
        throw new Open311Exception(
                404,
                "no such Open311 resource; GeoReport v2 lives at /open311/v2/ with the extensions" + " .json and .xml");
    }

    /** One lookup of the client's allowance per id, known or not: trying codes costs the same either way. */
    private Optional<ServiceRequest> lookUp(String serviceRequestId, HttpServletRequest http) {
        if (!rateLimits.tryAcquire(RateLimits.Kind.LOOKUP, http.getRemoteAddr())) {
            throw tooMany(RateLimits.Kind.LOOKUP);
        }
        var code = ReceiptCode.parse(serviceRequestId);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return cases.publicCase(code.get().value()).map(this::serviceRequest);
    }

    private ServiceRequest serviceRequest(PublicCaseResponse found) {
        String serviceCode = cases.serviceItemCode(found.receiptCode()).orElse(null);
        String serviceName = serviceCode == null
                ? null
                : disclosures
                        .serviceItem(serviceCode, null)
                        .map(item -> item.content().name())
                        .orElse(null);
        var closed = found.status() == CaseStatus.CLOSED
                || found.status() == CaseStatus.DECLINED
                || found.status() == CaseStatus.MERGED;
        String notes = found.answer();
        if (notes == null && found.status() == CaseStatus.DECLINED) {
            notes = found.timeline().stream()
                    .filter(entry -> entry.text() != null)
                    .reduce((first, second) -> second)
                    .map(PublicCaseResponse.PublicTimelineEntry::text)
                    .orElse(null);
        }
        Instant updated = found.timeline().isEmpty()
                ? found.filedAt()
                : found.timeline().get(found.timeline().size() - 1).at();
        var agency =
                departments.find(found.departmentCode()).map(d -> d.nameZh()).orElse(null);
        var expected = found.dueDate() == null
                ? null
                : found.dueDate()
                        .atTime(LocalTime.of(23, 59, 59))
                        .atZone(WorkingDays.ZONE)
                        .toOffsetDateTime()
                        .toString();
        return new ServiceRequest(
                ReceiptCode.parse(found.receiptCode()).map(ReceiptCode::grouped).orElse(found.receiptCode()),
                closed ? "closed" : "open",
                notes,
                serviceName,
                serviceCode,
                found.title(),
                agency,
                null,
                found.filedAt().toString(),
                updated.toString(),
                expected,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** One jurisdiction is served here; naming another is an error, leaving it out is fine. */
    private void jurisdiction(HttpServletRequest http) {
        var asked = param(http, "jurisdiction_id", 200);
        if (asked != null && !asked.equals(jurisdiction)) {
            throw new Open311Exception(
                    404,
                    "jurisdiction_id " + truncate(asked, 40) + " is not served here; use " + jurisdiction
                            + " or leave it out");
        }
    }

    private ResponseEntity<?> respond(String format, HttpStatus status, String xmlRoot, Object document) {
        if ("xml".equals(format)) {
            return ResponseEntity.status(status)
                    .contentType(Open311Xml.TEXT_XML)
                    .body(Open311Xml.write(json, xmlRoot, document));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(document);
    }

    private Open311Exception tooMany(RateLimits.Kind kind) {
        var seconds = Math.max(1, rateLimits.retryAfter(kind).toSeconds());
        return new Open311Exception(429, "too many requests: please wait " + seconds + " s and try again", seconds);
    }

    private Service service(ServiceItemResponse item) {
        var content = item.content();
        var description = new StringBuilder(item.classificationLabel())
                .append("；承诺")
                .append(content.promisedTimeLimitDays())
                .append("个工作日办结（法定")
                .append(content.legalTimeLimitDays())
                .append("个工作日）；")
                .append(item.departmentName())
                .append("。")
                .append(content.scope());
        var keywords = String.join(",", item.hallZoneLabel(), item.classificationLabel(), item.departmentName());
        return new Service(
                item.code(),
                content.name(),
                truncate(description.toString(), 500),
                true,
                "realtime",
                keywords,
                item.hallZoneLabel());
    }

    static List<Attribute> attributes() {
        return List.of(
                new Attribute(
                        true,
                        "kind",
                        "singlevaluelist",
                        false,
                        "默认 COMPLAINT（投诉）",
                        1,
                        "诉求类型 What kind of request",
                        KINDS.stream()
                                .map(k -> new Value(k.name(), kindLabel(k)))
                                .toList()),
                new Attribute(
                        true,
                        "category",
                        "singlevaluelist",
                        false,
                        "默认 OTHER（其他）",
                        2,
                        "问题类别 What went wrong",
                        Arrays.stream(CaseCategory.values())
                                .map(c -> new Value(c.name(), categoryLabel(c)))
                                .toList()),
                new Attribute(
                        true,
                        "anonymous",
                        "singlevaluelist",
                        false,
                        "默认 true",
                        3,
                        "对被反映部门保密身份 Keep my identity from the department complained about",
                        List.of(new Value("true", "保密 keep it"), new Value("false", "可告知 may tell"))));
    }

    private ServiceItemResponse published(String serviceCode) {
        return disclosures
                .serviceItem(serviceCode, null)
                .filter(item -> item.status() == ServiceItemStatus.PUBLISHED)
                .orElseThrow(() -> new Open311Exception(
                        404, "service_code " + truncate(serviceCode, 20) + " is not a published service"));
    }

    /** One value at most, stripped, within its limit; blank counts as absent. */
    private static String param(HttpServletRequest http, String name, int max) {
        var values = http.getParameterValues(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw new Open311Exception(400, name + " was given more than once");
        }
        var value = values[0].strip();
        if (value.length() > max) {
            throw new Open311Exception(400, name + " is longer than " + max + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    private static Double coordinate(HttpServletRequest http, String name, double bound) {
        var text = param(http, name, 32);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isNaN(value) || value < -bound || value > bound) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Open311Exception(400, name + " must be a number between -" + (int) bound + " and " + (int) bound);
        }
    }

    private static String choice(HttpServletRequest http, String attribute, List<String> allowed, String fallback) {
        var value = param(http, "attribute[" + attribute + "]", 40);
        if (value == null) {
            return fallback;
        }
        var normalised =
                attribute.equals("anonymous") ? value.toLowerCase(Locale.ROOT) : value.toUpperCase(Locale.ROOT);
        if (!allowed.contains(normalised)) {
            throw new Open311Exception(400, "attribute[" + attribute + "] must be one of " + allowed);
        }
        return normalised;
    }

    static String kindLabel(CaseKind kind) {
        switch (kind) {
            case ENQUIRY:
                return "咨询";
            case SUGGESTION:
                return "建议";
            case REPORT:
                return "举报";
            default:
                return "投诉";
        }
    }

    static String categoryLabel(CaseCategory category) {
        switch (category) {
            case BUCK_PASSING:
                return "推诿扯皮";
            case IRREGULAR_HANDLING:
                return "违规办理";
            case OVERDUE:
                return "超时未办";
            case MORE_THAN_ONE_TRIP:
                return "多次跑腿";
            case UNCLEAR_REQUIREMENTS:
                return "材料要求不清";
            case ATTITUDE:
                return "服务态度";
            default:
                return "其他";
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
