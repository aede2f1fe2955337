package org.onetrip.privacy.api;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Plain contact data: only ever in memory, in a command, or in the answer to a recorded view. */
public record ContactDetails(String name, String phone, String email) {

    @JsonIgnore
    public boolean isEmpty() {
        return name == null && phone == null && email == null;
    }
}
