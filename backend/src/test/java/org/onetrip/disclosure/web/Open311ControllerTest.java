package org.onetrip.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onetrip.shared.ratelimit.RateLimits;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The GeoReport v2 rules that hold before any case or catalogue is read: jurisdiction, listing only
 * by ids, the lookup allowance, and errors in the format the client asked for. The catalogue and cases
 * are not needed on these paths (DisclosuresOverHttpTest covers the rest on the running application).
 */
class Open311ControllerTest {

    final ObjectMapper json = new ObjectMapper();
    final RateLimits limits = new RateLimits(Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneOffset.UTC), 5, 3);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(
                    new Open311Controller(null, null, null, null, limits, json, "sidian.gov.cn"))
            .setControllerAdvice(new Open311Errors(json))
            .build();

    @Test
    void another_jurisdiction_is_not_found_and_says_which_one_is_served() throws Exception {
        for (var path : List.of(
                "/open311/v2/services.json",
                "/open311/v2/services/MZ-001.json",
                "/open311/v2/requests.json",
                "/open311/v2/requests/ABCD.json")) {
            var reply = call(path + "?jurisdiction_id=chicago.gov");
            assertThat(reply.getStatus()).as(path).isEqualTo(404);
            var error = json.readTree(reply.getContentAsString()).get(0);
            assertThat(error.get("code").asInt()).isEqualTo(404);
            assertThat(error.get("description").asText()).contains("use sidian.gov.cn or leave it out");
        }
    }

    @Test
    void requests_are_listed_only_by_their_ids_and_at_most_ten_at_once() throws Exception {
        var noIds = call("/open311/v2/requests.json?status=open&start_date=2026-11-01T00:00:00Z");
        assertThat(noIds.getStatus()).isEqualTo(400);
        assertThat(json.readTree(noIds.getContentAsString())
                        .get(0)
                        .get("description")
                        .asText())
                .startsWith("service_request_id was not provided");
        var eleven = call("/open311/v2/requests.json?service_request_id="
                + String.join(
                        ",",
                        IntStream.rangeClosed(1, 11).mapToObj(i -> "ID" + i).toList()));
        assertThat(eleven.getStatus()).isEqualTo(400);
        assertThat(eleven.getContentAsString()).contains("at most 10");
        // malformed ids are simply not found: an empty list, each id costing one lookup
        var malformed = call("/open311/v2/requests.json?service_request_id=NOPE,%3Cscript%3E");
        assertThat(malformed.getStatus()).isEqualTo(200);
        assertThat(malformed.getContentAsString()).isEqualTo("[]");
    }

    @Test
    void every_id_looked_up_counts_against_the_allowance_and_an_exhausted_one_answers_429() throws Exception {
        assertThat(call("/open311/v2/requests/NOPE1.json").getStatus()).isEqualTo(404);
        assertThat(call("/open311/v2/requests.json?service_request_id=NOPE2,NOPE3")
                        .getStatus())
                .isEqualTo(200);
        var refused = call("/open311/v2/requests/NOPE4.xml");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("20");
        assertThat(refused.getContentType()).startsWith("text/xml");
        assertThat(refused.getContentAsString())
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<errors><error><code>429</code><description>too many requests: please wait 20 s and try again"
                        + "</description></error></errors>\n");
    }

    @Test
    void errors_asked_for_as_xml_are_xml_with_the_text_escaped() throws Exception {
        var reply = call("/open311/v2/services.xml?jurisdiction_id=%3Cx%3E%26%22%01");
        assertThat(reply.getStatus()).isEqualTo(404);
        assertThat(reply.getContentType()).isEqualTo("text/xml;charset=UTF-8");
        assertThat(reply.getContentAsString())
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<errors><error>"
                        + "<code>404</code><description>jurisdiction_id &lt;x&gt;&amp;&quot; is not served here")
                .doesNotContain("<x>")
                .doesNotContain("\u0001");
    }

    @Test
    void a_request_not_form_encoded_and_an_unknown_resource_get_open311_errors_not_pages() throws Exception {
        for (var contentType : List.of("application/json", "text/plain", "not a media type")) {
            var reply = mvc.perform(post(URI.create("/open311/v2/requests.json"))
                            .header("Content-Type", contentType)
                            .content("{}"))
                    .andReturn()
                    .getResponse();
            assertThat(reply.getStatus()).as(contentType).isEqualTo(415);
            assertThat(json.readTree(reply.getContentAsString())
                            .get(0)
                            .get("code")
                            .asInt())
                    .isEqualTo(415);
        }
        for (var path : List.of("/open311/v2/services.txt", "/open311/v2/nothing", "/open311/v3/services.json")) {
            var reply = call(path);
            assertThat(reply.getStatus()).as(path).isEqualTo(404);
            assertThat(reply.getContentType()).startsWith("application/json");
            assertThat(json.readTree(reply.getContentAsString())
                            .get(0)
                            .get("description")
                            .asText())
                    .contains("/open311/v2/");
        }
    }

    private MockHttpServletResponse call(String path) throws Exception {
        return mvc.perform(get(URI.create(path))).andReturn().getResponse();
    }
}
