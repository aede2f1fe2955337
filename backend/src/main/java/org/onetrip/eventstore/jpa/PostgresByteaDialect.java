package org.onetrip.eventstore.jpa;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * PostgreSQL with {@code bytea} for {@code @Lob byte[]}. Hibernate 6 maps Axon's {@code @Lob} payload,
 * metadata, token and saga columns to {@code oid}: large objects that live outside the table, are not
 * removed with their rows (they leak) and are unreadable in a plain {@code SELECT}.
 */
public class PostgresByteaDialect extends PostgreSQLDialect {

    public PostgresByteaDialect() {
        super();
    }

    public PostgresByteaDialect(DatabaseVersion version) {
        super(version);
    }

    public PostgresByteaDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        BlobColumns.handledAs(typeContributions, BinaryJdbcType.INSTANCE);
    }
}
