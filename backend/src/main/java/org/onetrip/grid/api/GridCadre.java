package org.onetrip.grid.api;

/** A staff member holding one of a grid's cadre posts; the name and department as at assignment. */
public record GridCadre(GridCadreRole role, String personId, String name, String departmentCode) {}
