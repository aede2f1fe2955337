package org.onetrip.eventstore.jpa;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.BlobJdbcType;

/**
 * H2 reading Axon's {@code @Lob byte[]} columns (event payloads and metadata, snapshots, tokens) with
 * {@code getBytes}. Hibernate's default asks for a {@link java.sql.Blob} and copies its stream, which H2's
 * stream hands over a byte at a time, each through a synchronized read: over a third of the CPU of reading
 * events back (docs/benchmarks.md, round 7). The columns stay {@code BLOB}s.
 */
public class H2InRowBlobDialect extends H2Dialect {

    public H2InRowBlobDialect() {
        super();
    }

    public H2InRowBlobDialect(DatabaseVersion version) {
        super(version);
    }

    public H2InRowBlobDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        BlobColumns.handledAs(typeContributions, BlobJdbcType.MATERIALIZED);
    }
}
