package org.onetrip.home.ui;

import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.cases.api.CaseCountsResponse;
import org.onetrip.cases.api.FindCaseCountsQuery;
import org.springframework.stereotype.Service;

@Service
public class CaseFigures {

    private final QueryGateway queries;

    public CaseFigures(QueryGateway queries) {
        this.queries = queries;
    }

    public CaseCountsResponse counts() {
        return queries.query(new FindCaseCountsQuery(), CaseCountsResponse.class).join();
    }
}
