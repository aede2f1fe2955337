package org.onetrip.disclosure.api;

/** One document an applicant brings or uploads; {@code copies} counts paper copies (0 for electronic). */
public record RequiredMaterial(String name, MaterialForm form, Integer copies, boolean originalReturned, String note) {

    /** How the public catalogue prints it, e.g. "户口簿（原件及复印件，1份，原件当场退还）". */
    public String describe() {
        var text = new StringBuilder(name == null ? "" : name).append('（').append(form == null ? "形式未定" : form.label());
        if (copies != null) {
            text.append('，').append(copies).append("份");
        }
        if (originalReturned) {
            text.append("，原件当场退还");
        }
        if (note != null && !note.isBlank()) {
            text.append("；").append(note);
        }
        return text.append('）').toString();
    }
}
