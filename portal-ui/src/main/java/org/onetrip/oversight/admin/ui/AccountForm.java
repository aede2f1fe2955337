package org.onetrip.oversight.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.onetrip.layout.LocalPasswordField;
import org.onetrip.organisation.api.Department;
import org.onetrip.oversight.ui.CheckedForm;
import org.onetrip.shared.api.Role;

/** A new staff account: username, display name, role, department (handlers), initial password. */
public class AccountForm extends CheckedForm {

    public static final int MAX_USERNAME = 64;
    public static final int MAX_DISPLAY_NAME = 100;
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;
    static final List<Role> ROLES = List.of(Role.INTAKE, Role.HANDLER, Role.DISCIPLINE, Role.AUDITOR, Role.ADMIN);

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final PasswordField password = new LocalPasswordField();
    private final Button create = new Button();

    public AccountForm(List<Department> departments, Consumer<NewAccount> onCreate) {
        username.setLabel(getTranslation("oversight.admin.accounts.username"));
        username.setHelperText(getTranslation("oversight.admin.accounts.username.help"));
        username.setMaxLength(MAX_USERNAME);
        username.setId("account-username");
        displayName.setLabel(getTranslation("oversight.admin.accounts.display-name"));
        displayName.setMaxLength(MAX_DISPLAY_NAME);
        displayName.setId("account-display-name");
        role.setLabel(getTranslation("oversight.admin.accounts.role"));
        role.setItems(ROLES);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setId("account-role");
        department.setLabel(getTranslation("oversight.admin.accounts.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name(getLocale()) + " (" + d.code() + ")");
        department.setClearButtonVisible(true);
        department.setId("account-department");
        password.setLabel(getTranslation("oversight.admin.accounts.password"));
        password.setHelperText(getTranslation("oversight.admin.accounts.password.help", MIN_PASSWORD, MAX_PASSWORD));
        password.setMaxLength(MAX_PASSWORD);
        password.setId("account-password");
        create.setText(getTranslation("oversight.admin.accounts.create"));
        create.setId("account-create");
        create.addClickListener(click -> submit(onCreate));
        var layout = new FormLayout(username, displayName, role, department, password);
        add(layout, create);
    }

    private void submit(Consumer<NewAccount> onCreate) {
        // every field is checked at once, so one click shows everything that needs changing
        boolean ok = checkUsername()
                & checkText(displayName, true, MAX_DISPLAY_NAME)
                & checkChosen(role)
                & checkDepartment()
                & checkPassword();
        if (!ok) {
            return;
        }
        onCreate.accept(new NewAccount(
                username.getValue().strip(),
                displayName.getValue().strip(),
                role.getValue(),
                department.isEmpty() ? null : department.getValue().code(),
                password.getValue()));
    }

    private boolean checkUsername() {
        if (!checkText(username, true, MAX_USERNAME)) {
            return false;
        }
        return username.getValue().strip().matches("[a-z0-9._-]{3,64}")
                ? valid(username)
                : invalid(username, getTranslation("oversight.admin.accounts.username.malformed"));
    }

    private boolean checkDepartment() {
        return role.getValue() == Role.HANDLER && department.isEmpty()
                ? invalid(department, getTranslation("oversight.admin.accounts.department.required"))
                : valid(department);
    }

    private boolean checkPassword() {
        if (!checkText(password, true, MAX_PASSWORD)) {
            return false;
        }
        return password.getValue().length() < MIN_PASSWORD
                ? invalid(password, getTranslation("oversight.admin.accounts.password.short", MIN_PASSWORD))
                : valid(password);
    }

    public void clear() {
        username.clear();
        displayName.clear();
        role.clear();
        department.clear();
        password.clear();
    }

    public TextField username() {
        return username;
    }

    public TextField displayName() {
        return displayName;
    }

    public Select<Role> role() {
        return role;
    }

    public ComboBox<Department> department() {
        return department;
    }

    public PasswordField password() {
        return password;
    }

    public Button create() {
        return create;
    }
}
