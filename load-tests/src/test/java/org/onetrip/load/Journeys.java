package org.onetrip.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.cases.CaseSearchRequest;

/**
 * What each kind of user does once, as Gatling chains. Every request is named after who does it and the
 * number of concurrent users of its phase ({@code "citizen files [32]"}), so the report and {@link Ratios}
 * tell the levels apart.
 */
public final class Journeys {

    public static final String HANDLER_DEPARTMENT = "guotu";
    public static final String SEARCH_TERM = "低保";
    private static final List<String> TERMS = List.of(SEARCH_TERM, "推诿", "办证", "路灯", "垃圾");
    private static final List<String[]> TEXTS = List.of(
            new String[] {"办证来回跑", "窗口让我去村里开证明，村里又让我回窗口，已经跑了三趟。"},
            new String[] {"低保申请迟迟没有答复", "三个月前交了低保申请材料，民政所一直说在审核，没有任何书面答复。"},
            new String[] {"路灯坏了一个月", "村口到学校的路灯坏了一个多月，晚上孩子放学很不安全。"},
            new String[] {"垃圾清运不及时", "小区门口的垃圾桶好几天没人清运，气味很大。"},
            new String[] {"宅基地审批推诿", "宅基地审批材料交到国土所，被说要先找村委会盖章，村委会又推给镇里。"});
    private static final AtomicLong SERIAL = new AtomicLong();

    private final StaffCredentials staff;
    private final int searchPort;

    public Journeys(StaffCredentials staff, int searchPort) {
        this.staff = staff;
        this.searchPort = searchPort;
    }

    /** Per journey, the request it makes once per journey, whose OK count is the number of journeys done. */
    static final Map<String, String> COUNTED_REQUEST = Map.of(
            "citizen", "citizen files",
            "intake", "intake registers",
            "handler", "handler answers",
            "discipline", "discipline searches",
            "open311", "open311 posts a request");

    /** A resident files a complaint on the public API and looks it up with the receipt code. */
    public ChainBuilder citizen(String level) {
        return exec(http("citizen files " + level)
                        .post("/api/public/cases")
                        .body(StringBody(session -> filing(null)))
                        .asJson()
                        .check(status().is(201), jsonPath("$.receiptCode").saveAs("code")))
                .exitHereIfFailed()
                .exec(http("citizen tracks " + level)
                        .get("/api/public/cases/#{code}")
                        .check(status().is(200)));
    }

    /** The intake desk registers a hotline call, accepts it and assigns it to a department. */
    public ChainBuilder intake(String level) {
        return registerAcceptAssign("intake", level);
    }

    /** A department signs for a case the intake desk assigned to it and answers it. */
    public ChainBuilder handler(String level) {
        return registerAcceptAssign("handler's case prepared by intake", level)
                .exitHereIfFailed()
                .exec(http("handler signs for " + level)
                        .post("/api/staff/cases/#{caseId}/sign-for")
                        .header("Authorization", session -> staff.authorization("handler." + HANDLER_DEPARTMENT))
                        .check(status().is(200)))
                .exec(http("handler answers " + level)
                        .post("/api/staff/cases/#{caseId}/answer")
                        .header("Authorization", session -> staff.authorization("handler." + HANDLER_DEPARTMENT))
                        .body(StringBody("{\"answer\":\"已派人现场核实并处理，路灯已于本周修复。\"}"))
                        .asJson()
                        .check(status().is(200)));
    }

    /** The discipline office searches cases, reads the ranked buck-passing flags and compares the departments. */
    public ChainBuilder discipline(String level) {
        return exec(http("discipline searches " + level)
                        .get("/api/staff/search/cases")
                        .queryParam(
                                "q",
                                session -> TERMS.get(ThreadLocalRandom.current().nextInt(TERMS.size())))
                        .header("Authorization", session -> staff.authorization("li.qing"))
                        .check(status().is(200)))
                .exec(http("discipline ranks buck-passing " + level)
                        .get("/api/staff/buck-passing/cases")
                        .header("Authorization", session -> staff.authorization("li.qing"))
                        .check(status().is(200)))
                .exec(http("discipline compares departments " + level)
                        .get("/api/staff/buck-passing/departments")
                        .header("Authorization", session -> staff.authorization("li.qing"))
                        .check(status().is(200)));
    }

    /** An Open311 (GeoReport v2) client lists services, posts a request and reads it back. */
    public ChainBuilder open311(String level) {
        return exec(http("open311 lists services " + level)
                        .get("/open311/v2/services.json")
                        .check(status().is(200), jsonPath("$[0].service_code").saveAs("service")))
                .exitHereIfFailed()
                .exec(http("open311 posts a request " + level)
                        .post("/open311/v2/requests.json")
                        .formParam("service_code", "#{service}")
                        .formParam("description", session -> text()[1] + " #" + SERIAL.incrementAndGet())
                        .formParam("attribute[kind]", "COMPLAINT")
                        .check(
                                status().is(201),
                                jsonPath("$[0].service_request_id").saveAs("request")))
                .exitHereIfFailed()
                .exec(http("open311 reads the request " + level)
                        .get("/open311/v2/requests/#{request}.json")
                        .check(status().is(200)));
    }

