package org.onetrip.projections.appointments;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A booking for the desk's day list and the reminder schedule. Neither the booking code nor anything
 * about the applicant is in it: the desk finds a person by the code they show.
 */
public class BookingDocument {
    public String bookingId;
    public String slotId;
    public LocalDate date;
    public String start;
    public String end;
    public Instant startsAt;
    public String zone;
    public int seat;
    public String itemCode;
    public String itemName;
    public String departmentCode;
    public String channel;
    public String status;
    public String outcome;
    public String extraTripReason;
    public boolean reminded;
    public Instant bookedAt;
}
