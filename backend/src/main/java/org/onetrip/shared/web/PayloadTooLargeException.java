package org.onetrip.shared.web;

import java.io.IOException;

public class PayloadTooLargeException extends IOException {
    public PayloadTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
