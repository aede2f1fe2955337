package org.onetrip.grid.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.onetrip.grid.api.GridVisitNorms;
import org.onetrip.grid.api.SetGridVisitNormCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Records the configured visit norm ({@code onetrip.grid.visits-per-cadre-per-month}, the plan's 1 by
 * default) as the first norm on a store that has none, so every later computation reads the norm from
 * the events and not from a setting that may have changed since. Later changes go through the
 * grid screens and take effect from a coming month.
 */
@Component
public class GridVisitNormSeeder {

    private static final Logger log = LoggerFactory.getLogger(GridVisitNormSeeder.class);

    private final CommandGateway commands;
    private final EventStore events;
    private final int visitsPerCadrePerMonth;

    public GridVisitNormSeeder(
            CommandGateway commands,
            EventStore events,
            @Value("${onetrip.grid.visits-per-cadre-per-month:1}") int visitsPerCadrePerMonth) {
        this.commands = commands;
        this.events = events;
        this.visitsPerCadrePerMonth = visitsPerCadrePerMonth;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    public void seed() {
        if (events.lastSequenceNumberFor(GridVisitNorms.ID).isPresent()) {
            return;
        }
        try {
            commands.sendAndWait(SetGridVisitNormCommand.of(
                    Actor.SYSTEM, Channel.SYSTEM, visitsPerCadrePerMonth, null, "实施方案四.四.1：每个网格每名干部一个月至少走访一次"));
            log.info("Recorded the grid visit norm: {} visit(s) per cadre, grid and month", visitsPerCadrePerMonth);
        } catch (RuntimeException e) {
            if (events.lastSequenceNumberFor(GridVisitNorms.ID).isEmpty()) {
                throw e;
            }
        }
    }
}
