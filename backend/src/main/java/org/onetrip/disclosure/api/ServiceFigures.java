package org.onetrip.disclosure.api;

/**
 * What the plan's service mechanisms add to a department's bulletin row (四.三.2 and 四.二.3): bookings
 * served, of which "跑多次" (a matter not done in the one trip the reform promises, counted like a
 * "more than one trip" complaint), agency requests handed back, and agency requests still open past
 * their promised time limit at the cut-off.
 */
public record ServiceFigures(
        int appointmentsServed, int appointmentsMoreThanOneTrip, int agencyHandedBack, int agencyOverdueOpen) {

    public static final ServiceFigures NONE = new ServiceFigures(0, 0, 0, 0);

    public ServiceFigures plus(ServiceFigures other) {
        return new ServiceFigures(
                appointmentsServed + other.appointmentsServed,
                appointmentsMoreThanOneTrip + other.appointmentsMoreThanOneTrip,
                agencyHandedBack + other.agencyHandedBack,
                agencyOverdueOpen + other.agencyOverdueOpen);
    }
}
