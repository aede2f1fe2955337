package org.onetrip.projections.liaison;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.grid.api.GridCadre;
import org.onetrip.grid.api.GridCadreRole;

/**
 * A grid as its events left it: name, area, the three posts now, and who held each post when (the
 * compliance rule needs the history). {@code sequence} is the grid's last event folded in.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GridDocument {

    public String gridId;
    public String name;
    public String villageDepartmentCode;
    public String area;
    public List<GridCadre> posts = new ArrayList<>();
    public List<String> cadrePersonIds = new ArrayList<>();
    public List<Tenure> tenures = new ArrayList<>();
    public int visits;
    public LocalDate lastVisitOn;
    public Instant definedAt;
    public Instant lastChangedAt;
    public long sequence = -1;

    /** A post held from a day until a day (null: still held). */
    public record Tenure(
            GridCadreRole role, String personId, String name, String departmentCode, LocalDate from, LocalDate until) {}

    public GridCadre post(GridCadreRole role) {
        return posts.stream().filter(post -> post.role() == role).findFirst().orElse(null);
    }
}
