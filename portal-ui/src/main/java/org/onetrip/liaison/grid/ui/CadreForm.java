package org.onetrip.liaison.grid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.onetrip.grid.api.GridCadreRole;
import org.onetrip.grid.api.GridLimits;
import org.onetrip.layout.Phrases;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.api.StaffMember;
import org.onetrip.oversight.ui.CheckedForm;

/** Puts a staff member into one of a grid's three posts, with an optional reason. */
public class CadreForm extends CheckedForm {

    public record Assignment(GridCadreRole role, String personId, String reason) {}

    final Select<GridCadreRole> role = new Select<>();
    final ComboBox<StaffMember> person = new ComboBox<>();
    final TextField reason = new TextField();
    final Button submit = new Button();

    public CadreForm(
            List<StaffMember> staff,
            BiFunction<String, Locale, String> departmentName,
            Predicate<Assignment> onSubmit) {
        setId("cadre-form");
        role.setLabel(getTranslation("liaison.grid.post"));
        role.setItems(GridCadreRole.values());
        role.setItemLabelGenerator(value -> getTranslation("liaison.grid.role." + value.name()));
        role.setId("cadre-role");
        person.setLabel(getTranslation("liaison.grid.person"));
        person.setItems(staff);
        person.setItemLabelGenerator(member -> Phrases.qualified(
                this, member.displayName(), departmentName.apply(member.departmentCode(), getLocale())));
        person.setId("cadre-person");
        person.setWidth("20em");
        reason.setLabel(getTranslation("liaison.reason.optional"));
        reason.setMaxLength(GridLimits.REASON);
        reason.setId("cadre-reason");
        submit.setText(getTranslation("liaison.grid.assign"));
        submit.setId("cadre-assign");
        submit.addClickListener(click -> {
            if (checkChosen(role) & checkChosen(person) & checkText(reason, false, GridLimits.REASON)
                    && onSubmit.test(new Assignment(
                            role.getValue(), person.getValue().personId(), Texts.blankToNull(reason.getValue())))) {
                person.clear();
                reason.clear();
            }
        });
        var row = new HorizontalLayout(role, person, reason, submit);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        add(row);
    }
}
