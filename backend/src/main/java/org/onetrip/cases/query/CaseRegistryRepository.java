package org.onetrip.cases.query;

import java.util.List;
import java.util.Optional;
import org.onetrip.cases.api.ReceiptCode;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseRegistryRepository extends JpaRepository<CaseRegistryEntry, String> {

    /**
     * Every public tracking request asks this. Written out because Spring Data builds a derived query as a criteria
     * query, which Hibernate plans again on every call; a query string's plan is cached (docs/benchmarks.md, round 7).
     */
    @Query("select e from CaseRegistryEntry e where e.receiptCodeDigest = :digest")
    Optional<CaseRegistryEntry> findByReceiptCodeDigest(String digest);

    default Optional<CaseRegistryEntry> findByReceiptCode(ReceiptCode code) {
        return findByReceiptCodeDigest(CaseRegistryEntry.digestOf(code.value()));
    }

    @Query("select e.status as status, count(e) as count from CaseRegistryEntry e group by e.status")
    List<StatusCount> countByStatus();

    interface StatusCount {
        org.onetrip.cases.api.CaseStatus getStatus();

        long getCount();
    }
}
