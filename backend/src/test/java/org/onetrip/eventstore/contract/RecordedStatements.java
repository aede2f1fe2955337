package org.onetrip.eventstore.contract;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Every SQL statement Hibernate prepares in the test's persistence unit, so a test can ask the database for its plan. */
public class RecordedStatements implements StatementInspector {

    private static final List<String> RECORDED = new CopyOnWriteArrayList<>();

    static void clear() {
        RECORDED.clear();
    }

    static List<String> recorded() {
        return List.copyOf(RECORDED);
    }

    @Override
    public String inspect(String sql) {
        RECORDED.add(sql);
        return sql;
    }
}
