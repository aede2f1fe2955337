package org.onetrip.enterprise.api;

/** No enterprise of the register has this id. */
public class UnknownEnterpriseException extends RuntimeException {

    public UnknownEnterpriseException(String enterpriseId) {
        super("no enterprise " + enterpriseId);
    }
}
