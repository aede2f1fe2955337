package org.onetrip.projections.agency;

import java.time.Instant;
import java.time.LocalDate;

/** An agency request for the centre's list: no tracking code, nothing about the citizen. */
public class AgencyDocument {
    public String requestId;
    public String itemCode;
    public String itemName;
    public String departmentCode;
    public String beneficiary;
    public String villageCode;
    public String channel;
    public String status;
    public boolean open;
    public LocalDate dueDate;
    public Instant registeredAt;
    public String agentPersonId;
    public String agentDepartmentCode;
    public int steps;
    public String result;
    public Boolean onTime;
    public Instant handedBackAt;
}
