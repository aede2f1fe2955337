package org.onetrip.organisation.api;

/** A township unit that can hold cases; {@code hallZone} is its zone in the service hall, if any. */
public record Department(String code, String nameZh, String nameEn, DepartmentType type, String hallZone) {

    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
