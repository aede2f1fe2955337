package org.onetrip.liaison.enterprise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.enterprise.api.EnterpriseIssueType;
import org.onetrip.enterprise.api.EnterpriseSector;
import org.onetrip.enterprise.application.LedgerEntry;
import org.onetrip.liaison.LiaisonUi;
import org.onetrip.organisation.api.StaffMember;
import org.onetrip.projections.liaison.EnterpriseView;
import org.onetrip.shared.api.Role;

/** The register and ledger forms check their fields on the server and send nothing that breaks a rule of form. */
class EnterpriseFormsTest {

    static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    @BeforeEach
    void setUp() {
        LiaisonUi.setup(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        LiaisonUi.tearDown();
    }

    @Test
    void an_enterprise_needs_a_name_a_sector_and_a_liaison_and_a_phone_is_a_phone_number() {
        var staff = List.of(new StaffMember("qian.feng", "钱峰", Role.HANDLER, "xiangmu", true));
        var sent = new ArrayList<EnterpriseForm.NewEnterprise>();
        var form = new EnterpriseForm(staff, (code, locale) -> code, entry -> sent.add(entry));
        form.contactPhone.setValue("not a phone");
        form.submit.click();
        assertThat(sent).isEmpty();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.liaison.isInvalid()).isTrue();
        assertThat(form.contactPhone.isInvalid()).isTrue();
        assertThat(form.contactPhone.getErrorMessage()).isEqualTo("Enter a phone number of 5 to 20 digits.");

        form.name.setValue("泗店面粉厂");
        form.sector.setValue(EnterpriseSector.MANUFACTURING);
        form.liaison.setValue(staff.get(0));
        form.contactName.setValue("周厂长");
        form.contactPhone.setValue("13900001111");
        form.submit.click();
        assertThat(sent).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("泗店面粉厂");
            assertThat(entry.liaisonPersonId()).isEqualTo("qian.feng");
            assertThat(entry.contact().phone()).isEqualTo("13900001111");
            assertThat(entry.contact().email()).isNull();
        });
    }

    @Test
    void a_ledger_entry_describes_the_situation_and_each_problem_has_a_kind() {
        var mine = List.of(new EnterpriseView(
                "e-1",
                "泗店面粉厂",
                EnterpriseSector.MANUFACTURING,
                null,
                "qian.feng",
                "钱峰",
                "xiangmu",
                true,
                false,
                0,
                null,
                List.of(),
                0,
                null));
        var sent = new ArrayList<LedgerEntry>();
        var form = new LedgerEntryForm(mine, TODAY, (enterprise, entry) -> sent.add(entry));
        form.addRow();
        var issue = form.rows.get(0);
        issue.summary.setValue("三相电容量不足");
        form.submit.click();
        assertThat(sent).isEmpty();
        assertThat(form.situation.isInvalid()).isTrue();
        assertThat(issue.type.isInvalid()).isTrue();

        form.situation.setValue("生产正常");
        issue.type.setValue(EnterpriseIssueType.UTILITIES);
        form.submit.click();
        assertThat(sent).singleElement().satisfies(entry -> {
            assertThat(entry.situation()).isEqualTo("生产正常");
            assertThat(entry.visitedOn()).isEqualTo(TODAY);
            assertThat(entry.issues()).singleElement().satisfies(i -> {
                assertThat(i.type()).isEqualTo(EnterpriseIssueType.UTILITIES);
                assertThat(i.raiseAsCase()).isTrue();
            });
        });
    }
}
