package org.onetrip.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    @Query("select e from SecurityEvent e order by e.at desc, e.id desc")
    List<SecurityEvent> newestFirst(Pageable page);

    @Query("select e from SecurityEvent e where e.username = :username and e.kind in :kinds"
            + " order by e.at desc, e.id desc")
    List<SecurityEvent> newestOf(String username, List<SecurityEvent.Kind> kinds, Pageable page);

    @Modifying
    @Transactional
    @Query("delete from SecurityEvent e where e.at < :before")
    int deleteOlderThan(Instant before);
}
