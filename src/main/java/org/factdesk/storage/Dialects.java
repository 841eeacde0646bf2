package org.factdesk.storage;

import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.ClobJdbcType;
import org.jspecify.annotations.Nullable;

/**
 * Picks Hibernate's dialect (named in {@code hibernate.dialect_resolvers}): the standard one for H2, and on PostgreSQL
 * one whose long texts ({@code @Lob String}, {@code clob} in the migrations) are {@code text} read and written as
 * strings, instead of Hibernate's default there, large objects in an {@code oid} column (decision 018). The
 * migrations' {@code clob} is a domain over {@code text} on PostgreSQL ({@code db/vendor/postgresql/beforeMigrate.sql}).
 */
public final class Dialects implements DialectResolver {

    @Override
    public @Nullable Dialect resolveDialect(DialectResolutionInfo info) {
        return "PostgreSQL".equals(info.getDatabaseName()) ? new PostgresTextDialect(info) : null;
    }

    /** PostgreSQL with {@code @Lob String} as {@code text}. */
    static final class PostgresTextDialect extends PostgreSQLDialect {

        PostgresTextDialect(DialectResolutionInfo info) {
            super(info);
        }

        @Override
        protected String columnType(int sqlTypeCode) {
            return switch (sqlTypeCode) {
                case SqlTypes.CLOB, SqlTypes.NCLOB -> "text";
                default -> super.columnType(sqlTypeCode);
            };
        }

        @Override
        public void contributeTypes(TypeContributions contributions, ServiceRegistry registry) {
            super.contributeTypes(contributions, registry);
            var types = contributions.getTypeConfiguration().getJdbcTypeRegistry();
            types.addDescriptor(SqlTypes.CLOB, ClobJdbcType.STRING_BINDING);
            types.addDescriptor(SqlTypes.NCLOB, ClobJdbcType.STRING_BINDING);
        }

        /** A {@code text} column, or one of the {@code clob} domain (reported as DISTINCT), holds a long text. */
        @Override
        public boolean equivalentTypes(int expected, int found) {
            boolean longText = expected == Types.CLOB || expected == Types.NCLOB;
            return super.equivalentTypes(expected, found)
                    || longText && (found == Types.VARCHAR || found == Types.LONGVARCHAR || found == Types.DISTINCT);
        }
    }
}
