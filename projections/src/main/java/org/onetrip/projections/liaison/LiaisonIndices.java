package org.onetrip.projections.liaison;

import java.util.List;
import org.onetrip.projections.support.ProjectionIndex;

/** The four indices of the liaison projection. */
public record LiaisonIndices(
        ProjectionIndex grids,
        ProjectionIndex gridVisits,
        ProjectionIndex enterprises,
        ProjectionIndex enterpriseVisits) {

    public List<ProjectionIndex> all() {
        return List.of(grids, gridVisits, enterprises, enterpriseVisits);
    }

    public void ensureExist() {
        all().forEach(ProjectionIndex::ensureExists);
    }
}
