package org.onetrip.projections.liaison;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.enterprise.api.EnterpriseSector;

/**
 * An enterprise of the register. No contact data, only whether there is any; the access code only as
 * its hash, for the lookup, and never returned by any answer ({@link EnterpriseSearch} maps documents
 * to answers without it).
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public class EnterpriseDocument {

    public String enterpriseId;
    public String name;
    public EnterpriseSector sector;
    public String park;
    public String liaisonPersonId;
    public String liaisonName;
    public String liaisonDepartmentCode;
    public boolean hasContact;
    public boolean contactErased;
    public String accessCodeHash;
    public int visits;
    public LocalDate lastVisitOn;
    public List<String> visitMonths = new ArrayList<>();
    public int requests;
    public Instant registeredAt;
    public Instant lastChangedAt;
    public long sequence = -1;
}
