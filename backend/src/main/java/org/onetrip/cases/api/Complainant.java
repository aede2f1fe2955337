package org.onetrip.cases.api;

/**
 * Personal contact data, kept in its own record so every public or departmental view can leave it
 * out. {@code anonymous} means the department complained about must not learn who complained.
 */
public record Complainant(String name, String phone, String email, boolean anonymous) {
    public static final Complainant NONE = new Complainant(null, null, null, true);

    public boolean hasContact() {
        return phone != null || email != null;
    }
}
