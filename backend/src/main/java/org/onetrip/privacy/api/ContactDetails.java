package org.onetrip.privacy.api;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Plain contact data: only ever in memory, in a command, or in the answer to a recorded view.
 * {@code wechatOpenId} is the filer's id at the township's WeChat official account, given when they
 * booked or filed through it, so template messages can reach them there.
 */
public record ContactDetails(String name, String phone, String email, String wechatOpenId) {

    public ContactDetails(String name, String phone, String email) {
        this(name, phone, email, null);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return name == null && phone == null && email == null && wechatOpenId == null;
    }
}
