package org.onetrip.disclosure.api;

import java.util.List;

public record ServiceItemDiffResponse(String code, int fromVersion, int toVersion, List<FieldChange> changes) {}
