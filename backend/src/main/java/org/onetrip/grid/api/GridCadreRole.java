package org.onetrip.grid.api;

/** The three cadres every grid has (四.四.1): one of each at a time. */
public enum GridCadreRole {
    /** 联村领导: the township leader paired with the village. */
    LIAISON_LEADER,
    /** 联网格干部: the township cadre responsible for the grid. */
    GRID_CADRE,
    /** 村（居）干部: the village or residents' committee cadre. */
    VILLAGE_CADRE
}
