package org.onetrip.enterprise.api;

/** The staff member paired with an enterprise (联点干部); name and department as at pairing. */
public record LiaisonCadre(String personId, String name, String departmentCode) {}
