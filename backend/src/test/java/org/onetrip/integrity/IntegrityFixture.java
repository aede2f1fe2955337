package org.onetrip.integrity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.onetrip.cases.api.AcceptCaseCommand;
import org.onetrip.cases.api.AssignCaseCommand;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.api.SignForCaseCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.springframework.context.ConfigurableApplicationContext;

/** Files cases through the real command bus and reaches under the application into the event table. */
final class IntegrityFixture {

    static final Actor INTAKE = new Actor("zhang.min", Role.INTAKE, "bianmin");
    static final Actor GUOTU = new Actor("handler.guotu", Role.HANDLER, "guotu");

    private final ConfigurableApplicationContext context;

    IntegrityFixture(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** A case with four events: filed, accepted, assigned, signed for. */
    String caseWithFourEvents() {
        var commands = context.getBean(CommandGateway.class);
        var caseId = UUID.randomUUID().toString();
        commands.sendAndWait(new FileCaseCommand(
                caseId,
                Actor.PUBLIC,
                Channel.PORTAL,
                ReceiptCode.generate(),
                CaseKind.COMPLAINT,
                CaseCategory.BUCK_PASSING,
                "宅基地审批来回推",
                "国土所说归村镇中心，村镇中心又说归国土所。",
                null,
                null,
                new Complainant("李四", "13812345678", null, true)));
        commands.sendAndWait(new AcceptCaseCommand(caseId, INTAKE, Channel.WORKBENCH, null, null));
        commands.sendAndWait(new AssignCaseCommand(caseId, INTAKE, Channel.WORKBENCH, "guotu", null, null, null));
        commands.sendAndWait(new SignForCaseCommand(caseId, GUOTU, Channel.WORKBENCH, null));
        return caseId;
    }

    List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return context.getBean(EventStore.class)
                .readEvents(aggregateId)
                .asStream()
                .toList();
    }

    byte[] payload(String aggregateId, long sequence) {
        return (byte[]) query(
                "select payload from domain_event_entry where aggregate_identifier = ? and sequence_number = ?",
                aggregateId,
                sequence);
    }

    byte[] metaData(String aggregateId, long sequence) {
        return (byte[]) query(
                "select meta_data from domain_event_entry where aggregate_identifier = ? and sequence_number = ?",
                aggregateId,
                sequence);
    }

    int update(String sql, Object... arguments) {
        try (Connection connection = context.getBean(DataSource.class).getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object query(String sql, Object... arguments) {
        try (Connection connection = context.getBean(DataSource.class).getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
