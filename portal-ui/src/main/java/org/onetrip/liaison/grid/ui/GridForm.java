package org.onetrip.liaison.grid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.onetrip.grid.api.GridLimits;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.api.Department;
import org.onetrip.oversight.ui.CheckedForm;

/** Draws a new grid: its code, name, village or residents' committee and area. */
public class GridForm extends CheckedForm {

    public record NewGrid(String gridId, String name, String villageDepartmentCode, String area) {}

    final TextField code = new TextField();
    final TextField name = new TextField();
    final ComboBox<Department> village = new ComboBox<>();
    final TextArea area = new TextArea();
    final Button submit = new Button();

    public GridForm(List<Department> villages, java.util.function.Predicate<NewGrid> onSubmit) {
        setId("grid-form");
        code.setLabel(getTranslation("liaison.grid.code"));
        code.setHelperText(getTranslation("liaison.grid.code.help"));
        code.setId("grid-code");
        code.setMaxLength(40);
        name.setLabel(getTranslation("liaison.grid.name"));
        name.setMaxLength(GridLimits.NAME);
        name.setId("grid-name");
        village.setLabel(getTranslation("liaison.grid.village"));
        village.setItems(villages);
        village.setItemLabelGenerator(department -> department.name(getLocale()));
        village.setId("grid-village");
        area.setLabel(getTranslation("liaison.grid.area"));
        area.setMaxLength(GridLimits.AREA);
        area.setId("grid-area");
        submit.setText(getTranslation("liaison.grid.define"));
        submit.setId("grid-define");
        submit.addClickListener(click -> {
            boolean ok = checkText(code, true, 40)
                    & checkText(name, true, GridLimits.NAME)
                    & checkChosen(village)
                    & checkText(area, false, GridLimits.AREA);
            if (!ok) {
                return;
            }
            if (!GridLimits.GRID_ID.matcher(code.getValue().strip()).matches()) {
                invalid(code, getTranslation("liaison.grid.code.help"));
                return;
            }
            var grid = new NewGrid(
                    code.getValue().strip(),
                    name.getValue().strip(),
                    village.getValue().code(),
                    Texts.blankToNull(area.getValue()));
            if (onSubmit.test(grid)) {
                code.clear();
                name.clear();
                village.clear();
                area.clear();
            }
        });
        var fields = new FormLayout(code, name, village, area);
        add(fields, submit);
    }
}
