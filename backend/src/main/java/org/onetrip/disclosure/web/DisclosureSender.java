package org.onetrip.disclosure.web;

import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;

/** The problem the disclosure controllers answer for an item, notice, batch or bulletin nobody knows. */
final class DisclosureSender {

    private DisclosureSender() {}

    static ApiException unknown(String what) {
        return new ApiException(Problems.unknownDisclosure(what));
    }
}
