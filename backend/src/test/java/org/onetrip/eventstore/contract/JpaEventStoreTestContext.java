package org.onetrip.eventstore.contract;

import org.onetrip.eventstore.config.EventStorePropertiesConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Just a DataSource, Hibernate and Axon's JPA event-store entities (plus the application's orm.xml and
 * its PostgreSQL dialect choice): the real persistence the embedded engine runs on, without the rest of
 * the application.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
    DataSourceAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class,
    HibernateJpaAutoConfiguration.class,
    TransactionAutoConfiguration.class
})
@EntityScan(
        basePackages = {
            "org.axonframework.eventsourcing.eventstore.jpa",
            "org.axonframework.eventhandling.tokenstore.jpa"
        })
@Import(EventStorePropertiesConfiguration.class)
public class JpaEventStoreTestContext {}