    /**
     * Waits, at most {@code limit}, until the projections have stopped moving (two answers of the admin's
     * projection status in a row are the same), so the comparisons after it do not share the machine with a
     * catch-up.
     */
    public ChainBuilder projectionsSettled(Duration limit) {
        return exec(session -> session.set("settled", false).set("previous", ""))
                .asLongAsDuring(session -> !session.getBoolean("settled"), limit)
                .on(exec(http("projections settled?")
                                .get("/api/admin/projections")
                                .header("Authorization", session -> staff.authorization("admin"))
                                .check(status().is(200), bodyString().saveAs("state")))
                        .exec(session -> session.set(
                                        "settled", session.getString("state").equals(session.getString("previous")))
                                .set("previous", session.getString("state")))
                        .pause(Duration.ofSeconds(2)));
    }

    /** The same public GET anonymously, with a staff bearer token and with staff HTTP Basic credentials. */
    public ChainBuilder departments(String how, String level) {
        var request = http("departments, " + how + " " + level).get("/api/public/departments");
        return exec(
                switch (how) {
                    case "anonymous" -> request.check(status().is(200));
                    case "bearer" ->
                        request.header("Authorization", session -> staff.bearer("zhang.min"))
                                .check(status().is(200));
                    case "basic" ->
                        request.header("Authorization", StaffCredentials.basic("zhang.min"))
                                .check(status().is(200));
                    default -> throw new IllegalArgumentException(how);
                });
    }

    /** The staff search for one term over the API, and the same query sent straight to Elasticsearch. */
    public ChainBuilder search(String where, String level) {
        if (where.equals("api")) {
            return exec(http("staff search " + SEARCH_TERM + ", API " + level)
                    .get("/api/staff/search/cases")
                    .queryParam("q", SEARCH_TERM)
                    .header("Authorization", session -> staff.authorization("li.qing"))
                    .check(status().is(200)));
        }
        var query = staffSearchQuery();
        return exec(http("staff search " + SEARCH_TERM + ", Elasticsearch directly " + level)
                .post("http://127.0.0.1:" + searchPort + "/onetrip-cases/_search?typed_keys=true")
                .body(StringBody(query))
                .asJson()
                .check(status().is(200)));
    }

    private ChainBuilder registerAcceptAssign(String who, String level) {
        return exec(http(who + " registers " + level)
                        .post("/api/staff/cases")
                        .header("Authorization", session -> staff.authorization("zhang.min"))
                        .body(StringBody(session -> filing("HOTLINE")))
                        .asJson()
                        .check(status().is(201), jsonPath("$.caseId").saveAs("caseId")))
                .exitHereIfFailed()
                .exec(http(who + " accepts " + level)
                        .post("/api/staff/cases/#{caseId}/accept")
                        .header("Authorization", session -> staff.authorization("zhang.min"))
                        .body(StringBody("{}"))
                        .asJson()
                        .check(status().is(200)))
                .exec(http(who + " assigns " + level)
                        .post("/api/staff/cases/#{caseId}/assign")
                        .header("Authorization", session -> staff.authorization("zhang.min"))
                        .body(StringBody("{\"departmentCode\":\"" + HANDLER_DEPARTMENT + "\"}"))
                        .asJson()
                        .check(status().is(200)));
    }

    private static String filing(String channel) {
        var text = text();
        var random = ThreadLocalRandom.current();
        boolean anonymous = random.nextInt(3) == 0;
        return "{\"kind\":\"COMPLAINT\",\"category\":\"BUCK_PASSING\",\"title\":\"" + text[0] + "\",\"description\":\""
                + text[1] + " 编号" + SERIAL.incrementAndGet() + "\",\"anonymous\":" + anonymous
                + (anonymous
                        ? ""
                        : ",\"contact\":{\"name\":\"王女士\",\"phone\":\"1390000" + (1000 + random.nextInt(9000)) + "\"}")
                + (channel == null ? "" : ",\"channel\":\"" + channel + "\"") + "}";
    }

    private static String[] text() {
        return TEXTS.get(ThreadLocalRandom.current().nextInt(TEXTS.size()));
    }

    /**
     * What {@code CaseSearch.search} sends for {@code q=低保} read by the discipline office (page 0, 20 hits,
     * relevance order), built by the same code; the day after tomorrow stands in for the calendar's last day due soon.
     */
    static String staffSearchQuery() {
        var today = LocalDate.now(WorkingDayCalendar.ZONE);
        var request = new CaseSearchRequest(SEARCH_TERM, null, null, null, null, null, null, false, 0, 20, null);
        return JsonpUtils.toJsonString(
                CaseSearch.staffSearchRequest("onetrip-cases", request, today, today.plusDays(2)),
                new JacksonJsonpMapper());
    }
}
