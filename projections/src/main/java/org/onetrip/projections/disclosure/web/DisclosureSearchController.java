package org.onetrip.projections.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onetrip.projections.disclosure.DisclosureSearch;
import org.onetrip.projections.disclosure.DisclosureType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search")
public class DisclosureSearchController {

    private final DisclosureSearch search;

    public DisclosureSearchController(DisclosureSearch search) {
        this.search = search;
    }

    @GetMapping("/api/public/search/disclosures")
    @Operation(
            summary =
                    "Search published service items, notices and monthly bulletins (Chinese full text); type is SERVICE_ITEM, NOTICE or BULLETIN")
    public DisclosureSearch.Response disclosures(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return search.search(q, DisclosureType.parse(type), page, size);
    }
}
