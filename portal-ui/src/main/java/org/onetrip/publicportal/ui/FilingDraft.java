package org.onetrip.publicportal.ui;

import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.application.NewCase;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.organisation.api.Department;

/** What the filing form edits; becomes the same {@link NewCase} every entry point files. */
public class FilingDraft {

    private CaseKind kind = CaseKind.COMPLAINT;
    private CaseCategory category;
    private Department department;
    private ServiceItemListResponse.Entry serviceItem;
    private String title = "";
    private String description = "";
    private boolean anonymous;
    private String contactName = "";
    private String phone = "";
    private String email = "";

    public NewCase toNewCase() {
        return new NewCase(
                kind,
                category,
                title.strip(),
                description.strip(),
                serviceItem == null ? null : serviceItem.code(),
                department != null ? department.code() : serviceItem == null ? null : serviceItem.departmentCode(),
                anonymous,
                strip(contactName),
                strip(phone),
                strip(email));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    public CaseKind getKind() {
        return kind;
    }

    public void setKind(CaseKind kind) {
        this.kind = kind;
    }

    public CaseCategory getCategory() {
        return category;
    }

    public void setCategory(CaseCategory category) {
        this.category = category;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public ServiceItemListResponse.Entry getServiceItem() {
        return serviceItem;
    }

    public void setServiceItem(ServiceItemListResponse.Entry serviceItem) {
        this.serviceItem = serviceItem;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
