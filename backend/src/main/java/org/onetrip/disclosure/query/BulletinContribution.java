package org.onetrip.disclosure.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.onetrip.disclosure.api.ServiceFigures;

/**
 * A feature's share of the bulletin, computed from its own events in the same pass, so the bulletin
 * stays reproducible from the store; features contribute beans of this type, so the bulletin does not
 * need to know them.
 */
public interface BulletinContribution {

    /** A fresh tally for one computation of [periodStart, cutOff). */
    Tally start(Instant periodStart, Instant cutOff);

    interface Tally {

        /**
         * Offered every stored event that is not a case's, in the store's order; folds in those of its
         * feature that happened before the cut-off and answers true for them.
         */
        boolean add(Object event);

        /** The figures per department code; {@code lastDay} is the last day before the cut-off. */
        Map<String, ServiceFigures> figures(LocalDate lastDay);
    }
}
