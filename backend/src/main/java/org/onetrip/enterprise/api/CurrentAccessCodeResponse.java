package org.onetrip.enterprise.api;

import org.onetrip.cases.api.ReceiptCode;

/** {@code accessCodeHash} is null for an enterprise that was never registered. */
public record CurrentAccessCodeResponse(String accessCodeHash) {

    public boolean matches(ReceiptCode code) {
        return AccessCodes.hash(code).equals(accessCodeHash);
    }
}
