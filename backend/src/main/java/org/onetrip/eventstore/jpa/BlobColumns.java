package org.onetrip.eventstore.jpa;

import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/** How a dialect of the application has Hibernate bind and read {@code @Lob byte[]} columns. */
final class BlobColumns {

    private BlobColumns() {}

    static void handledAs(TypeContributions typeContributions, JdbcType jdbcType) {
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(Types.BLOB, jdbcType);
    }
}
