package org.onetrip.liaison.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.disclosure.api.BulletinFigures;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.enterprise.api.EnterpriseIssueType;
import org.onetrip.enterprise.api.EnterpriseLiaisonFigures;
import org.onetrip.grid.api.GridCadre;
import org.onetrip.grid.api.GridCadreRole;
import org.onetrip.grid.api.GridCompliance;
import org.onetrip.liaison.LiaisonUi;

class LiaisonBulletinSectionsTest {

    static final DepartmentFigures NOTHING =
            new DepartmentFigures("x", "x", 0, 0, 0, null, null, 0, 0, 0, 0, 0, null, 0, 0, 0);

    @BeforeEach
    void setUp() {
        LiaisonUi.setup(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void tearDown() {
        LiaisonUi.tearDown();
    }

    @Test
    void the_bulletin_shows_grids_and_kinds_of_request_and_names_no_cadre() {
        var cadre = new GridCadre(GridCadreRole.GRID_CADRE, "sun.hong", "孙红", "minzheng");
        var day = LocalDate.parse("2026-03-10");
        var compliance = GridCompliance.of(
                YearMonth.of(2026, 3),
                List.of(new GridCompliance.GridRecord(
                        "sidian-1",
                        "泗店村一网格",
                        "v-sidian",
                        List.of(new GridCompliance.Tenure(cadre, day.minusDays(30), null)))),
                List.of(new GridCompliance.VisitRecord("sidian-1", "sun.hong", day)),
                List.of());
        var figures = new BulletinFigures(
                List.of(),
                NOTHING,
                compliance.withoutCadres(),
                new EnterpriseLiaisonFigures(
                        2,
                        1,
                        50.0,
                        List.of(new EnterpriseLiaisonFigures.TypeRow(EnterpriseIssueType.LAND, 1, 0, 1, 1)),
                        new EnterpriseLiaisonFigures.TypeRow(null, 1, 0, 1, 1)));
        var text = new LiaisonBulletinSections(figures, code -> "泗店村委会")
                .getElement()
                .getTextRecursively();
        assertThat(text).contains("网格走访", "泗店村一网格", "泗店村委会", "100.0%", "企业联点", "用地", "全乡合计");
        assertThat(text).doesNotContain("孙红").doesNotContain("sun.hong");
    }

    @Test
    void a_bulletin_published_before_the_sections_existed_shows_none() {
        var sections = new LiaisonBulletinSections(new BulletinFigures(List.of(), NOTHING), code -> code);
        assertThat(sections.getChildren()).isEmpty();
    }
}
