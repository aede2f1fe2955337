package org.onetrip.enterprise.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.enterprise.api.ChangeEnterpriseLiaisonCommand;
import org.onetrip.enterprise.api.EnterpriseOutcome;
import org.onetrip.enterprise.api.EnterpriseRefusedException;
import org.onetrip.enterprise.api.EnterpriseSector;
import org.onetrip.enterprise.api.EraseEnterpriseContactCommand;
import org.onetrip.enterprise.api.LogEnterpriseVisitCommand;
import org.onetrip.enterprise.api.RegisterEnterpriseCommand;
import org.onetrip.enterprise.api.ReissueEnterpriseCodeCommand;
import org.onetrip.enterprise.api.ReplaceEnterpriseContactCommand;
import org.onetrip.enterprise.api.ReviseEnterpriseCommand;
import org.onetrip.enterprise.api.UnknownEnterpriseException;
import org.onetrip.enterprise.api.ViewEnterpriseContactCommand;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.application.CommandResults;
import org.onetrip.shared.persistence.TimeOrderedIds;
import org.springframework.stereotype.Service;

/**
 * Enterprise liaison (企业联点) in domain terms, for the REST API and the portal alike: every method acts as
 * the given staff member and answers an {@link EnterpriseOutcome}. A refusal is an outcome (recorded on
 * the enterprise when it exists); malformed input throws {@link org.onetrip.shared.api.InvalidCommandException};
 * an unknown enterprise throws {@link UnknownEnterpriseException}. Access codes are drawn here and shown
 * once in the outcome; the enterprise keeps only their hash.
 */
@Service
public class EnterpriseLiaison {

    private final CommandGateway commands;

    public EnterpriseLiaison(CommandGateway commands) {
        this.commands = commands;
    }

    public EnterpriseOutcome register(
            Actor actor,
            String name,
            EnterpriseSector sector,
            String park,
            ContactDetails contact,
            String liaisonPersonId) {
        var enterpriseId = TimeOrderedIds.next();
        var code = ReceiptCode.generate();
        try {
            commands.sendAndWait(new RegisterEnterpriseCommand(
                    enterpriseId, actor, Channel.WORKBENCH, name, sector, park, contact, liaisonPersonId, code));
            return new EnterpriseOutcome.CodeIssued(enterpriseId, code.grouped());
        } catch (RuntimeException e) {
            return answer(CommandResults.thrownByHandler(e), enterpriseId);
        }
    }

    public EnterpriseOutcome revise(
            Actor actor, String enterpriseId, String name, EnterpriseSector sector, String park, String reason) {
        return send(
                new ReviseEnterpriseCommand(enterpriseId, actor, Channel.WORKBENCH, name, sector, park, reason),
                enterpriseId);
    }

    public EnterpriseOutcome changeLiaison(Actor actor, String enterpriseId, String personId, String reason) {
        return send(
                new ChangeEnterpriseLiaisonCommand(enterpriseId, actor, Channel.WORKBENCH, personId, reason),
                enterpriseId);
    }

    public EnterpriseOutcome reissueCode(Actor actor, String enterpriseId, String reason) {
        return send(
                new ReissueEnterpriseCodeCommand(
                        enterpriseId, actor, Channel.WORKBENCH, ReceiptCode.generate(), reason),
                enterpriseId);
    }

    public EnterpriseOutcome replaceContact(Actor actor, String enterpriseId, ContactDetails contact, String reason) {
        return send(
                new ReplaceEnterpriseContactCommand(enterpriseId, actor, Channel.WORKBENCH, contact, reason),
                enterpriseId);
    }

    public EnterpriseOutcome viewContact(Actor actor, String enterpriseId, String reason) {
        return send(new ViewEnterpriseContactCommand(enterpriseId, actor, Channel.WORKBENCH, reason), enterpriseId);
    }

    public EnterpriseOutcome eraseContact(Actor actor, String enterpriseId, String reason) {
        return send(new EraseEnterpriseContactCommand(enterpriseId, actor, Channel.WORKBENCH, reason), enterpriseId);
    }

    /** Enters a visit in the ledger and files an enterprise request per problem not settled on the spot. */
    public EnterpriseOutcome logVisit(Actor actor, String enterpriseId, LedgerEntry entry) {
        return send(
                new LogEnterpriseVisitCommand(
                        enterpriseId,
                        TimeOrderedIds.next(),
                        actor,
                        Channel.WORKBENCH,
                        entry.visitedOn(),
                        entry.participants(),
                        entry.situation(),
                        entry.issues()),
                enterpriseId);
    }

    private EnterpriseOutcome send(Object command, String enterpriseId) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            return answer(CommandResults.thrownByHandler(e), enterpriseId);
        }
    }

    private static EnterpriseOutcome answer(RuntimeException cause, String enterpriseId) {
        if (cause instanceof EnterpriseRefusedException refused) {
            return new EnterpriseOutcome.Refused(refused.reason(), refused.getMessage());
        }
        if (cause instanceof AggregateNotFoundException) {
            throw new UnknownEnterpriseException(enterpriseId);
        }
        throw cause;
    }
}
