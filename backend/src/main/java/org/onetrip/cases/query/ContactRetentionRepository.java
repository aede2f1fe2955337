package org.onetrip.cases.query;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactRetentionRepository extends JpaRepository<ContactRetentionEntry, String> {

    @Query(
            "select e.caseId from ContactRetentionEntry e where e.erasedAt is null and e.endedAt < ?1 order by e.endedAt")
    List<String> endedBeforeAndNotErased(Instant cutOff);
}
