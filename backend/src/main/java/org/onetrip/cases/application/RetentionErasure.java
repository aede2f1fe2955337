package org.onetrip.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.EraseComplainantContactCommand;
import org.onetrip.cases.query.ContactRetentionRepository;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the contact data of every case over for longer than {@code onetrip.privacy.retention}
 * (an ISO-8601 period such as {@code P3Y}; "-" or empty turns it off), on
 * {@code onetrip.privacy.retention-cron} (daily 01:15 by default).
 */
@Component
public class RetentionErasure {

    private static final Logger log = LoggerFactory.getLogger(RetentionErasure.class);

    private final CommandGateway commands;
    private final ContactRetentionRepository entries;
    private final Clock clock;
    private final Period retention;

    public RetentionErasure(
            CommandGateway commands,
            ContactRetentionRepository entries,
            Clock clock,
            @Value("${onetrip.privacy.retention:-}") String retention) {
        this.commands = commands;
        this.entries = entries;
        this.clock = clock;
        this.retention =
                retention == null || retention.isBlank() || retention.strip().equals("-")
                        ? null
                        : Period.parse(retention.strip());
    }

    @Scheduled(cron = "${onetrip.privacy.retention-cron:0 15 1 * * *}")
    public void run() {
        try {
            eraseDue(clock.instant());
        } catch (RuntimeException e) {
            log.error("retention erasure stopped; the next run continues", e);
        }
    }

    /** Erases what is due at {@code now}; answers how many cases were erased. Does nothing when off. */
    public int eraseDue(Instant now) {
        if (retention == null) {
            return 0;
        }
        var cutOff = now.atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        int erased = 0;
        for (var caseId : entries.endedBeforeAndNotErased(cutOff)) {
            CommandOutcome outcome = commands.sendAndWait(new EraseComplainantContactCommand(
                    caseId,
                    Actor.SYSTEM,
                    Channel.SYSTEM,
                    "retention period " + retention + " after the case ended",
                    null));
            if (outcome instanceof CommandOutcome.Done) {
                erased++;
            }
        }
        if (erased > 0) {
            log.info("erased the contact data of {} cases past the retention period {}", erased, retention);
        }
        return erased;
    }
}
