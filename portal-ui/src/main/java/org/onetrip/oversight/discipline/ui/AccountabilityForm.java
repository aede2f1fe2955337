package org.onetrip.oversight.discipline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.onetrip.cases.api.AccountabilityMeasure;
import org.onetrip.organisation.api.Department;
import org.onetrip.oversight.ui.CheckedForm;

/** Records accountability (问责): the department, the person responsible, the measure and the findings. */
public class AccountabilityForm extends CheckedForm {

    public static final int MAX_PERSON = 50;
    public static final int MAX_FINDINGS = 5000;

    private final ComboBox<Department> department = new ComboBox<>();
    private final TextField responsiblePerson = new TextField();
    private final Select<AccountabilityMeasure> measure = new Select<>();
    private final TextArea findings = new TextArea();
    private final Button submit = new Button();

    public AccountabilityForm(List<Department> departments, Consumer<AccountabilityInput> onSubmit) {
        department.setLabel(getTranslation("oversight.accountability.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setId("accountability-department");
        responsiblePerson.setLabel(getTranslation("oversight.accountability.person"));
        responsiblePerson.setMaxLength(MAX_PERSON);
        responsiblePerson.setId("accountability-person");
        measure.setLabel(getTranslation("oversight.accountability.measure"));
        measure.setItems(AccountabilityMeasure.values());
        measure.setItemLabelGenerator(m -> getTranslation("oversight.measure." + m.name()));
        measure.setId("accountability-measure");
        findings.setLabel(getTranslation("oversight.accountability.findings"));
        findings.setMaxLength(MAX_FINDINGS);
        findings.setWidthFull();
        findings.setId("accountability-findings");
        submit.setText(getTranslation("oversight.accountability.submit"));
        submit.setId("accountability-submit");
        submit.addClickListener(click -> {
            boolean ok = checkChosen(department)
                    & checkText(responsiblePerson, false, MAX_PERSON)
                    & checkChosen(measure)
                    & checkText(findings, true, MAX_FINDINGS);
            if (ok) {
                onSubmit.accept(new AccountabilityInput(
                        department.getValue().code(),
                        blankToNull(responsiblePerson.getValue()),
                        measure.getValue(),
                        findings.getValue().strip()));
                findings.clear();
            }
        });
        add(department, responsiblePerson, measure, findings, submit);
    }

    public ComboBox<Department> department() {
        return department;
    }

    public TextField responsiblePerson() {
        return responsiblePerson;
    }

    public Select<AccountabilityMeasure> measure() {
        return measure;
    }

    public TextArea findings() {
        return findings;
    }

    public Button submit() {
        return submit;
    }
}
