package org.onetrip.disclosure.query;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisclosureRegistryRepository extends JpaRepository<DisclosureEntry, String> {

    List<DisclosureEntry> findByTypeOrderByIdAsc(DisclosureEntry.Type type);

    List<DisclosureEntry> findByTypeOrderByCreatedAtDesc(DisclosureEntry.Type type);

    List<DisclosureEntry> findByTypeAndBatchIdOrderByIdAsc(DisclosureEntry.Type type, String batchId);

    boolean existsByUniqueKey(String uniqueKey);

    long countByType(DisclosureEntry.Type type);

    static String batchKey(String batchName) {
        return "batch:" + batchName;
    }
}
